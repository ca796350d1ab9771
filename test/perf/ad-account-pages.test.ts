// The ad-account page reader (src/repositories/ad-account-pages.ts) decodes its rows by hand from one
// JSON value: it must read every column as drizzle does, page by name after a cursor, and filter by status.
import { asc, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { adAccounts } from '../../db/schema.ts';
import { createAdAccountRepository } from '../../src/repositories/ad-accounts.ts';
import { setupAdAccountTest } from '../ad-accounts/support.ts';

async function setup() {
  const s = await setupAdAccountTest();
  const first = await s.systemUserWithAccounts(3, { disableReason: 3, accountStatus: 2 });
  const second = await s.systemUserWithAccounts(4);
  s.connectPixel(second.accounts[0]!.accountId, 2);
  s.connectPixel(second.accounts[0]!.accountId, null, 'Never fired');
  await s.services.adAccountSync.sync(s.actor, second.authorizationId);
  const repository = createAdAccountRepository(s.database.db);
  const byDrizzle = (authorizationId: string) =>
    s.database.db
      .select()
      .from(adAccounts)
      .where(eq(adAccounts.authorizationId, authorizationId))
      .orderBy(asc(adAccounts.name), asc(adAccounts.accountId))
      .all();
  const ids = [second.authorizationId, first.authorizationId];
  const page = (query: { limit: number; after?: { name: string; accountId: string }; statusCodes?: number[] }) =>
    repository.firstOfEach({ workspaceId: s.actor.workspaceId, authorizationIds: ids, after: undefined, ...query });
  return { ...s, first, second, byDrizzle, page };
}

describe('ad-account pages', () => {
  it('read every column as drizzle does (text, integers, booleans, timestamps, tasks and pixels), in the order of the ids, then by name', async () => {
    const s = await setup();
    const rows = s.page({ limit: 10 });
    expect(rows).toEqual([...s.byDrizzle(s.second.authorizationId), ...s.byDrizzle(s.first.authorizationId)]);
    expect(rows[0]!.pixels.map((pixel) => pixel.name)).toContain('Never fired');
    expect(rows.some((row) => row.disableReason === 3 && row.businessId !== null)).toBe(true);
  });

  it('take the first `limit` of each authorization after the cursor, and only the statuses asked for', async () => {
    const s = await setup();
    const [, secondOfSecond, thirdOfSecond] = s.byDrizzle(s.second.authorizationId);
    expect(s.page({ limit: 2 }).map((row) => row.authorizationId)).toEqual([
      s.second.authorizationId,
      s.second.authorizationId,
      s.first.authorizationId,
      s.first.authorizationId,
    ]);
    const after = { name: secondOfSecond!.name, accountId: secondOfSecond!.accountId };
    expect(s.page({ limit: 1, after }).map((row) => row.accountId)).toEqual([thirdOfSecond!.accountId]);
    expect(s.page({ limit: 10, statusCodes: [2] })).toEqual(s.byDrizzle(s.first.authorizationId));
    expect(s.page({ limit: 10, statusCodes: [101] })).toEqual([]);
  });

  it('put each authorization in name order as SQLite compares text, whatever the order the rows were stored in', async () => {
    const s = await setup();
    // Stored in the reverse of their name order; U+FFFD sorts before an emoji in SQLite (UTF-8), after it in UTF-16.
    const names = ['Zed', '\u{1F600} smile', '\uFFFD replaced', 'alpha'];
    const stored = s.byDrizzle(s.second.authorizationId).sort((a, b) => Number(a.accountId) - Number(b.accountId));
    const rename = s.database.sqlite.prepare('update ad_accounts set name = ? where authorization_id = ? and account_id = ?');
    stored.forEach((row, i) => rename.run(names[i], row.authorizationId, row.accountId));
    const expected = s.byDrizzle(s.second.authorizationId);
    expect(expected.map((row) => row.name)).toEqual(['Zed', 'alpha', '\uFFFD replaced', '\u{1F600} smile']);
    expect(s.page({ limit: 10 }).filter((row) => row.authorizationId === s.second.authorizationId)).toEqual(expected);
    // The first authorization's accounts ("Account 000n") all sort before the cursor.
    expect(s.page({ limit: 2, after: { name: 'alpha', accountId: '' } }).map((row) => row.name)).toEqual(['alpha', '\uFFFD replaced']);
  });

  it('read a JSON column that holds no valid JSON as an empty list, not as a failed page', async () => {
    const s = await setup();
    s.database.sqlite
      .prepare("update ad_accounts set tasks = 'not json', pixels = '{' where authorization_id = ?")
      .run(s.first.authorizationId);
    const rows = s.page({ limit: 10 }).filter((row) => row.authorizationId === s.first.authorizationId);
    expect(rows).toHaveLength(3);
    expect(rows.every((row) => row.tasks.length === 0 && row.pixels.length === 0)).toBe(true);
  });
});
