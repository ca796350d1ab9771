// filter.search is a substring match: %, _ and \ in it are plain characters, not LIKE wildcards.
import { describe, expect, it } from 'vitest';
import { gql } from '../helpers/gql.ts';
import { AuthorizationsQuery } from './documents.ts';
import { setupAuthorizationTest } from './support.ts';

describe('authorizations(filter: { search })', () => {
  it('matches %, _ and \\ literally', async () => {
    const s = await setupAuthorizationTest();
    // Each wildcard has a decoy that an unescaped pattern would also match.
    const labels = ['Budget 50%', 'Budget 500', 'main_account', 'mainXaccount', 'C:\\ads', 'C:/ads', 'plain'];
    for (const label of labels) {
      await s.registerSystemUser({ label });
      s.clock.advance(1000);
    }
    const found = async (search: string) =>
      (await gql(s.app, AuthorizationsQuery, { first: 50, filter: { search } }, { apiKey: s.apiKey })).authorizations.edges
        .map((e) => e.node.label)
        .sort();

    expect(await found('50%')).toEqual(['Budget 50%']);
    expect(await found('%')).toEqual(['Budget 50%']);
    expect(await found('main_')).toEqual(['main_account']);
    expect(await found('_')).toEqual(['main_account']);
    expect(await found('\\')).toEqual(['C:\\ads']);
    expect(await found(':\\a')).toEqual(['C:\\ads']);
    // Ordinary searches still match anywhere in the label, case-insensitively.
    expect(await found('BUDGET')).toEqual(['Budget 50%', 'Budget 500']);
  });
});
