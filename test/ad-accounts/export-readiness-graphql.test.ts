import { decodeGlobalID } from '@pothos/plugin-relay';
import { describe, expect, it } from 'vitest';
import type { JobType } from '../gql/graphql.ts';
import { gql } from '../helpers/gql.ts';
import { AdAccountsQuery, ExportReadinessQuery } from './documents.ts';
import { setupAdAccountTest, type AdAccountTest } from './support.ts';

const JOBS: JobType[] = ['EXPORT_AUDIENCES', 'EXPORT_AUDIENCES_WEB_TRAFFIC'];

async function readiness(s: AdAccountTest, authorizationId: string, adAccountId: string, jobType: JobType, apiKey = s.apiKey) {
  return (await gql(s.app, ExportReadinessQuery, { authorizationId, adAccountId, jobType }, { apiKey })).exportReadiness;
}

async function blockerCodes(s: AdAccountTest, authorizationId: string, adAccountId: string, jobType: JobType) {
  const result = await readiness(s, authorizationId, adAccountId, jobType);
  if (result.__typename !== 'ExportReadiness') throw new Error(JSON.stringify(result));
  expect(result.ready).toBe(result.blockers.length === 0);
  return result.blockers.map((b) => b.code);
}

/** A person connected through OAuth, whose token reaches one account per situation. */
async function connectedUser() {
  const s = await setupAdAccountTest();
  const user = s.world.createUser({ name: 'Jane' });
  /** An account with a pixel that fired `firedDaysAgo` days ago (null: never; 'none': no pixel). */
  const one = (patch: Parameters<AdAccountTest['createAccounts']>[2] = {}, tasks?: string[], firedDaysAgo: number | null | 'none' = 0) => {
    const { accountId } = s.createAccounts(user.id, 1, patch, tasks)[0]!;
    if (firedDaysAgo !== 'none') s.connectPixel(accountId, firedDaysAgo);
    return accountId;
  };
  const accounts = {
    ready: one(),
    disabled: one({ accountStatus: 2, disableReason: 3 }),
    noTerms: one({ tosAccepted: { custom_audience_tos: 0 } }),
    noWebTerms: one({ tosAccepted: { web_custom_audience_tos: 0 } }),
    analyzeOnly: one({}, ['ANALYZE']),
    noPixel: one({}, undefined, 'none'),
    stalePixel: one({}, undefined, 31),
    neverFired: one({}, undefined, null),
    // 30 days is still within ADSAUTH_PIXEL_STALE_DAYS (30).
    firedAtTheLimit: one({}, undefined, 30),
    everything: one({ accountStatus: 3, tosAccepted: { custom_audience_tos: 0, web_custom_audience_tos: 0 } }, ['ANALYZE'], 'none'),
    inGrace: one({ accountStatus: 9 }),
  };
  const { authorization } = await s.connectUser({ userId: user.id });
  // The long-lived token from the exchange, minted last, is the one stored.
  const token = s.world
    .snapshot()
    .tokens.filter((t) => t.userId === user.id && t.type === 'USER')
    .at(-1)!.accessToken;
  return { s, user, accounts, authorization, token, rawId: decodeGlobalID(authorization.id).id };
}

describe('export readiness over GraphQL', () => {
  it('gives each account-side blocker alone and combined, for both job types, from the database', async () => {
    const { s, accounts, authorization } = await connectedUser();
    s.world.resetCalls();
    const expected: Record<keyof typeof accounts, Record<JobType, string[]>> = {
      ready: { EXPORT_AUDIENCES: [], EXPORT_AUDIENCES_WEB_TRAFFIC: [] },
      inGrace: { EXPORT_AUDIENCES: [], EXPORT_AUDIENCES_WEB_TRAFFIC: [] },
      disabled: { EXPORT_AUDIENCES: ['ACCOUNT_NOT_ACTIVE'], EXPORT_AUDIENCES_WEB_TRAFFIC: ['ACCOUNT_NOT_ACTIVE'] },
      noTerms: {
        EXPORT_AUDIENCES: ['CUSTOM_AUDIENCE_TERMS_NOT_ACCEPTED'],
        EXPORT_AUDIENCES_WEB_TRAFFIC: ['CUSTOM_AUDIENCE_TERMS_NOT_ACCEPTED'],
      },
      noWebTerms: { EXPORT_AUDIENCES: [], EXPORT_AUDIENCES_WEB_TRAFFIC: ['WEB_CUSTOM_AUDIENCE_TERMS_NOT_ACCEPTED'] },
      analyzeOnly: { EXPORT_AUDIENCES: ['MISSING_ACCOUNT_TASKS'], EXPORT_AUDIENCES_WEB_TRAFFIC: ['MISSING_ACCOUNT_TASKS'] },
      noPixel: { EXPORT_AUDIENCES: [], EXPORT_AUDIENCES_WEB_TRAFFIC: ['NO_PIXEL'] },
      stalePixel: { EXPORT_AUDIENCES: [], EXPORT_AUDIENCES_WEB_TRAFFIC: ['PIXEL_INACTIVE'] },
      neverFired: { EXPORT_AUDIENCES: [], EXPORT_AUDIENCES_WEB_TRAFFIC: ['PIXEL_INACTIVE'] },
      firedAtTheLimit: { EXPORT_AUDIENCES: [], EXPORT_AUDIENCES_WEB_TRAFFIC: [] },
      everything: {
        EXPORT_AUDIENCES: ['ACCOUNT_NOT_ACTIVE', 'CUSTOM_AUDIENCE_TERMS_NOT_ACCEPTED', 'MISSING_ACCOUNT_TASKS'],
        EXPORT_AUDIENCES_WEB_TRAFFIC: [
          'ACCOUNT_NOT_ACTIVE',
          'CUSTOM_AUDIENCE_TERMS_NOT_ACCEPTED',
          'WEB_CUSTOM_AUDIENCE_TERMS_NOT_ACCEPTED',
          'NO_PIXEL',
          'MISSING_ACCOUNT_TASKS',
        ],
      },
    };
    for (const [name, byJob] of Object.entries(expected)) {
      for (const job of JOBS) {
        expect([name, job, await blockerCodes(s, authorization.id, accounts[name as keyof typeof accounts], job)]).toEqual([
          name,
          job,
          byJob[job],
        ]);
      }
    }
    // The terms blocker carries the acceptance URL; the account says where too.
    // The sandbox, like live Graph, leaves the unaccepted key out of tos_accepted: absent counts as not accepted.
    const terms = await readiness(s, authorization.id, accounts.noTerms, 'EXPORT_AUDIENCES');
    const url = `https://business.facebook.com/ads/manage/customaudiences/tos/?act=${accounts.noTerms}`;
    expect(terms.__typename === 'ExportReadiness' && terms.blockers[0]!.remediation.url).toBe(url);
    const webTerms = await readiness(s, authorization.id, accounts.noWebTerms, 'EXPORT_AUDIENCES_WEB_TRAFFIC');
    const webUrl = `https://www.facebook.com/customaudiences/app/tos/?act=${accounts.noWebTerms}`;
    expect(webTerms.__typename === 'ExportReadiness' && webTerms.blockers[0]!.remediation.url).toBe(webUrl);
    // The same answers through Authorization.adAccounts.
    const { authorization: viaConnection } = await gql(
      s.app,
      AdAccountsQuery,
      { id: authorization.id, jobType: 'EXPORT_AUDIENCES_WEB_TRAFFIC' },
      { apiKey: s.apiKey },
    );
    const byId = new Map(viaConnection!.adAccounts.edges.map((e) => [e.node.accountId, e.node]));
    expect(byId.get(accounts.noTerms)!.tosAcceptUrl).toBe(url);
    expect(byId.get(accounts.noWebTerms)!.tosAcceptUrl).toBe(webUrl);
    expect(byId.get(accounts.ready)!.tosAcceptUrl).toBeNull();
    // Each pixel blocker links to the account's Events Manager.
    const eventsManager = (id: string) => `https://business.facebook.com/events_manager2/list/pixel?act=${id}`;
    for (const id of [accounts.noPixel, accounts.stalePixel]) {
      expect(byId.get(id)!.exportReadiness.blockers.map((b) => b.remediation.url)).toEqual([eventsManager(id)]);
    }
    expect(byId.get(accounts.everything)!.exportReadiness.blockers.map((b) => b.code)).toEqual(
      expected.everything.EXPORT_AUDIENCES_WEB_TRAFFIC,
    );
    expect(s.world.counters().httpRequests).toBe(0);
  });

  it('blocks every account when ads_management is missing, and points to the reconnect link', async () => {
    const { s, accounts, authorization, user, rawId } = await connectedUser();
    s.world.removeScope(user.id, 'ads_management');
    await s.services.authorizations.refresh(s.actor, rawId);
    expect(s.authorizationRow(rawId).state).toBe('MISSING_PERMISSIONS');

    for (const job of JOBS) {
      const result = await readiness(s, authorization.id, accounts.ready, job);
      expect(result).toMatchObject({
        __typename: 'ExportReadiness',
        ready: false,
        blockers: [{ code: 'MISSING_PERMISSIONS', remediation: { url: expect.stringContaining('/oauth/facebook/reconnect/') } }],
      });
    }
    expect(await blockerCodes(s, authorization.id, accounts.disabled, 'EXPORT_AUDIENCES')).toEqual([
      'MISSING_PERMISSIONS',
      'ACCOUNT_NOT_ACTIVE',
    ]);
  });

  it('blocks every account when the token has expired, without calling Facebook to sync it', async () => {
    const { s, accounts, authorization, token, rawId } = await connectedUser();
    s.world.expireToken(token);
    s.world.resetCalls();
    await s.services.authorizations.refresh(s.actor, rawId);
    expect(s.authorizationRow(rawId).state).toBe('EXPIRED');
    // One batched debug_token, and no /me/adaccounts: the sync skips a token Facebook would refuse.
    expect(s.world.counters()).toEqual({ httpRequests: 1, byEndpoint: { 'POST batch': 1, 'GET debug_token': 1 } });

    for (const job of JOBS) expect(await blockerCodes(s, authorization.id, accounts.ready, job)).toEqual(['TOKEN_NOT_HEALTHY']);
    expect(await blockerCodes(s, authorization.id, accounts.everything, 'EXPORT_AUDIENCES_WEB_TRAFFIC')).toEqual([
      'TOKEN_NOT_HEALTHY',
      'ACCOUNT_NOT_ACTIVE',
      'CUSTOM_AUDIENCE_TERMS_NOT_ACCEPTED',
      'WEB_CUSTOM_AUDIENCE_TERMS_NOT_ACCEPTED',
      'NO_PIXEL',
      'MISSING_ACCOUNT_TASKS',
    ]);
  });

  it('takes the id with or without act_, and refuses anything else with a typed error', async () => {
    const { s, accounts, authorization } = await connectedUser();
    expect(await readiness(s, authorization.id, accounts.ready, 'EXPORT_AUDIENCES')).toEqual({
      __typename: 'ExportReadiness',
      ready: true,
      blockers: [],
    });
    expect(await readiness(s, authorization.id, `act_${accounts.ready}`, 'EXPORT_AUDIENCES')).toEqual({
      __typename: 'ExportReadiness',
      ready: true,
      blockers: [],
    });
    for (const bad of ['act-123', 'account 1', 'act_12x', '']) {
      expect(await readiness(s, authorization.id, bad, 'EXPORT_AUDIENCES')).toMatchObject({
        __typename: 'ValidationError',
        field: 'adAccountId',
        message: expect.stringMatching(/digits/),
      });
    }
    // Well formed, but not an account this token reaches.
    expect(await readiness(s, authorization.id, 'act_999999', 'EXPORT_AUDIENCES')).toMatchObject({ __typename: 'NotFound' });
  });
});
