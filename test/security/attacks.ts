// The four operations issue 8 found to stall the process, and the legitimate dashboard query that must
// stay allowed. Shared by test/security/attack.test.ts and bench/attacks.ts.

/**
 * `depth` levels of fields over the cycle Authorization.history → AuthorizationEvent.authorization →
 * history; page sizes are the default (20) unless `first` is given.
 */
export function deepHistoryQuery(depth = 50, first?: number): string {
  const page = first === undefined ? '' : `(first: ${first})`;
  const cycle = [`history${page}`, 'edges', 'node', 'authorization'];
  const fields = [`authorizations${page}`, 'edges', 'node'];
  while (fields.length < depth - 1) fields.push(cycle[(fields.length - 3) % cycle.length]!);
  return `query Deep { ${fields.join(' { ')} { __typename ${'} '.repeat(fields.length)}}`;
}

/** `count` aliases of the same field. */
export function manyAliasesQuery(count = 1000): string {
  return `query Aliases { ${Array.from({ length: count }, (_, i) => `a${i}: viewer { role }`).join(' ')} }`;
}

/** A syntactically plausible document of about `bytes` bytes: one selection set with a field repeated. */
export function hugeQuery(bytes = 1024 * 1024): string {
  const field = 'viewer { role } ';
  return `query Huge { ${field.repeat(Math.ceil(bytes / field.length))}}`;
}

/** Ten aliases of authorizations(first: 100) with their ad accounts' readiness and history, 100 each. */
export function costBombQuery(aliases = 10): string {
  const one = (i: number) =>
    `a${i}: authorizations(first: 100) { edges { node { ` +
    'adAccounts(first: 100) { edges { node { exportReadiness(jobType: EXPORT_AUDIENCES) { ready } } } } ' +
    'history(first: 100) { edges { node { id type } } } } } }';
  return `query CostBomb { ${Array.from({ length: aliases }, (_, i) => one(i)).join(' ')} }`;
}

/** What a dashboard asks for in one request; it must stay under the default limits. */
export const DASHBOARD_QUERY = `query Dashboard {
  authorizations(first: 50) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges {
      node {
        id label description method health createdAt updatedAt tokenFingerprint supportedJobTypes
        facebookUser { id name }
        tokenStatus { state isValid expiresAt checkedAt missingScopes issues { code message remediation { text url } } }
        adAccounts(first: 10) {
          totalCount
          edges { node { id accountId name status inAccountList exportReadiness(jobType: EXPORT_AUDIENCES) { ready blockers { code } } } }
        }
        history(first: 5) { edges { node { id type occurredAt actor label } } }
      }
    }
  }
}`;

export const ATTACKS = {
  'depth 50 over the history cycle': deepHistoryQuery(),
  '1,000 aliases': manyAliasesQuery(),
  'a 1 MB document': hugeQuery(),
  'the 10-alias cost bomb': costBombQuery(),
} as const;
