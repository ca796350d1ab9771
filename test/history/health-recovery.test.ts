// A recovery is in the timeline: failed checks make the health UNKNOWN without changing the state, and
// the next check that gets an answer makes it HEALTHY again; both are recorded as health changes.
import { describe, expect, it } from 'vitest';
import { gql } from '../helpers/gql.ts';
import { ReplaceSystemUserToken } from '../authorizations/documents.ts';
import { setupAuthorizationTest, type AuthorizationTest } from '../authorizations/support.ts';
import { history, nodes } from './support.ts';

function recheck(s: AuthorizationTest, id: string) {
  s.clock.advance(60_000); // past the re-check floor
  return s.refresh(id);
}

describe('authorization.health_changed', () => {
  it('records UNKNOWN after the failed checks, then the recovery to HEALTHY, with no state change in between', async () => {
    const s = await setupAuthorizationTest({ env: { ADSAUTH_UNKNOWN_AFTER_FAILURES: '2' } });
    const { authorization } = await s.registerSystemUser({ label: 'Main BM' });
    s.world.setFaults({ code2Rate: 1 });
    expect((await recheck(s, authorization.id)).health).toBe('HEALTHY');
    expect((await recheck(s, authorization.id)).health).toBe('UNKNOWN');
    s.world.setFaults({ code2Rate: 0 });
    expect(await recheck(s, authorization.id)).toMatchObject({ health: 'HEALTHY', tokenStatus: { lastCheckError: null } });

    const events = nodes(await history(s, authorization.id, { first: 50 })).reverse();
    const healthChanges = events.filter((e) => e.type === 'AUTHORIZATION_HEALTH_CHANGED');
    expect(healthChanges.map((e) => e.details)).toEqual([
      { __typename: 'HealthChangedEventDetails', healthFrom: 'HEALTHY', healthTo: 'UNKNOWN', stateAfter: 'VALID' },
      { __typename: 'HealthChangedEventDetails', healthFrom: 'UNKNOWN', healthTo: 'HEALTHY', stateAfter: 'VALID' },
    ]);
    expect(healthChanges[1]).toMatchObject({ actor: 'dashboard', label: 'Main BM' });
    expect(events.map((e) => e.type)).not.toContain('AUTHORIZATION_STATE_CHANGED');
    // The recovery comes after the failed checks in the timeline.
    expect(events.map((e) => e.type).slice(-1)).toEqual(['AUTHORIZATION_HEALTH_CHANGED']);
  });

  it('a replacement token after the failed checks is a recovery too', async () => {
    const s = await setupAuthorizationTest({ env: { ADSAUTH_UNKNOWN_AFTER_FAILURES: '1' } });
    const { systemUser, token } = s.systemUserToken();
    const { authorization } = await s.registerSystemUser({ token });
    s.world.setFaults({ code2Rate: 1 });
    expect((await recheck(s, authorization.id)).health).toBe('UNKNOWN');
    s.world.setFaults({ code2Rate: 0 });
    const fresh = s.world.createToken({ type: 'SYSTEM_USER', userId: systemUser.id, scopes: ['ads_management'], expiresInSeconds: 0 });
    const { replaceSystemUserToken: replaced } = await gql(
      s.app,
      ReplaceSystemUserToken,
      { input: { id: authorization.id, accessToken: fresh.accessToken } },
      { apiKey: s.apiKey },
    );
    expect(replaced).toMatchObject({ __typename: 'AuthorizationPayload', authorization: { health: 'HEALTHY' } });
    const [newest] = nodes(await history(s, authorization.id, { first: 1 }));
    expect(newest).toMatchObject({
      type: 'AUTHORIZATION_HEALTH_CHANGED',
      details: { healthFrom: 'UNKNOWN', healthTo: 'HEALTHY', stateAfter: 'VALID' },
    });
  });

  it('a health change that comes with a state change is recorded beside it', async () => {
    const s = await setupAuthorizationTest();
    const { authorization, token } = await s.registerSystemUser();
    s.world.expireToken(token);
    await recheck(s, authorization.id);
    const [newest, second] = nodes(await history(s, authorization.id, { first: 2 }));
    expect([second!.type, newest!.type]).toEqual(['AUTHORIZATION_STATE_CHANGED', 'AUTHORIZATION_HEALTH_CHANGED']);
    expect(newest!.details).toMatchObject({ healthFrom: 'HEALTHY', healthTo: 'UNHEALTHY', stateAfter: 'EXPIRED' });
  });
});
