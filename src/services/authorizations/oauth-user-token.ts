// The Graph half of an OAuth completion: code → short-lived → long-lived token, checked and read.
// Nothing is written here; the caller stores the result in one transaction.
import { CodeExchangeFailed, InvalidToken, WrongTokenType } from '../../domain/authorization-errors.ts';
import { GraphError } from '../../graph/errors.ts';
import type { GraphApi, GraphCallOptions } from '../../graph/graph-api.ts';
import { rethrowGraphFailure } from '../kernel/graph-failures.ts';

export async function obtainUserToken(
  graph: GraphApi,
  settings: { appId: string; redirectUri: string },
  code: string,
  signal?: AbortSignal,
) {
  const call = { signal };
  const shortLived = await exchangeCode(graph, code, settings.redirectUri, call);
  const grant = await graph.exchangeForLongLivedToken({ accessToken: shortLived.accessToken }, call).catch(rethrowGraphFailure);
  const info = await graph.debugToken(grant.accessToken, call).catch(rethrowGraphFailure);
  if (!info.isValid)
    throw new InvalidToken('NOT_VALID', `Facebook says the new token is not valid: ${info.error?.message ?? 'no reason given'}`);
  if (info.appId !== settings.appId) throw new InvalidToken('OTHER_APP', 'The token was issued for another Facebook app.');
  if (info.type !== 'USER') {
    throw new WrongTokenType(
      String(info.type),
      'USER',
      `The dialog returned a ${String(info.type)} token; a Facebook user token was expected.`,
    );
  }
  const [me, permissions] = await Promise.all([
    graph.getMe(grant.accessToken, call).catch(rethrowGraphFailure),
    graph.getPermissions(grant.accessToken, call).catch(rethrowGraphFailure),
  ]);
  const declinedScopes = permissions.filter((p) => p.status === 'declined').map((p) => p.permission);
  return { accessToken: grant.accessToken, info, me, declinedScopes };
}

export async function exchangeCode(graph: GraphApi, code: string, redirectUri: string, call: GraphCallOptions) {
  try {
    return await graph.exchangeCode({ code, redirectUri }, call);
  } catch (error) {
    // A used, expired or mismatched code is the person's to retry; an outage is not.
    if (error instanceof GraphError && (error.errorClass === 'CLIENT' || error.errorClass === 'REAUTH')) {
      throw new CodeExchangeFailed(error.code, error.subcode, error.message);
    }
    return rethrowGraphFailure(error);
  }
}
