// Per-request DataLoaders for AdAccount fields, so that a page of accounts costs a few queries, not a
// few per account. Kept beside the type (keyed on the request's context) rather than in loaders.ts,
// because only AdAccount uses them.
import DataLoader from 'dataloader';
import type { Context } from '../../context.ts';
import type { ExportReadiness } from '../../domain/export-readiness.ts';
import type { JobType } from '../../domain/job-types.ts';
import type { AdAccountRow } from '../../services/records.ts';

const perRequest = new WeakMap<Context, ReturnType<typeof createAdAccountLoaders>>();

export function adAccountLoaders(context: Context) {
  let loaders = perRequest.get(context);
  if (!loaders) perRequest.set(context, (loaders = createAdAccountLoaders(context)));
  return loaders;
}

function createAdAccountLoaders(context: Context) {
  const { services, viewer } = context;
  return {
    inAccountList: new DataLoader<string, boolean>(async (accountIds) => {
      const held = services.adAccounts.inAccountList(accountIds);
      return accountIds.map((id) => held.has(id));
    }),

    /** Grouped by authorization and job, with one account-list lookup for every group. */
    exportReadiness: new DataLoader<{ row: AdAccountRow; jobType: JobType }, ExportReadiness, string>(
      async (keys) => {
        const groups = new Map<string, (typeof keys)[number][]>();
        for (const key of keys) {
          const group = `${key.row.authorizationId} ${key.jobType}`;
          groups.set(group, [...(groups.get(group) ?? []), key]);
        }
        const authorizations = new Map(
          services.authorizations
            .getMany(viewer.workspaceId, [...new Set(keys.map((key) => key.row.authorizationId))])
            .map((row) => [row.id, row]),
        );
        const known = [...groups.values()].flatMap((group) => {
          const authorization = authorizations.get(group[0]!.row.authorizationId);
          return authorization ? [{ authorization, keys: group, rows: group.map((key) => key.row), jobType: group[0]!.jobType }] : [];
        });
        const results = new Map<string, ExportReadiness>();
        services.adAccounts.readinessOfGroups(known).forEach((readiness, i) => {
          for (const key of known[i]!.keys) results.set(cacheKey(key), readiness.get(key.row.accountId)!);
        });
        return keys.map((key) => results.get(cacheKey(key)) ?? new Error('the authorization of this ad account disappeared'));
      },
      { cacheKeyFn: (key) => cacheKey(key) },
    ),
  };
}

const cacheKey = (key: { row: AdAccountRow; jobType: JobType }) => `${key.row.authorizationId}:${key.row.accountId}:${key.jobType}`;
