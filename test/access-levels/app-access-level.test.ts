import { describe, expect, it } from 'vitest';
import { gql } from '../helpers/gql.ts';
import { AccessLevelsQuery } from './documents.ts';
import { setupAccessLevelTest } from './support.ts';

describe('Query.accessLevels', () => {
  it("gives the seed's three rows, lowest first, with the next tier and its criteria", async () => {
    const s = await setupAccessLevelTest();
    const { accessLevels } = await gql(s.app, AccessLevelsQuery, {}, { apiKey: s.apiKey });
    expect(
      accessLevels.map((l) => [l.tier, l.adAccountLimit, l.systemUserLimit, l.adminSystemUserLimit, l.canCreatePages, l.nextTier]),
    ).toEqual([
      ['DEVELOPMENT', 5, 1, 1, false, 'BASIC'],
      ['BASIC', 25, 3, 1, false, 'STANDARD'],
      ['STANDARD', null, 10, 1, true, null],
    ]);
    expect(accessLevels.map((l) => l.rateLimiting)).toEqual([
      expect.stringMatching(/^Heavily/),
      expect.stringMatching(/^Moderately/),
      expect.stringMatching(/^Lightly/),
    ]);
    expect(accessLevels[2]!.businessManagerAccess).toMatch(/^Access to all Business Manager/);
    expect(accessLevels[0]!.upgradeCriteria[0]).toMatchObject({ measurable: true, met: false, progress: '0 / 1000 calls, 0.0% errors' });
    expect(accessLevels[1]!.upgradeCriteria.every((c) => !c.measurable)).toBe(true);
    expect(accessLevels[2]!.upgradeCriteria).toEqual([]);
  });

  it('shows an operator override from ADSAUTH_ACCESS_POLICY', async () => {
    const s = await setupAccessLevelTest({
      env: { ADSAUTH_ACCESS_POLICY: '{"BASIC":{"adAccountLimit":50,"description":"Limited access"}}' },
    });
    const { accessLevels } = await gql(s.app, AccessLevelsQuery, {}, { apiKey: s.apiKey });
    expect(accessLevels[1]).toMatchObject({ tier: 'BASIC', adAccountLimit: 50, description: 'Limited access', systemUserLimit: 3 });
  });
});

describe('Query.app: the enforced level and where it comes from', () => {
  it('is DEVELOPMENT from DEFAULT before anything is configured or observed', async () => {
    const s = await setupAccessLevelTest();
    const app = await s.queryApp();
    expect(app).toMatchObject({
      appId: s.facebook.appId,
      graphApiVersion: 'v26.0',
      sandbox: true,
      accessLevel: { tier: 'DEVELOPMENT', adAccountLimit: 5 },
      accessLevelSource: 'DEFAULT',
      observedAccessTier: null,
      observedAccessTierAt: null,
      warnings: [],
      accountList: { used: 0, limit: 5, remaining: 5, accounts: [] },
    });
  });

  it('follows the ads_api_access_tier Graph reports in its usage headers, with the time it was seen', async () => {
    const s = await setupAccessLevelTest({ sandboxTier: 'development_access' });
    const { authorization, accountIds } = await s.systemUserWithAccounts(2);
    await s.callAccount(authorization.id, accountIds[0]!);
    expect(await s.queryApp()).toMatchObject({
      accessLevel: { tier: 'DEVELOPMENT' },
      accessLevelSource: 'OBSERVED',
      observedAccessTier: 'development_access',
      observedAccessTierAt: s.clock.now().toISOString(),
      warnings: [],
    });

    s.world.setApp({ accessTier: 'standard_access' });
    s.clock.advance(86_400_000);
    await s.callAccount(authorization.id, accountIds[1]!);
    expect(await s.queryApp()).toMatchObject({
      accessLevel: { tier: 'STANDARD', adAccountLimit: null },
      accessLevelSource: 'OBSERVED',
      observedAccessTier: 'standard_access',
      observedAccessTierAt: s.clock.now().toISOString(),
      accountList: { used: 2, limit: null, remaining: null },
    });
  });

  it('a configured level wins, and a visible warning says when Graph reports another one', async () => {
    const s = await setupAccessLevelTest({ env: { ADSAUTH_ACCESS_LEVEL: 'standard' }, sandboxTier: 'development_access' });
    expect(await s.queryApp()).toMatchObject({ accessLevel: { tier: 'STANDARD' }, accessLevelSource: 'CONFIGURED', warnings: [] });

    const { authorization, accountIds } = await s.systemUserWithAccounts(1);
    await s.callAccount(authorization.id, accountIds[0]!);
    const app = await s.queryApp();
    expect(app).toMatchObject({
      accessLevel: { tier: 'STANDARD' },
      accessLevelSource: 'CONFIGURED',
      observedAccessTier: 'development_access',
    });
    expect(app.warnings).toEqual([
      {
        code: 'ACCESS_LEVEL_MISMATCH',
        message:
          'ADSAUTH_ACCESS_LEVEL is STANDARD, but Graph last reported ads_api_access_tier development_access (DEVELOPMENT); adsauth enforces STANDARD.',
        remediation: { text: expect.stringContaining('ADSAUTH_ACCESS_LEVEL'), url: null },
      },
    ]);

    s.world.setApp({ accessTier: 'standard_access' });
    await s.callAccount(authorization.id, accountIds[0]!);
    expect((await s.queryApp()).warnings).toEqual([]);
  });
});
