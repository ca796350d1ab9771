// tableRows decodes raw values as drizzle's own mapping does, column by column, for every kind of column.
import { describe, expect, it } from 'vitest';
import { adAccounts, authorizations } from '../../db/schema.ts';
import { tableRows } from '../../src/repositories/table-rows.ts';
import { setupAdAccountTest } from '../ad-accounts/support.ts';

describe('tableRows', () => {
  it('reads every column of authorizations and ad accounts (text, enums, integers, booleans, timestamps, JSON, blobs, nulls) as drizzle does', async () => {
    const s = await setupAdAccountTest();
    await s.systemUserWithAccounts(2, { disableReason: 3 });
    await s.connectUser();
    const { db } = s.database;
    for (const table of [authorizations, adAccounts]) {
      const statement = db.select().from(table).prepare();
      const byDrizzle = statement.all();
      expect(byDrizzle.length).toBeGreaterThanOrEqual(2);
      expect(tableRows(table)(statement.values())).toEqual(byDrizzle);
    }
  });
});
