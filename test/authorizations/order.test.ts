// authorizations(orderBy, filter): every order pages by keyset without skipping or repeating a row,
// a cursor resumes only its own order, and the Facebook user, business and expiry filters select.
import { describe, expect, it } from 'vitest';
import type { AuthorizationOrder, AuthorizationFilter } from '../gql/graphql.ts';
import { gql, gqlErrors } from '../helpers/gql.ts';
import { OrderedAuthorizationsQuery, RefreshAuthorization } from './documents.ts';
import { setupAuthorizationTest, type AuthorizationTest } from './support.ts';

const DAY_SECONDS = 86_400;

/** Every row of the list, walked two at a time. */
async function walk(s: AuthorizationTest, orderBy: AuthorizationOrder, filter?: AuthorizationFilter) {
  const labels: string[] = [];
  let after: string | undefined;
  do {
    const { authorizations: page } = await gql(
      s.app,
      OrderedAuthorizationsQuery,
      { first: 2, after, orderBy, filter },
      { apiKey: s.apiKey },
    );
    labels.push(...page.edges.map((edge) => edge.node.label));
    after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor! : undefined;
  } while (after);
  return labels;
}

async function seed() {
  const s = await setupAuthorizationTest();
  // Ties ("beta" twice, "Alpha"/"alpha" under case-insensitive order) make the id decide, across page boundaries.
  for (const label of ['beta', 'Alpha', 'gamma', 'beta', 'alpha']) {
    await s.registerSystemUser({ label });
    s.clock.advance(1000);
  }
  await s.registerSystemUser({ label: 'soon', token: s.systemUserToken({ expiresInSeconds: 5 * DAY_SECONDS }).token });
  s.clock.advance(1000);
  await s.registerSystemUser({ label: 'later', token: s.systemUserToken({ expiresInSeconds: 20 * DAY_SECONDS }).token });
  s.clock.advance(1000);
  const broken = await s.registerSystemUser({ label: 'broken' });
  s.world.expireToken(broken.token);
  await gql(s.app, RefreshAuthorization, { input: { id: broken.authorization.id } }, { apiKey: s.apiKey });
  return s;
}

describe('authorizations(orderBy)', () => {
  it('walks each order page by page, with every row exactly once', async () => {
    const s = await seed();
    const all = ['beta', 'Alpha', 'gamma', 'beta', 'alpha', 'soon', 'later', 'broken'];

    const byLabel = await walk(s, { field: 'LABEL', direction: 'ASC' });
    expect(byLabel.map((l) => l.toLowerCase())).toEqual([...all].map((l) => l.toLowerCase()).sort());
    const byLabelDesc = await walk(s, { field: 'LABEL', direction: 'DESC' });
    expect(byLabelDesc).toEqual([...byLabel].reverse());

    expect(await walk(s, { field: 'CREATED_AT', direction: 'ASC' })).toEqual(all);

    // What needs attention first.
    const byHealth = await walk(s, { field: 'HEALTH', direction: 'ASC' });
    expect(byHealth[0]).toBe('broken');
    expect(byHealth).toHaveLength(all.length);

    const byExpiry = await walk(s, { field: 'EXPIRES_AT', direction: 'ASC' });
    // broken's token expired (the sandbox dates it now), then the two that will; never-expiring tokens last.
    expect(byExpiry.slice(0, 3)).toEqual(['broken', 'soon', 'later']);
    expect(new Set(byExpiry)).toEqual(new Set(all));
  });

  it('refuses a cursor from another order', async () => {
    const s = await seed();
    const first = await gql(s.app, OrderedAuthorizationsQuery, { first: 2, orderBy: { field: 'LABEL' } }, { apiKey: s.apiKey });
    const after = first.authorizations.pageInfo.endCursor!;
    const bad = await gqlErrors(s.app, OrderedAuthorizationsQuery, { first: 2, after, orderBy: { field: 'METHOD' } }, { apiKey: s.apiKey });
    expect(bad.codes).toEqual(['BAD_USER_INPUT']);
    expect(bad.errors[0]!.message).toMatch(/LABEL ASC/);
  });
});

describe('authorizations(filter)', () => {
  it('selects by business, by Facebook user and by expiry within days', async () => {
    const s = await seed();
    const page = (filter: AuthorizationFilter) =>
      gql(s.app, OrderedAuthorizationsQuery, { first: 50, filter, orderBy: { field: 'LABEL' } }, { apiKey: s.apiKey });

    const soonWithin = await page({ expiresWithinDays: 10 });
    expect(soonWithin.authorizations.edges.map((e) => e.node.label)).toEqual(['soon']);
    expect(soonWithin.authorizations.totalCount).toBe(1);
    expect((await page({ expiresWithinDays: 30 })).authorizations.edges.map((e) => e.node.label)).toEqual(['later', 'soon']);

    const everything = await page({});
    const gamma = everything.authorizations.edges.find((e) => e.node.label === 'gamma')!.node;
    const byUser = await page({ facebookUserId: gamma.facebookUser!.id });
    expect(byUser.authorizations.edges.map((e) => e.node.label)).toEqual(['gamma']);

    expect((await page({ businessId: s.business.id })).authorizations.totalCount).toBe(8);
    expect((await page({ businessId: 'another-business' })).authorizations.totalCount).toBe(0);
  });
});
