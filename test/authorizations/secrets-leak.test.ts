import { readFileSync, existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { gqlResponse } from '../helpers/gql.ts';
import {
  CompleteFacebookOAuth,
  DeleteAuthorization,
  RecheckAllQuery,
  RefreshAuthorization,
  RegisterSystemUserToken,
  ReplaceSystemUserToken,
  StartFacebookOAuth,
} from './documents.ts';
import { setupAuthorizationTest } from './support.ts';

const MARKER = 'LEAKMARKERx9q';

/**
 * Runs every authorization flow with tokens that carry a marker (and with the OAuth tokens the
 * sandbox mints), then searches the database file, its WAL, the logs and every response for any
 * token, the marker, the app secret or an authorization code.
 */
describe('tokens never leave adsauth', () => {
  it('appear nowhere but the encrypted column and the outgoing Graph request', async () => {
    const s = await setupAuthorizationTest({ env: { ADSAUTH_ALLOWED_RETURN_URLS: 'http://127.0.0.1:5173/done' } });
    const responses: string[] = [];
    const call = async <R, V>(document: TypedDocumentNode<R, V>, variables: V) => {
      const { body } = await gqlResponse(s.app, document, variables, { apiKey: s.apiKey });
      responses.push(JSON.stringify(body));
      return body.data as R;
    };
    const token = (n: number) => s.systemUserToken({ marker: `${MARKER}${n}` }).token;
    const codes: string[] = [];

    // System users: register, duplicate, wrong type, garbage, rotate, refresh.
    const registered = await call(RegisterSystemUserToken, { input: { label: 'SU', accessToken: token(1) } });
    const suId =
      registered.registerSystemUserToken.__typename === 'RegisterSystemUserTokenPayload'
        ? registered.registerSystemUserToken.authorization.id
        : '';
    expect(suId).not.toBe('');
    const first = s.world.snapshot().tokens.find((t) => t.accessToken.includes(`${MARKER}1`))!.accessToken;
    await call(RegisterSystemUserToken, { input: { label: 'dup', accessToken: first } });
    const user = s.world.createUser({ name: 'Jane' });
    await call(RegisterSystemUserToken, {
      input: { label: 'user', accessToken: s.world.createToken({ type: 'USER', userId: user.id, marker: `${MARKER}u` }).accessToken },
    });
    await call(RegisterSystemUserToken, { input: { label: 'garbage', accessToken: `EAAB${MARKER}garbage-token-value` } });
    await call(RegisterSystemUserToken, { input: { label: 'spaces', accessToken: `EAAB${MARKER} with space` } });
    await call(ReplaceSystemUserToken, { input: { id: suId, accessToken: token(2) } });
    await call(RefreshAuthorization, { input: { id: suId } });

    // Facebook user: GraphQL completion, then the callback route over HTTP, then a reconnect link.
    const started = await call(StartFacebookOAuth, { input: { label: 'Jane', returnTo: 'http://127.0.0.1:5173/done' } });
    if (started.startFacebookOAuth.__typename !== 'StartFacebookOAuthPayload') throw new Error('the first OAuth start failed');
    const state1 = started.startFacebookOAuth.state;
    codes.push(s.codeFor(user.id, ['ads_management'], []));
    expect((await call(CompleteFacebookOAuth, { input: { code: codes[0]!, state: state1 } })).completeFacebookOAuth.__typename).toBe(
      'CompleteFacebookOAuthPayload',
    );
    expect((await call(CompleteFacebookOAuth, { input: { code: codes[0]!, state: state1 } })).completeFacebookOAuth.__typename).toBe(
      'InvalidOAuthState',
    );

    const base = await s.listen();
    const started2 = await call(StartFacebookOAuth, { input: { label: 'Jane again', returnTo: 'http://127.0.0.1:5173/done' } });
    if (started2.startFacebookOAuth.__typename !== 'StartFacebookOAuthPayload') throw new Error('the second OAuth start failed');
    const state2 = started2.startFacebookOAuth.state;
    codes.push(s.codeFor(user.id, ['ads_management'], ['business_management']));
    const callback = await fetch(`${base}/oauth/facebook/callback/?code=${codes[1]}&state=${state2}`, { redirect: 'manual' });
    expect(callback.status).toBe(303);
    responses.push(`${callback.status} ${callback.headers.get('location')} ${await callback.text()}`);

    s.world.changePassword(user.id);
    const listed = await call(RecheckAllQuery, { first: 10, maxAgeSeconds: 0 });
    const janeId = listed.authorizations.edges.find((e) => e.node.label === 'Jane')!.node.id;
    const issues = await call(RefreshAuthorization, { input: { id: janeId } });
    const reconnectUrl = JSON.stringify(issues).match(/http:[^"]*reconnect[^"]*/)?.[0];
    expect(reconnectUrl).toBeDefined();
    const reconnect = await fetch(JSON.parse(`"${reconnectUrl}"`).replace('http://127.0.0.1:4000', base), { redirect: 'manual' });
    expect(reconnect.status).toBe(302);
    responses.push(`${reconnect.status} ${reconnect.headers.get('location')} ${await reconnect.text()}`);
    await call(DeleteAuthorization, { input: { id: janeId, revokeAtFacebook: true } });

    // What must never be found, and where.
    const secrets = [MARKER, s.facebook.appSecret, ...codes, ...s.world.snapshot().tokens.map((t) => t.accessToken)];
    s.database.sqlite.pragma('wal_checkpoint(PASSIVE)');
    // The WAL exists while the database is open (WAL mode); an empty haystack would prove nothing.
    expect(existsSync(`${s.databaseFile}-wal`)).toBe(true);
    const haystacks: Record<string, string> = {
      'database file': readFileSync(s.databaseFile).toString('latin1'),
      'database WAL': readFileSync(`${s.databaseFile}-wal`).toString('latin1'),
      logs: s.logs.text(),
      responses: responses.join('\n'),
    };
    // Positive controls: the search does find what is there.
    expect(haystacks['database file']! + haystacks['database WAL']!).toContain('Jane again');
    expect(haystacks.responses).toContain('Jane again');
    expect(haystacks.logs).toContain('ad accounts synced');
    expect(s.logs.records.length).toBeGreaterThan(10);
    expect(responses.length).toBeGreaterThan(12);
    for (const [where, text] of Object.entries(haystacks)) {
      for (const secret of secrets) {
        expect(text.includes(secret), `found ${secret.slice(0, 8)}… in the ${where}`).toBe(false);
      }
    }
  });
});
