import type { CombinedError } from 'urql';
import { graphql } from '../gql';
import { createApiClient } from './client';

const SignInCheckQuery = graphql(`
  query DashboardSignInCheck {
    viewer {
      role
      apiKeyName
    }
  }
`);

/** The gateway refused the key itself (not a network failure, nor a refused operation). */
function isUnauthenticated(error: CombinedError | undefined): boolean {
  return Boolean(error && (error.response?.status === 401 || error.graphQLErrors.some((e) => e.extensions?.code === 'UNAUTHENTICATED')));
}

/** Asks the gateway whether the key is one of a workspace's: null when it is, else what to tell the person. */
export async function checkApiKey(apiKey: string): Promise<string | null> {
  const result = await createApiClient(apiKey).query(SignInCheckQuery, {}, { requestPolicy: 'network-only' }).toPromise();
  if (result.data?.viewer) return null;
  if (isUnauthenticated(result.error)) return 'This API key is not valid, or was revoked. Check it and try again.';
  if (!result.error || result.error.networkError) return 'The gateway could not be reached. Check the connection and try again.';
  return `The gateway refused the sign-in: ${result.error.message.replace(/^\[\w+\] /, '')}`;
}
