import { graphql } from '../gql';
import { createApiClient } from './client';
import { gatewayWords, isUnauthenticated } from './request-error';

const SignInCheckQuery = graphql(`
  query DashboardSignInCheck {
    viewer {
      role
      apiKeyName
    }
  }
`);

/** Asks the gateway whether the key is one of a workspace's: null when it is, else what to tell the person. */
export async function checkApiKey(apiKey: string): Promise<string | null> {
  const result = await createApiClient(apiKey).query(SignInCheckQuery, {}, { requestPolicy: 'network-only' }).toPromise();
  if (result.data?.viewer) return null;
  if (isUnauthenticated(result.error)) return 'This API key is not valid, or was revoked. Check it and try again.';
  if (!result.error || result.error.networkError) return 'The gateway could not be reached. Check the connection and try again.';
  return `The gateway refused the sign-in: ${gatewayWords(result.error)}`;
}
