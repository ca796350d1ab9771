// D1: sandbox-mode `serve` keeps the sandbox world beside its database, so a restart changes nothing:
// tokens minted through the dialog or the control API still work, and tokens broken on purpose stay broken.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startServe, tempDir, type ServingProcess } from '../helpers/spawn.ts';
import { throughDialog } from '../authorizations/through-dialog.ts';

const AUTHORIZATION = `id label health tokenStatus { state declinedScopes }`;

async function serve(databaseFile: string) {
  const gateway = await startServe({
    env: { ADSAUTH_DATABASE: databaseFile, PORT: '0', ADSAUTH_SWEEP_INTERVAL: '0' },
    timeoutMs: 30_000,
  });
  const sandboxUrl = /Sandbox control API: (http:\/\/[^/\s]+)/.exec(gateway.stdout())![1]!;
  const apiKey = /API key:\s+(\S+)/.exec(gateway.stdout())![1]!;
  const gatewayRequest = async (query: string, variables: Record<string, unknown> = {}) => {
    const response = await fetch(`${gateway.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${apiKey}` },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data?: any; errors?: unknown };
    expect(body.errors, `${query}\n${JSON.stringify(body)}`).toBeUndefined();
    return body.data;
  };
  const control = async (path: string, body: unknown) =>
    (await fetch(`${sandboxUrl}/__sandbox/${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    }).then((r) => r.json())) as any;
  const refresh = async (id: string) =>
    (
      await gatewayRequest(
        `mutation ($id: ID!) { refreshAuthorization(input: { id: $id }) { __typename ... on AuthorizationPayload { authorization { ${AUTHORIZATION} } } } }`,
        { id },
      )
    ).refreshAuthorization.authorization;
  return { gateway, sandboxUrl, gatewayRequest, control, refresh };
}

async function stop(gateway: ServingProcess) {
  gateway.child.kill('SIGTERM');
  expect((await gateway.exited).code).toBe(0);
}

describe('sandbox mode: the sandbox world survives a restart of serve', () => {
  it('keeps minted tokens VALID, broken ones broken, and the grants the dialog recorded', { timeout: 120_000 }, async () => {
    const dir = tempDir();
    const databaseFile = join(dir, 'adsauth.db');
    const first = await serve(databaseFile);

    // A Facebook user through the dialog (the demo world's Jane), with business_management unticked.
    // The permissions as the API names them (FacebookPermission); the dialog gets Facebook's names.
    const { startFacebookOAuth } = await first.gatewayRequest(
      `mutation ($input: StartFacebookOAuthInput!) { startFacebookOAuth(input: $input) { ... on StartFacebookOAuthPayload { authorizeUrl } } }`,
      { input: { label: 'Jane via dialog', scopes: ['ADS_MANAGEMENT', 'ADS_READ', 'BUSINESS_MANAGEMENT'] } },
    );
    const dialog = await throughDialog(startFacebookOAuth.authorizeUrl, { button: 'allow', untick: ['business_management'] });
    const landed = await fetch(dialog.back, { redirect: 'manual' });
    expect(await landed.text()).toContain('is saved');

    // A system-user token minted through the control API, and a second one that is then broken.
    const minted = await first.control('tokens', { type: 'SYSTEM_USER', userId: '300000000000001' });
    const broken = await first.control('tokens', { type: 'SYSTEM_USER', userId: '300000000000002' });
    const register = async (label: string, accessToken: string) =>
      (
        await first.gatewayRequest(
          `mutation ($input: RegisterSystemUserTokenInput!) { registerSystemUserToken(input: $input) { __typename ... on RegisterSystemUserTokenPayload { authorization { id } } } }`,
          { input: { label, accessToken, businessId: '200000000000001' } },
        )
      ).registerSystemUserToken.authorization.id as string;
    const mintedId = await register('Minted', minted.accessToken);
    const brokenId = await register('Broken', broken.accessToken);
    await first.control('tokens/invalidate', { accessToken: broken.accessToken, subcode: 460 });
    const list = await first.gatewayRequest(`{ authorizations(first: 10) { edges { node { id label } } } }`);
    const userId = list.authorizations.edges.find((e: any) => e.node.label === 'Jane via dialog').node.id as string;

    const before = { user: await first.refresh(userId), minted: await first.refresh(mintedId), broken: await first.refresh(brokenId) };
    expect(before.user).toMatchObject({ health: 'HEALTHY', tokenStatus: { state: 'VALID', declinedScopes: ['business_management'] } });
    expect(before.minted).toMatchObject({ health: 'HEALTHY', tokenStatus: { state: 'VALID' } });
    expect(before.broken).toMatchObject({ health: 'UNHEALTHY', tokenStatus: { state: 'INVALIDATED' } });

    await stop(first.gateway);
    expect(existsSync(`${databaseFile}.sandbox.json`)).toBe(true);
    const second = await serve(databaseFile);
    expect(second.sandboxUrl).not.toBe(first.sandboxUrl);

    expect(await second.refresh(userId)).toEqual(before.user);
    expect(await second.refresh(mintedId)).toEqual(before.minted);
    expect(await second.refresh(brokenId)).toEqual(before.broken);
    // The dialog still remembers Jane's decline: without asking again it is not offered.
    const again = await fetch(
      `${second.sandboxUrl}/v26.0/dialog/oauth?${new URLSearchParams({ client_id: '1000000000000001', redirect_uri: `${second.gateway.url}/x`, scope: 'business_management,ads_read' })}`,
    );
    expect(await again.text()).toMatch(/business_management — you declined this before/);
    await stop(second.gateway);
  });
});
