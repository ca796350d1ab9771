import { describe, expect, it } from 'vitest';
import { gql } from '../helpers/gql.ts';
import { setupSweepTest } from '../sweep/support.ts';
import { AdAccountsQuery, SyncAdAccounts } from './documents.ts';
import { setupAdAccountTest, type AdAccountTest } from './support.ts';

const DAY_SECONDS = 86_400;

const webTraffic = (s: AdAccountTest, id: string) =>
  gql(s.app, AdAccountsQuery, { id, jobType: 'EXPORT_AUDIENCES_WEB_TRAFFIC', first: 100 }, { apiKey: s.apiKey }).then((data) =>
    data.authorization!.adAccounts.edges.map((edge) => edge.node),
  );

const sync = (s: AdAccountTest, authorizationId: string) =>
  gql(s.app, SyncAdAccounts, { input: { authorizationId } }, { apiKey: s.apiKey }).then((data) => data.syncAdAccounts);

describe('pixels and personal accounts', () => {
  it('reads the pixels of 130 accounts in the same ⌈130 / 25⌉ page reads, with no request per account', async () => {
    const s = await setupAdAccountTest();
    const { systemUser, token } = s.systemUserToken();
    const accounts = s.createAccounts(systemUser.id, 130);
    // Every account has a pixel; the first also has two more, one of them never fired.
    for (const account of accounts) s.connectPixel(account.accountId, 2);
    const extra = [s.connectPixel(accounts[0]!.accountId, null, 'Never'), s.connectPixel(accounts[0]!.accountId, 40, 'Old')];
    const { authorization } = await s.registerSystemUser({ token });
    s.world.resetCalls();

    expect(await sync(s, authorization.id)).toMatchObject({ __typename: 'SyncAdAccountsPayload', accountCount: 130 });
    expect(s.world.counters()).toEqual({ httpRequests: Math.ceil(130 / 25), byEndpoint: { 'GET me/adaccounts': 6 } });

    const nodes = await webTraffic(s, authorization.id);
    expect(nodes).toHaveLength(100);
    expect(nodes[0]!.pixels).toEqual([
      { id: expect.any(String), name: `Pixel of ${accounts[0]!.accountId}`, lastFiredTime: '2026-02-27T12:00:00.000Z' },
      { id: extra[0]!.id, name: 'Never', lastFiredTime: null },
      { id: extra[1]!.id, name: 'Old', lastFiredTime: '2026-01-20T12:00:00.000Z' },
    ]);
    expect(nodes.every((node) => node.pixels.length > 0 && node.exportReadiness.ready)).toBe(true);
    expect(nodes[0]!.isPersonal).toBe(false);
  });

  it('reads the pixels in the sweep’s batched account reads too, with no request per account', async () => {
    const t = await setupSweepTest();
    const seeded = t.seed({ count: 60 });
    for (const [i, s] of seeded.slice(0, 3).entries()) {
      const account = t.world.createAdAccount({ name: `Brand ${i}`, userTasks: { [s.userId]: ['MANAGE'] } });
      const pixel = t.world.createPixel({ name: `Pixel ${i}` });
      t.world.connectPixel(pixel.id, account.accountId);
      t.world.firePixel(pixel.id, i * DAY_SECONDS);
    }
    t.world.resetCalls();

    await t.sweeper().run();

    // Two batch requests of debug_token items, two of me/adaccounts items, and the app's own permissions at the end.
    expect(t.world.counters()).toEqual({
      httpRequests: 5,
      byEndpoint: { 'POST batch': 4, 'GET debug_token': 60, 'GET me/adaccounts': 60, 'GET {id}/permissions': 1 },
    });
    const stored = t.database.sqlite.prepare('select name, is_personal, pixels from ad_accounts order by name').all() as {
      name: string;
      is_personal: number;
      pixels: string;
    }[];
    expect(stored.map((row) => [row.name, row.is_personal, JSON.parse(row.pixels).map((p: { name: string }) => p.name)])).toEqual([
      ['Brand 0', 1, ['Pixel 0']],
      ['Brand 1', 1, ['Pixel 1']],
      ['Brand 2', 1, ['Pixel 2']],
    ]);
  });

  it('lifts and brings back the pixel blockers as the sandbox connects, fires and disconnects, after each sync', async () => {
    const s = await setupAdAccountTest();
    const user = s.world.createUser({ name: 'Jane' });
    const [business, personal] = [s.createAccounts(user.id, 1)[0]!, s.createAccounts(user.id, 1, { businessId: undefined })[0]!];
    const { authorization } = await s.connectUser({ userId: user.id });
    const codesOf = async () =>
      new Map((await webTraffic(s, authorization.id)).map((node) => [node.accountId, node.exportReadiness.blockers.map((b) => b.code)]));

    expect(await codesOf()).toEqual(
      new Map([
        [business.accountId, ['NO_PIXEL']],
        [personal.accountId, ['NO_PIXEL']],
      ]),
    );
    const pixel = s.world.createPixel({ name: 'Site' });
    s.world.connectPixel(pixel.id, business.accountId);
    s.world.connectPixel(pixel.id, personal.accountId);
    await sync(s, authorization.id);
    expect((await codesOf()).get(business.accountId)).toEqual(['PIXEL_INACTIVE']);

    s.world.firePixel(pixel.id);
    await sync(s, authorization.id);
    const ready = await webTraffic(s, authorization.id);
    // A personal account is shown as such, and blocks nothing.
    expect(ready.map((node) => [node.accountId, node.isPersonal, node.exportReadiness.ready])).toEqual([
      [business.accountId, false, true],
      [personal.accountId, true, true],
    ]);

    // Time passes without an event: the stored firing goes stale without a sync.
    s.clock.advance(31 * DAY_SECONDS * 1000);
    expect((await codesOf()).get(business.accountId)).toEqual(['PIXEL_INACTIVE']);

    s.world.disconnectPixel(pixel.id, business.accountId);
    await sync(s, authorization.id);
    expect((await codesOf()).get(business.accountId)).toEqual(['NO_PIXEL']);
  });
});
