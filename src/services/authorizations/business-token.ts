// The Graph half of a Login for Business completion (docs/login-for-business.md): code → BISU token,
// checked with debug_token, and the client's business read. There is no long-lived exchange: the
// token's expiry is what debug_token says (never, by default). Nothing is written here.
import { InvalidToken, MissingPermissions, WrongTokenType } from '../../domain/authorization-errors.ts';
import { REQUIRED_FOR_ALL_JOBS } from '../../domain/job-types.ts';
import type { DebugTokenInfo, GraphApi } from '../../graph/graph-api.ts';
import { rethrowGraphFailure } from '../kernel/graph-failures.ts';
import { exchangeCode } from './oauth-user-token.ts';

export interface BusinessToken {
  accessToken: string;
  info: DebugTokenInfo;
  /** the app-scoped id of the integration's system user */
  systemUserId: string;
  clientBusinessId: string;
  delegatedAssetIds: string[];
}

export async function obtainBusinessToken(
  graph: GraphApi,
  settings: { appId: string; redirectUri: string },
  code: string,
  signal?: AbortSignal,
): Promise<BusinessToken> {
  const call = { signal };
  const grant = await exchangeCode(graph, code, settings.redirectUri, call);
  const info = await checkedBusinessToken(graph, settings.appId, grant.accessToken, signal);
  const business = await graph.getClientBusiness(grant.accessToken, call).catch(rethrowGraphFailure);
  return {
    accessToken: grant.accessToken,
    info,
    systemUserId: business.id,
    clientBusinessId: business.clientBusinessId,
    delegatedAssetIds: delegatedAssetIds(info),
  };
}

/** debug_token of a BISU token: valid, of this app, of type SYSTEM_USER (observed, not documented), and with what the jobs need. */
async function checkedBusinessToken(graph: GraphApi, appId: string, accessToken: string, signal?: AbortSignal) {
  const info = await graph.debugToken(accessToken, { signal }).catch(rethrowGraphFailure);
  if (!info.isValid)
    throw new InvalidToken('NOT_VALID', `Facebook says the new token is not valid: ${info.error?.message ?? 'no reason given'}`);
  if (info.appId !== appId) throw new InvalidToken('OTHER_APP', 'The token was issued for another Facebook app.');
  if (info.type !== 'SYSTEM_USER') {
    throw new WrongTokenType(
      String(info.type),
      'SYSTEM_USER',
      `The dialog returned a ${String(info.type)} token; FACEBOOK_BUSINESS_LOGIN_CONFIG_ID must name a configuration of type "System-user access token".`,
    );
  }
  const missing = REQUIRED_FOR_ALL_JOBS.filter((scope) => !info.scopes.includes(scope));
  if (missing.length > 0) throw new MissingPermissions(missing);
  return info;
}

/** The asset ids of granular_scopes[].target_ids, as Meta gives them, each once. */
export function delegatedAssetIds(info: DebugTokenInfo): string[] {
  return [...new Set(info.granularScopes.flatMap((g) => g.targetIds ?? []))];
}
