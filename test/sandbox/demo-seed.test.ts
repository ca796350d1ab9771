import { describe, expect, it } from 'vitest';
import { sandbox } from './helpers.ts';

describe('Graph sandbox: demo world', () => {
  it('holds users, a business with ADMIN and EMPLOYEE system users, ~30 accounts in mixed states, and ready tokens', async () => {
    const sb = await sandbox({ seed: 'demo' });
    const world = sb.world.snapshot();
    expect(world.users.length).toBeGreaterThanOrEqual(2);
    expect(world.systemUsers.map((s) => s.role).sort()).toEqual(['ADMIN', 'EMPLOYEE']);
    expect(new Set(world.systemUsers.map((s) => s.businessId)).size).toBe(1);
    expect(world.adAccounts).toHaveLength(30);
    const statuses = new Set(world.adAccounts.map((a) => a.accountStatus));
    for (const status of [1, 2, 3, 9]) expect(statuses).toContain(status);
    expect(world.adAccounts.some((a) => a.tosAccepted.custom_audience_tos === 0)).toBe(true);
    expect(world.adAccounts.some((a) => a.tosAccepted.custom_audience_tos === 1 && a.tosAccepted.web_custom_audience_tos === 0)).toBe(true);
    const janeTasks = new Set(world.adAccounts.map((a) => JSON.stringify(a.userTasks[world.users[0]!.id] ?? [])));
    expect(janeTasks.size).toBeGreaterThan(2);

    const systemTokens = world.tokens.filter((t) => t.type === 'SYSTEM_USER');
    expect(systemTokens.find((t) => t.expiresAt === 0)!.scopes).toEqual(expect.arrayContaining(['ads_management', 'business_management']));
    expect(systemTokens.find((t) => t.expiresAt !== 0)!.expiresAt - Math.floor(sb.clock.now / 1000)).toBe(60 * 86400);
    for (const user of world.users) expect(world.tokens.some((t) => t.type === 'USER' && t.userId === user.id)).toBe(true);

    const admin = systemTokens.find((t) => t.expiresAt === 0)!.accessToken;
    const business = world.systemUsers[0]!.businessId;
    expect((await sb.graph(`/v26.0/${business}/system_users`, { token: admin })).body.summary.total_count).toBe(2);
    const jane = world.tokens.find((t) => t.type === 'USER' && t.userId === world.users[0]!.id)!.accessToken;
    const first = await sb.graph('/v26.0/me/adaccounts?fields=name,account_status', { token: jane });
    expect(first.body.data).toHaveLength(25);
    expect(first.body.paging.next).toBeDefined();
  });

  it('is deterministic, and reset() brings it back', async () => {
    const a = await sandbox({ seed: 'demo' });
    const b = await sandbox({ seed: 'demo' });
    const tokens = (s: typeof a) => s.world.snapshot().tokens.map((t) => t.accessToken);
    expect(tokens(a)).toEqual(tokens(b));
    expect(a.world.snapshot().adAccounts).toEqual(b.world.snapshot().adAccounts);
    a.world.createUser({ name: 'Extra' });
    a.world.setFaults({ latencyMs: 5 });
    a.world.reset();
    expect(a.world.snapshot()).toEqual(b.world.snapshot());
    expect(a.world.setFaults({}).latencyMs).toBe(0);
  });
});
