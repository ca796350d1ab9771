import { persistedExchange } from '@urql/exchange-persisted';
import { Client, cacheExchange, fetchExchange, mapExchange, type Exchange } from 'urql';
import { trustedDocuments } from './settings';

/**
 * With trusted documents, each operation goes out as its hash only (extensions.persistedQuery), the
 * hash the codegen client preset put into the document's __meta__ and into persisted-documents.json.
 */
const sendHashesOnly: Exchange = persistedExchange({
  enforcePersistedQueries: true,
  enableForMutation: true,
  enableForSubscriptions: true,
  preferGetForPersistedQueries: false,
  generateHash: (_query, document) => Promise.resolve((document as { __meta__?: { hash: string } }).__meta__!.hash),
});

/**
 * One urql client per API key. Subscriptions go over the same fetch as queries: yoga answers
 * `authorizationEvents` as Server-Sent Events, which urql reads (fetchSubscriptions).
 * `onUnauthorized` runs when the gateway refuses the key (revoked since, say).
 */
export function createApiClient(apiKey: string, onUnauthorized?: () => void): Client {
  const refusals = mapExchange({
    onError(error) {
      if (onUnauthorized && error.response?.status === 401) onUnauthorized();
    },
  });
  return new Client({
    url: '/graphql',
    exchanges: [cacheExchange, refusals, ...(trustedDocuments ? [sendHashesOnly] : []), fetchExchange],
    fetchSubscriptions: true,
    requestPolicy: 'cache-and-network',
    fetchOptions: () => ({ headers: { authorization: `Bearer ${apiKey}` } }),
  });
}
