import { describe, expect, it, vi } from 'vitest';
import { gql } from '../helpers/gql.ts';
import { BusinessHistory } from './documents.ts';
import { control, postWebhook, signedWebhook, wireMetaCallbacks } from './meta-deliveries.ts';
import { setupBusinessLoginTest, VERIFY_TOKEN } from './support.ts';

// Background work is awaited by its effect; the bound only guards against a hang on a busy machine.
const WAIT = { timeout: 30_000, interval: 20 };

describe("Meta's business integration webhooks, delivered by the sandbox to GET/POST /webhooks/facebook", () => {
  it('subscribes through Graph, which checks the endpoint with the verify token; a wrong token gets 403', async () => {
    const s = await setupBusinessLoginTest();
    expect(await wireMetaCallbacks(s)).toEqual({ success: true });
    expect(await s.services.metaCallbacks.webhookSubscriptions.list()).toEqual([
      {
        object: 'application',
        callbackUrl: `${s.gatewayUrl}/webhooks/facebook`,
        active: true,
        fields: ['business_integration_install', 'business_integration_uninstall', 'business_integration_update'].map((name) => ({
          name,
          version: 'v26.0',
        })),
      },
    ]);
    const check = (token: string) =>
      fetch(
        `${s.gatewayUrl}/webhooks/facebook?${new URLSearchParams({ 'hub.mode': 'subscribe', 'hub.verify_token': token, 'hub.challenge': '1158201444' })}`,
      );
    const good = await check(VERIFY_TOKEN);
    expect([good.status, await good.text()]).toEqual([200, '1158201444']);
    expect((await check('not-the-verify-token')).status).toBe(403);
  });

  it('uninstall revokes that business in every workspace, actor facebook, and touches no other business', async () => {
    const s = await setupBusinessLoginTest();
    await wireMetaCallbacks(s);
    const acme = await s.connectBusiness();
    const globexKey = s.createApiKey({ role: 'EDITOR', workspace: 'Globex', name: 'globex' });
    const globex = await s.connectBusiness({ apiKey: globexKey });
    const otherBusiness = s.world.createBusiness({ name: 'Other client' });
    const other = await s.connectBusiness({ businessId: otherBusiness.id, assetIds: [] });

    const { delivery } = await control(s, 'POST', `integrations/${s.client.id}/uninstall`);
    expect(delivery).toMatchObject({ url: `${s.gatewayUrl}/webhooks/facebook`, status: 200 });

    for (const [id, key] of [
      [acme.id, s.apiKey],
      [globex.id, globexKey],
    ] as const) {
      const revoked = await s.authorizationOf(id, key);
      expect(revoked).toMatchObject({ health: 'UNHEALTHY', tokenStatus: { state: 'REVOKED' } });
      expect(revoked.tokenStatus.issues[0]!.message).toMatch(/business_integration_uninstall/);
      expect(revoked.tokenStatus.issues[0]!.remediation.text).toMatch(/Login for Business/);
      const { authorization } = await gql(s.app, BusinessHistory, { id }, { apiKey: key });
      expect(authorization!.history.edges.map((e) => e.node)).toContainEqual(
        expect.objectContaining({
          type: 'AUTHORIZATION_STATE_CHANGED',
          actor: 'facebook',
          details: expect.objectContaining({ from: 'VALID', to: 'REVOKED' }),
        }),
      );
    }
    expect((await s.authorizationOf(other.id)).tokenStatus.state).toBe('VALID');

    // Reconnecting after the uninstall brings the same authorization back.
    const back = await s.connectBusiness();
    expect(back).toMatchObject({ id: acme.id, tokenStatus: { state: 'VALID' } });
  });

  it('a replayed, a forged and an unsigned delivery each change nothing', async () => {
    const s = await setupBusinessLoginTest();
    await wireMetaCallbacks(s);
    const acme = await s.connectBusiness();
    const uninstall = signedWebhook(s, 'business_integration_uninstall', { business_manager_id: s.client.id });

    const unsigned = await postWebhook(s, uninstall.body, undefined);
    const forged = await postWebhook(s, uninstall.body, signedWebhook(s, 'x', {}, 'f'.repeat(32)).signature);
    const tampered = await postWebhook(s, uninstall.body.replace('"time":1', '"time":2'), uninstall.signature);
    expect([unsigned.status, forged.status, tampered.status]).toEqual([401, 403, 403]);
    expect((await s.authorizationOf(acme.id)).tokenStatus.state).toBe('VALID');

    expect((await postWebhook(s, uninstall.body, uninstall.signature)).status).toBe(200);
    expect((await s.authorizationOf(acme.id)).tokenStatus.state).toBe('REVOKED');
    await s.connectBusiness();
    // The same body again is acknowledged and has no second effect.
    expect((await postWebhook(s, uninstall.body, uninstall.signature)).status).toBe(200);
    expect((await s.authorizationOf(acme.id)).tokenStatus.state).toBe('VALID');

    const unknown = signedWebhook(s, 'some_future_field', { anything: true });
    expect((await postWebhook(s, unknown.body, unknown.signature)).status).toBe(200);
    expect((await s.authorizationOf(acme.id)).tokenStatus.state).toBe('VALID');
  });

  it('update re-checks and resyncs the business: the new assets and ad accounts arrive within seconds', async () => {
    const s = await setupBusinessLoginTest();
    await wireMetaCallbacks(s);
    const [spring, brand, third] = s.accounts;
    const acme = await s.connectBusiness({ assetIds: [spring!.accountId] });
    expect(acme.adAccounts.totalCount).toBe(1);

    const { delivery } = await control(s, 'PUT', `integrations/${s.client.id}/assets`, {
      assetIds: [brand!.accountId, third!.accountId],
    });
    expect(delivery?.status).toBe(200);
    await vi.waitFor(async () => {
      const now = await s.authorizationOf(acme.id);
      expect(now.adAccounts.edges.map((e) => e.node.accountId).sort()).toEqual([brand!.accountId, third!.accountId].sort());
      expect(now.delegatedAssetIds).toEqual(expect.arrayContaining([brand!.accountId, third!.accountId]));
      expect(now.delegatedAssetIds).not.toContain(spring!.accountId);
    }, WAIT);
  });

  it('install is recorded and acknowledged', async () => {
    const s = await setupBusinessLoginTest();
    await wireMetaCallbacks(s);
    const { delivery } = await control(s, 'POST', 'integrations', {
      userId: s.admin.id,
      redirectUri: s.facebook.redirectUri,
      configId: s.config.facebook.businessLoginConfigId,
      businessId: s.client.id,
      assetIds: [],
    });
    expect(delivery).toMatchObject({ status: 200 });
    const receipts = s.database.sqlite.prepare('select object, fields from facebook_webhook_receipts').all();
    expect(receipts).toEqual([{ object: 'application', fields: '["business_integration_install"]' }]);
  });
});
