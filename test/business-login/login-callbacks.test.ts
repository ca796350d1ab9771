import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { gql } from '../helpers/gql.ts';
import { AuthorizationQuery } from '../authorizations/documents.ts';
import { HistoryQuery } from '../history/documents.ts';
import { signedRequest } from '../../src/sandbox/meta-deliveries.ts';
import { control, wireMetaCallbacks } from './meta-deliveries.ts';
import { setupBusinessLoginTest, type BusinessLoginTest } from './support.ts';

const post = (s: BusinessLoginTest, path: string, signed: string) =>
  fetch(`${s.gatewayUrl}${path}`, { method: 'POST', body: new URLSearchParams({ signed_request: signed }) });

/** A signed_request with another algorithm, correctly signed: the algorithm alone must refuse it. */
function otherAlgorithm(s: BusinessLoginTest, userId: string) {
  const payload = Buffer.from(JSON.stringify({ algorithm: 'HMAC-SHA1', issued_at: 1, user_id: userId })).toString('base64url');
  return `${createHmac('sha256', s.world.app.secret).update(payload).digest('base64url')}.${payload}`;
}

describe('the Facebook Login callbacks, from the sandbox signed_request deliveries', () => {
  it('removing the app revokes that person’s authorizations (actor facebook); bad requests get 400 and change nothing', async () => {
    const s = await setupBusinessLoginTest();
    await wireMetaCallbacks(s);
    const jane = await s.connectUser({ name: 'Jane' });
    const bob = await s.connectUser({ name: 'Bob' });

    for (const bad of [
      signedRequest('f'.repeat(32), { algorithm: 'HMAC-SHA256', user_id: jane.userId }),
      otherAlgorithm(s, jane.userId),
      'garbage',
      '',
    ]) {
      expect((await post(s, '/oauth/facebook/deauthorize', bad)).status).toBe(400);
    }
    const state = async (id: string) =>
      (await gql(s.app, AuthorizationQuery, { id }, { apiKey: s.apiKey })).authorization!.tokenStatus.state;
    expect(await state(jane.authorization.id)).toBe('VALID');

    const { delivery } = await control(s, 'POST', `users/${jane.userId}/remove-app`);
    expect(delivery).toMatchObject({ url: `${s.gatewayUrl}/oauth/facebook/deauthorize`, status: 200 });
    expect(await state(jane.authorization.id)).toBe('REVOKED');
    expect(await state(bob.authorization.id)).toBe('VALID');
  });

  it('a revoke of a row with a failed check records its change of health too (HEALTHY → UNHEALTHY)', async () => {
    const s = await setupBusinessLoginTest();
    await wireMetaCallbacks(s);
    const jane = await s.connectUser({ name: 'Jane' });
    // One failed check in a row: still HEALTHY (UNKNOWN only after ADSAUTH_UNKNOWN_AFTER_FAILURES of them).
    s.database.sqlite.prepare('update authorizations set consecutive_check_failures = 1 where id = ?').run(jane.authorization.id);

    await control(s, 'POST', `users/${jane.userId}/remove-app`);
    const history = await gql(s.app, HistoryQuery, { id: jane.authorization.id }, { apiKey: s.apiKey });
    const health = history
      .authorization!.history.edges.map((edge) => edge.node.details)
      .find((d) => d.__typename === 'HealthChangedEventDetails');
    expect(health).toMatchObject({ healthFrom: 'HEALTHY', healthTo: 'UNHEALTHY', stateAfter: 'REVOKED' });
  });

  it('a data deletion request deletes that person’s authorizations and answers a status page and a confirmation code', async () => {
    const s = await setupBusinessLoginTest();
    await wireMetaCallbacks(s);
    const jane = await s.connectUser({ name: 'Jane' });
    const bob = await s.connectUser({ name: 'Bob' });
    expect((await post(s, '/oauth/facebook/data-deletion', otherAlgorithm(s, jane.userId))).status).toBe(400);

    const { delivery } = await control(s, 'POST', `users/${jane.userId}/data-deletion-request`);
    expect(delivery?.status).toBe(200);
    const answer = JSON.parse(delivery!.body) as { url: string; confirmation_code: string };
    expect(answer.confirmation_code).toMatch(/^[\w-]{16}$/);
    const statusUrl = new URL(answer.url);
    // The status page lives on the gateway's public origin (the redirect URI's); here it is served by the test listener.
    expect(statusUrl.origin).toBe(new URL(s.facebook.redirectUri).origin);
    const page = await fetch(`${s.gatewayUrl}${statusUrl.pathname}${statusUrl.search}`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain(answer.confirmation_code);

    const find = async (id: string) => (await gql(s.app, AuthorizationQuery, { id }, { apiKey: s.apiKey })).authorization;
    expect(await find(jane.authorization.id)).toBeNull();
    expect(await find(bob.authorization.id)).not.toBeNull();
    expect(s.database.sqlite.prepare('select count(*) n from authorizations where facebook_user_id = ?').get(jane.userId)).toEqual({
      n: 0,
    });
  });
});
