// Reads of the stored ad accounts and their export readiness. Database only: never Graph.
import { codesOf, disableReasonName, statusOf, type AdAccountStatus } from '../../domain/ad-account-status.ts';
import { NotFound } from '../../domain/authorization-errors.ts';
import { exportReadiness, type ExportReadiness } from '../../domain/export-readiness.ts';
import type { JobType } from '../../domain/job-types.ts';
import type { AdAccountKey, AdAccountRepository, AdAccountRow } from '../../repositories/ad-accounts.ts';
import type { AuthorizationRepository, AuthorizationRow } from '../../repositories/authorizations.ts';
import type { AccountListService } from '../access-levels/account-list.ts';
import { requireAdAccountId } from './ad-account-input.ts';
import type { ReconnectLinks } from '../kernel/reconnect-links.ts';

export const MAX_AD_ACCOUNT_PAGE = 100;

export interface AdAccountFilter {
  status?: AdAccountStatus | undefined;
  /** Only accounts ready (true) or not ready (false) for EXPORT_AUDIENCES. */
  ready?: boolean | undefined;
}

/** Ordered by name, then account id; the cursor is the last row's pair. */
export interface AdAccountCursor {
  name: string;
  accountId: string;
}

const byNameThenId = (a: AdAccountCursor, b: AdAccountCursor) =>
  a.name < b.name ? -1 : a.name > b.name ? 1 : a.accountId < b.accountId ? -1 : a.accountId > b.accountId ? 1 : 0;

export function createAdAccountQueries(deps: {
  authorizations: AuthorizationRepository;
  adAccounts: AdAccountRepository;
  accountList: AccountListService;
  reconnectLinks: ReconnectLinks;
}) {
  const { adAccounts } = deps;

  /** Readiness of many accounts of one authorization for one job, with one account-list lookup. */
  function readinessOf(authorization: AuthorizationRow, rows: readonly AdAccountRow[], jobType: JobType): Map<string, ExportReadiness> {
    const list = deps.accountList.membership(rows.map((row) => row.accountId));
    const token = {
      state: authorization.state,
      scopes: authorization.scopes,
      method: authorization.method,
      businessId: authorization.businessId ?? undefined,
      reconnectUrl: authorization.method === 'FACEBOOK_USER' ? deps.reconnectLinks.linkFor(authorization.id) : undefined,
    };
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
          },
          accountList: { limit: list.limit, full: list.full, holdsAccount: list.held.has(row.accountId) },
        }),
      ]),
    );
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
     * One page of an authorization's accounts. The whole (status-filtered) set is read, because
     * readiness is decided by the pure rule in domain/, not in SQL; a token reaches hundreds of
     * accounts, not millions.
     */
    page(authorization: AuthorizationRow, args: { first: number; after: AdAccountCursor | undefined; filter: AdAccountFilter }) {
      const { status, ready } = args.filter;
      // UNKNOWN stands for every code outside the table, so it is filtered here rather than in SQL.
      let rows = adAccounts.list(authorization.workspaceId, authorization.id, status && status !== 'UNKNOWN' ? codesOf(status) : undefined);
      if (status === 'UNKNOWN') rows = rows.filter((row) => statusOf(row.accountStatus) === 'UNKNOWN');
      if (ready !== undefined) {
        const readiness = readinessOf(authorization, rows, 'EXPORT_AUDIENCES');
        rows = rows.filter((row) => readiness.get(row.accountId)!.ready === ready);
      }
      rows.sort(byNameThenId);
      const after = args.after;
      const remaining = after ? rows.filter((row) => byNameThenId(row, after) > 0) : rows;
      const limit = Math.max(0, Math.min(args.first, MAX_AD_ACCOUNT_PAGE));
      const totalCount = rows.length;
      return { rows: remaining.slice(0, limit), hasNextPage: remaining.length > limit, totalCount: () => totalCount };
    },

    readinessOf,

    /** Query.exportReadiness: the id with or without act_; answered from the database. */
    exportReadiness(workspaceId: string, input: { authorizationId: string; adAccountId: string; jobType: JobType }): ExportReadiness {
      const accountId = requireAdAccountId(input.adAccountId);
      const authorization = deps.authorizations.find(workspaceId, input.authorizationId);
      if (!authorization) throw new NotFound('authorization');
      const row = adAccounts.find(workspaceId, { authorizationId: authorization.id, accountId });
      if (!row) throw new NotFound('ad account');
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
