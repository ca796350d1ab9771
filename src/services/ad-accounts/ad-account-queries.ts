// Reads of the stored ad accounts and their export readiness. Database only: never Graph.
import type { Clock } from '../../clock.ts';
import { codesOf, disableReasonName, statusOf, type AdAccountStatus } from '../../domain/ad-account-status.ts';
import { AdAccountNotReached } from '../../domain/ad-account-not-reached.ts';
import { NotFound } from '../../domain/authorization-errors.ts';
import { exportReadiness, type ExportReadiness } from '../../domain/export-readiness.ts';
import type { JobType } from '../../domain/job-types.ts';
import type { AdAccountCursor, AdAccountKey, AdAccountRepository, AdAccountRow } from '../../repositories/ad-accounts.ts';
import type { AuthorizationRecord, AuthorizationRepository } from '../../repositories/authorizations.ts';
import type { AccountListService } from '../access-levels/account-list.ts';
import { requireAdAccountId } from './ad-account-input.ts';
import type { ReconnectLinks } from '../kernel/reconnect-links.ts';

export const MAX_AD_ACCOUNT_PAGE = 100;

export interface AdAccountFilter {
  status?: AdAccountStatus | undefined;
  /** Only accounts ready (true) or not ready (false) for EXPORT_AUDIENCES. */
  ready?: boolean | undefined;
}

export type { AdAccountCursor };

export interface AdAccountPageArgs {
  first: number;
  after: AdAccountCursor | undefined;
  filter: AdAccountFilter;
}

/** One authorization's page; totalCount is undefined when it needs a count of its own (see counts). */
export interface AdAccountPage {
  rows: AdAccountRow[];
  hasNextPage: boolean;
  totalCount: number | undefined;
}

type AccountListMembership = ReturnType<AccountListService['membership']>;

/** SQL can state every filter but readiness and UNKNOWN (every code outside the table). */
const filteredInSql = (filter: AdAccountFilter) => filter.ready === undefined && filter.status !== 'UNKNOWN';

function groupBy(rows: readonly AdAccountRow[]): Map<string, AdAccountRow[]> {
  const groups = new Map<string, AdAccountRow[]>();
  for (const row of rows) {
    const group = groups.get(row.authorizationId);
    if (group) group.push(row);
    else groups.set(row.authorizationId, [row]);
  }
  return groups;
}

const byNameThenId = (a: AdAccountCursor, b: AdAccountCursor) =>
  a.name < b.name ? -1 : a.name > b.name ? 1 : a.accountId < b.accountId ? -1 : a.accountId > b.accountId ? 1 : 0;

export function createAdAccountQueries(deps: {
  authorizations: AuthorizationRepository;
  adAccounts: AdAccountRepository;
  accountList: AccountListService;
  reconnectLinks: ReconnectLinks;
  clock: Clock;
  /** ADSAUTH_PIXEL_STALE_DAYS */
  pixelStaleDays: number;
}) {
  const { adAccounts } = deps;

  /** Readiness of many accounts of one authorization for one job, with one account-list lookup. */
  function readinessOf(
    authorization: AuthorizationRecord,
    rows: readonly AdAccountRow[],
    jobType: JobType,
    list: AccountListMembership = deps.accountList.membership(rows.map((row) => row.accountId)),
  ): Map<string, ExportReadiness> {
    const token = {
      state: authorization.state,
      scopes: authorization.scopes,
      method: authorization.method,
      businessId: authorization.businessId ?? undefined,
      reconnectUrl: authorization.method === 'FACEBOOK_USER' ? deps.reconnectLinks.linkFor(authorization.id) : undefined,
      delegatedAssetIds: authorization.delegatedAssetIds,
    };
    const pixelActivity = { now: deps.clock.now(), staleDays: deps.pixelStaleDays };
    return new Map(
      rows.map((row) => [
        row.accountId,
        exportReadiness({
          jobType,
          token,
          account: {
            accountId: row.accountId,
            status: statusOf(row.accountStatus),
            disableReason: disableReasonName(row.disableReason),
            businessId: row.businessId ?? undefined,
            customAudienceTosAccepted: row.customAudienceTosAccepted,
            webCustomAudienceTosAccepted: row.webCustomAudienceTosAccepted,
            tasks: row.tasks,
            pixels: row.pixels.map((pixel) => ({ lastFiredTime: pixel.lastFiredTime === null ? null : new Date(pixel.lastFiredTime) })),
          },
          accountList: { limit: list.limit, full: list.full, holdsAccount: list.held.has(row.accountId) },
          pixelActivity,
        }),
      ]),
    );
  }

  const ofEach = (authorizations: readonly AuthorizationRecord[], filter: AdAccountFilter) => ({
    workspaceId: authorizations[0]?.workspaceId ?? '',
    authorizationIds: authorizations.map((row) => row.id),
    statusCodes: filter.status && filter.status !== 'UNKNOWN' ? codesOf(filter.status) : undefined,
  });

  /** Each authorization's accounts that match a filter SQL cannot state, by name then id; one statement, one account-list lookup. */
  function filteredInCode(authorizations: readonly AuthorizationRecord[], filter: AdAccountFilter): Map<string, AdAccountRow[]> {
    let rows = adAccounts.allOfEach(ofEach(authorizations, filter));
    if (filter.status === 'UNKNOWN') rows = rows.filter((row) => statusOf(row.accountStatus) === 'UNKNOWN');
    const byAuthorization = groupBy(rows);
    if (filter.ready !== undefined) {
      const list = deps.accountList.membership(rows.map((row) => row.accountId));
      for (const authorization of authorizations) {
        const own = byAuthorization.get(authorization.id) ?? [];
        const readiness = readinessOf(authorization, own, 'EXPORT_AUDIENCES', list);
        byAuthorization.set(
          authorization.id,
          own.filter((row) => readiness.get(row.accountId)!.ready === filter.ready),
        );
      }
    }
    return new Map(authorizations.map(({ id }) => [id, (byAuthorization.get(id) ?? []).sort(byNameThenId)]));
  }

  return {
    /** Every stored account of an authorization, by account id. */
    list(workspaceId: string, authorizationId: string): AdAccountRow[] {
      return adAccounts.list(workspaceId, authorizationId);
    },

    getMany(workspaceId: string, keys: readonly AdAccountKey[]): AdAccountRow[] {
      return adAccounts.findMany(workspaceId, keys);
    },

    /**
     * One page of accounts for each of many authorizations, with the same arguments: one statement
     * for all of them. A filter SQL can state reads only each page (plus one row, for hasNextPage);
     * `ready` and UNKNOWN are decided by the pure rules in domain/, so those read each whole
     * (status-filtered) set, still in one statement: a token reaches hundreds of accounts, not millions.
     */
    pages(authorizations: readonly AuthorizationRecord[], args: AdAccountPageArgs): Map<string, AdAccountPage> {
      const limit = Math.max(0, Math.min(args.first, MAX_AD_ACCOUNT_PAGE));
      const pages = new Map<string, AdAccountPage>();
      if (filteredInSql(args.filter)) {
        const rows = adAccounts.firstOfEach({ ...ofEach(authorizations, args.filter), after: args.after, limit: limit + 1 });
        const byAuthorization = groupBy(rows);
        for (const { id } of authorizations) {
          const found = byAuthorization.get(id) ?? [];
          pages.set(id, { rows: found.slice(0, limit), hasNextPage: found.length > limit, totalCount: undefined });
        }
        return pages;
      }
      for (const [id, rows] of filteredInCode(authorizations, args.filter)) {
        const after = args.after;
        const remaining = after ? rows.filter((row) => byNameThenId(row, after) > 0) : rows;
        pages.set(id, { rows: remaining.slice(0, limit), hasNextPage: remaining.length > limit, totalCount: rows.length });
      }
      return pages;
    },

    /** How many accounts of each authorization match the filter (Authorization.adAccounts' totalCount): one statement. */
    counts(authorizations: readonly AuthorizationRecord[], filter: AdAccountFilter): Map<string, number> {
      if (!filteredInSql(filter)) return new Map([...filteredInCode(authorizations, filter)].map(([id, rows]) => [id, rows.length]));
      const counted = adAccounts.countEach(ofEach(authorizations, filter));
      return new Map(authorizations.map(({ id }) => [id, counted.get(id) ?? 0]));
    },

    readinessOf,

    /** readinessOf for several groups (authorization and job), with one account-list lookup for all of them. */
    readinessOfGroups(
      groups: readonly { authorization: AuthorizationRecord; rows: readonly AdAccountRow[]; jobType: JobType }[],
    ): Map<string, ExportReadiness>[] {
      const list = deps.accountList.membership(groups.flatMap((group) => group.rows.map((row) => row.accountId)));
      return groups.map((group) => readinessOf(group.authorization, group.rows, group.jobType, list));
    },

    /** Query.exportReadiness: the id with or without act_; answered from the database. */
    exportReadiness(workspaceId: string, input: { authorizationId: string; adAccountId: string; jobType: JobType }): ExportReadiness {
      const accountId = requireAdAccountId(input.adAccountId);
      const authorization = deps.authorizations.find(workspaceId, input.authorizationId);
      if (!authorization) throw new NotFound('authorization');
      const row = adAccounts.find(workspaceId, { authorizationId: authorization.id, accountId });
      if (!row)
        throw adAccounts.reachedInWorkspace(workspaceId, accountId) ? new AdAccountNotReached(accountId) : new NotFound('ad account');
      return readinessOf(authorization, [row], input.jobType).get(accountId)!;
    },

    /** Which of these accounts the app's account list holds. */
    inAccountList(accountIds: readonly string[]): Set<string> {
      return deps.accountList.membership(accountIds).held;
    },

    /** Oldest first: what each sync of this authorization changed. */
    changes(workspaceId: string, authorizationId: string) {
      return adAccounts.changes(workspaceId, authorizationId);
    },
  };
}

export type AdAccountQueries = ReturnType<typeof createAdAccountQueries>;
