// authorizationsSummary: the dashboard header's counts, which agree with the authorizations list's filters.
import { describe, expect, it } from 'vitest';
import { gql } from '../helpers/gql.ts';
import { AuthorizationsQuery, AuthorizationsSummaryQuery, RefreshAuthorization } from './documents.ts';
import { setupAuthorizationTest } from './support.ts';

const DAY_SECONDS = 86_400;

describe('authorizationsSummary', () => {
  it('counts the workspace by health and state, and the tokens expiring within a number of days', async () => {
    const s = await setupAuthorizationTest();
    await s.registerSystemUser();
    await s.registerSystemUser();
    await s.registerSystemUser({ token: s.systemUserToken({ expiresInSeconds: 5 * DAY_SECONDS }).token });
    const broken = await s.registerSystemUser();
    s.world.expireToken(broken.token);
    const refreshed = await gql(s.app, RefreshAuthorization, { input: { id: broken.authorization.id } }, { apiKey: s.apiKey });
    expect(refreshed.refreshAuthorization.__typename).toBe('AuthorizationPayload');
    // Another workspace's authorization is not counted.
    await s.registerSystemUser({ apiKey: s.createApiKey({ role: 'EDITOR', workspace: 'other' }) });

    const { authorizationsSummary: summary } = await gql(s.app, AuthorizationsSummaryQuery, { days: 10 }, { apiKey: s.apiKey });
    expect(summary.total).toBe(4);
    expect(summary.byHealth).toEqual([
      { health: 'HEALTHY', count: 3 },
      { health: 'UNHEALTHY', count: 1 },
      { health: 'UNKNOWN', count: 0 },
    ]);
    const states = Object.fromEntries(summary.byState.map((row) => [row.state, row.count]));
    expect(states).toMatchObject({ VALID: 2, EXPIRING_SOON: 1, EXPIRED: 1, REVOKED: 0 });
    expect(summary.expiringWithinDays).toBe(1);

    const within4 = await gql(s.app, AuthorizationsSummaryQuery, { days: 4 }, { apiKey: s.apiKey });
    expect(within4.authorizationsSummary.expiringWithinDays).toBe(0);

    for (const { health, count } of summary.byHealth) {
      const list = await gql(s.app, AuthorizationsQuery, { first: 1, filter: { health } }, { apiKey: s.apiKey });
      expect(list.authorizations.totalCount, health).toBe(count);
    }
  });

  it('is all zeros for an empty workspace', async () => {
    const s = await setupAuthorizationTest();
    const { authorizationsSummary: summary } = await gql(s.app, AuthorizationsSummaryQuery, { days: 30 }, { apiKey: s.apiKey });
    expect(summary.total).toBe(0);
    expect(summary.byHealth.every((row) => row.count === 0)).toBe(true);
    expect(summary.byState.map((row) => row.state)).toContain('UNCHECKED');
    expect(summary.expiringWithinDays).toBe(0);
  });
});
