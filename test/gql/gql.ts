// GENERATED FILE: do not edit. Written by `npm run codegen` from codegen.yml, schema/schema.graphql and test/.
/* eslint-disable */
import * as types from './graphql.ts';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment AuthorizationFields on Authorization {\n    id\n    label\n    description\n    provider\n    method\n    health\n    tokenFingerprint\n    businessId\n    supportedJobTypes\n    createdAt\n    updatedAt\n    createdBy\n    facebookUser {\n      id\n      name\n    }\n    tokenStatus {\n      ...TokenStatusFields\n    }\n  }\n": typeof types.AuthorizationFieldsFragmentDoc,
    "\n  fragment TokenStatusFields on TokenStatus {\n    state\n    isValid\n    tokenType\n    expiresAt\n    dataAccessExpiresAt\n    scopes\n    declinedScopes\n    missingScopes\n    checkedAt\n    lastCheckError {\n      errorClass\n      code\n      subcode\n      message\n      fbtraceId\n      occurredAt\n    }\n    issues {\n      code\n      message\n      remediation {\n        text\n        url\n      }\n    }\n  }\n": typeof types.TokenStatusFieldsFragmentDoc,
    "\n  mutation RegisterSystemUserToken($input: RegisterSystemUserTokenInput!) {\n    registerSystemUserToken(input: $input) {\n      __typename\n      ... on AuthorizationPayload {\n        authorization {\n          ...AuthorizationFields\n        }\n      }\n      ... on Error {\n        message\n      }\n      ... on ValidationError {\n        field\n      }\n      ... on InvalidToken {\n        reason\n      }\n      ... on WrongTokenType {\n        tokenType\n        expected\n      }\n      ... on MissingPermissions {\n        missingScopes\n      }\n      ... on DuplicateToken {\n        authorizationId\n      }\n      ... on GraphUnavailable {\n        retryable\n      }\n    }\n  }\n": typeof types.RegisterSystemUserTokenDocument,
    "\n  mutation ReplaceSystemUserToken($input: ReplaceSystemUserTokenInput!) {\n    replaceSystemUserToken(input: $input) {\n      __typename\n      ... on AuthorizationPayload {\n        authorization {\n          ...AuthorizationFields\n        }\n      }\n      ... on Error {\n        message\n      }\n      ... on DuplicateToken {\n        authorizationId\n      }\n      ... on WrongTokenType {\n        tokenType\n      }\n    }\n  }\n": typeof types.ReplaceSystemUserTokenDocument,
    "\n  mutation StartFacebookOAuth($input: StartFacebookOAuthInput!) {\n    startFacebookOAuth(input: $input) {\n      __typename\n      ... on StartFacebookOAuthPayload {\n        authorizeUrl\n        state\n        expiresAt\n      }\n      ... on Error {\n        message\n      }\n      ... on ValidationError {\n        field\n      }\n    }\n  }\n": typeof types.StartFacebookOAuthDocument,
    "\n  mutation CompleteFacebookOAuth($input: CompleteFacebookOAuthInput!) {\n    completeFacebookOAuth(input: $input) {\n      __typename\n      ... on CompleteFacebookOAuthPayload {\n        reauthorized\n        returnTo\n        authorization {\n          ...AuthorizationFields\n        }\n      }\n      ... on Error {\n        message\n      }\n      ... on CodeExchangeFailed {\n        graphCode\n        graphSubcode\n      }\n      ... on OAuthDenied {\n        errorReason\n      }\n      ... on InvalidToken {\n        reason\n      }\n    }\n  }\n": typeof types.CompleteFacebookOAuthDocument,
    "\n  mutation UpdateAuthorization($input: UpdateAuthorizationInput!) {\n    updateAuthorization(input: $input) {\n      __typename\n      ... on AuthorizationPayload {\n        authorization {\n          ...AuthorizationFields\n        }\n      }\n      ... on Error {\n        message\n      }\n      ... on ValidationError {\n        field\n      }\n    }\n  }\n": typeof types.UpdateAuthorizationDocument,
    "\n  mutation DeleteAuthorization($input: DeleteAuthorizationInput!) {\n    deleteAuthorization(input: $input) {\n      __typename\n      ... on DeleteAuthorizationPayload {\n        deletedAuthorizationId\n        revokedAtFacebook\n      }\n      ... on Error {\n        message\n      }\n      ... on GraphUnavailable {\n        retryable\n      }\n    }\n  }\n": typeof types.DeleteAuthorizationDocument,
    "\n  mutation RefreshAuthorization($input: RefreshAuthorizationInput!) {\n    refreshAuthorization(input: $input) {\n      __typename\n      ... on AuthorizationPayload {\n        authorization {\n          ...AuthorizationFields\n        }\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n": typeof types.RefreshAuthorizationDocument,
    "\n  query Authorization($id: ID!) {\n    authorization(id: $id) {\n      ...AuthorizationFields\n    }\n  }\n": typeof types.AuthorizationDocument,
    "\n  query Authorizations($first: Int, $after: String, $filter: AuthorizationFilter) {\n    authorizations(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          label\n          method\n          health\n          tokenStatus {\n            state\n          }\n        }\n      }\n    }\n  }\n": typeof types.AuthorizationsDocument,
    "\n  query RecheckAll($first: Int, $maxAgeSeconds: Int) {\n    authorizations(first: $first) {\n      edges {\n        node {\n          id\n          label\n          tokenStatus(maxAgeSeconds: $maxAgeSeconds) {\n            state\n            checkedAt\n            lastCheckError {\n              errorClass\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.RecheckAllDocument,
    "\n  query Viewer {\n    viewer {\n      role\n      apiKeyName\n      workspace {\n        id\n        name\n      }\n    }\n  }\n": typeof types.ViewerDocument,
    "\n  query Node($id: ID!) {\n    node(id: $id) {\n      __typename\n      id\n      ... on Workspace {\n        name\n      }\n    }\n  }\n": typeof types.NodeDocument,
    "\n  query ApiKeys {\n    apiKeys {\n      id\n      name\n      role\n      keyPrefix\n      createdAt\n      lastUsedAt\n      revokedAt\n    }\n  }\n": typeof types.ApiKeysDocument,
    "\n  query WorkspaceId {\n    viewer {\n      workspace {\n        id\n      }\n    }\n  }\n": typeof types.WorkspaceIdDocument,
};
const documents: Documents = {
    "\n  fragment AuthorizationFields on Authorization {\n    id\n    label\n    description\n    provider\n    method\n    health\n    tokenFingerprint\n    businessId\n    supportedJobTypes\n    createdAt\n    updatedAt\n    createdBy\n    facebookUser {\n      id\n      name\n    }\n    tokenStatus {\n      ...TokenStatusFields\n    }\n  }\n": types.AuthorizationFieldsFragmentDoc,
    "\n  fragment TokenStatusFields on TokenStatus {\n    state\n    isValid\n    tokenType\n    expiresAt\n    dataAccessExpiresAt\n    scopes\n    declinedScopes\n    missingScopes\n    checkedAt\n    lastCheckError {\n      errorClass\n      code\n      subcode\n      message\n      fbtraceId\n      occurredAt\n    }\n    issues {\n      code\n      message\n      remediation {\n        text\n        url\n      }\n    }\n  }\n": types.TokenStatusFieldsFragmentDoc,
    "\n  mutation RegisterSystemUserToken($input: RegisterSystemUserTokenInput!) {\n    registerSystemUserToken(input: $input) {\n      __typename\n      ... on AuthorizationPayload {\n        authorization {\n          ...AuthorizationFields\n        }\n      }\n      ... on Error {\n        message\n      }\n      ... on ValidationError {\n        field\n      }\n      ... on InvalidToken {\n        reason\n      }\n      ... on WrongTokenType {\n        tokenType\n        expected\n      }\n      ... on MissingPermissions {\n        missingScopes\n      }\n      ... on DuplicateToken {\n        authorizationId\n      }\n      ... on GraphUnavailable {\n        retryable\n      }\n    }\n  }\n": types.RegisterSystemUserTokenDocument,
    "\n  mutation ReplaceSystemUserToken($input: ReplaceSystemUserTokenInput!) {\n    replaceSystemUserToken(input: $input) {\n      __typename\n      ... on AuthorizationPayload {\n        authorization {\n          ...AuthorizationFields\n        }\n      }\n      ... on Error {\n        message\n      }\n      ... on DuplicateToken {\n        authorizationId\n      }\n      ... on WrongTokenType {\n        tokenType\n      }\n    }\n  }\n": types.ReplaceSystemUserTokenDocument,
    "\n  mutation StartFacebookOAuth($input: StartFacebookOAuthInput!) {\n    startFacebookOAuth(input: $input) {\n      __typename\n      ... on StartFacebookOAuthPayload {\n        authorizeUrl\n        state\n        expiresAt\n      }\n      ... on Error {\n        message\n      }\n      ... on ValidationError {\n        field\n      }\n    }\n  }\n": types.StartFacebookOAuthDocument,
    "\n  mutation CompleteFacebookOAuth($input: CompleteFacebookOAuthInput!) {\n    completeFacebookOAuth(input: $input) {\n      __typename\n      ... on CompleteFacebookOAuthPayload {\n        reauthorized\n        returnTo\n        authorization {\n          ...AuthorizationFields\n        }\n      }\n      ... on Error {\n        message\n      }\n      ... on CodeExchangeFailed {\n        graphCode\n        graphSubcode\n      }\n      ... on OAuthDenied {\n        errorReason\n      }\n      ... on InvalidToken {\n        reason\n      }\n    }\n  }\n": types.CompleteFacebookOAuthDocument,
    "\n  mutation UpdateAuthorization($input: UpdateAuthorizationInput!) {\n    updateAuthorization(input: $input) {\n      __typename\n      ... on AuthorizationPayload {\n        authorization {\n          ...AuthorizationFields\n        }\n      }\n      ... on Error {\n        message\n      }\n      ... on ValidationError {\n        field\n      }\n    }\n  }\n": types.UpdateAuthorizationDocument,
    "\n  mutation DeleteAuthorization($input: DeleteAuthorizationInput!) {\n    deleteAuthorization(input: $input) {\n      __typename\n      ... on DeleteAuthorizationPayload {\n        deletedAuthorizationId\n        revokedAtFacebook\n      }\n      ... on Error {\n        message\n      }\n      ... on GraphUnavailable {\n        retryable\n      }\n    }\n  }\n": types.DeleteAuthorizationDocument,
    "\n  mutation RefreshAuthorization($input: RefreshAuthorizationInput!) {\n    refreshAuthorization(input: $input) {\n      __typename\n      ... on AuthorizationPayload {\n        authorization {\n          ...AuthorizationFields\n        }\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n": types.RefreshAuthorizationDocument,
    "\n  query Authorization($id: ID!) {\n    authorization(id: $id) {\n      ...AuthorizationFields\n    }\n  }\n": types.AuthorizationDocument,
    "\n  query Authorizations($first: Int, $after: String, $filter: AuthorizationFilter) {\n    authorizations(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          label\n          method\n          health\n          tokenStatus {\n            state\n          }\n        }\n      }\n    }\n  }\n": types.AuthorizationsDocument,
    "\n  query RecheckAll($first: Int, $maxAgeSeconds: Int) {\n    authorizations(first: $first) {\n      edges {\n        node {\n          id\n          label\n          tokenStatus(maxAgeSeconds: $maxAgeSeconds) {\n            state\n            checkedAt\n            lastCheckError {\n              errorClass\n            }\n          }\n        }\n      }\n    }\n  }\n": types.RecheckAllDocument,
    "\n  query Viewer {\n    viewer {\n      role\n      apiKeyName\n      workspace {\n        id\n        name\n      }\n    }\n  }\n": types.ViewerDocument,
    "\n  query Node($id: ID!) {\n    node(id: $id) {\n      __typename\n      id\n      ... on Workspace {\n        name\n      }\n    }\n  }\n": types.NodeDocument,
    "\n  query ApiKeys {\n    apiKeys {\n      id\n      name\n      role\n      keyPrefix\n      createdAt\n      lastUsedAt\n      revokedAt\n    }\n  }\n": types.ApiKeysDocument,
    "\n  query WorkspaceId {\n    viewer {\n      workspace {\n        id\n      }\n    }\n  }\n": types.WorkspaceIdDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AuthorizationFields on Authorization {\n    id\n    label\n    description\n    provider\n    method\n    health\n    tokenFingerprint\n    businessId\n    supportedJobTypes\n    createdAt\n    updatedAt\n    createdBy\n    facebookUser {\n      id\n      name\n    }\n    tokenStatus {\n      ...TokenStatusFields\n    }\n  }\n"): (typeof documents)["\n  fragment AuthorizationFields on Authorization {\n    id\n    label\n    description\n    provider\n    method\n    health\n    tokenFingerprint\n    businessId\n    supportedJobTypes\n    createdAt\n    updatedAt\n    createdBy\n    facebookUser {\n      id\n      name\n    }\n    tokenStatus {\n      ...TokenStatusFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TokenStatusFields on TokenStatus {\n    state\n    isValid\n    tokenType\n    expiresAt\n    dataAccessExpiresAt\n    scopes\n    declinedScopes\n    missingScopes\n    checkedAt\n    lastCheckError {\n      errorClass\n      code\n      subcode\n      message\n      fbtraceId\n      occurredAt\n    }\n    issues {\n      code\n      message\n      remediation {\n        text\n        url\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment TokenStatusFields on TokenStatus {\n    state\n    isValid\n    tokenType\n    expiresAt\n    dataAccessExpiresAt\n    scopes\n    declinedScopes\n    missingScopes\n    checkedAt\n    lastCheckError {\n      errorClass\n      code\n      subcode\n      message\n      fbtraceId\n      occurredAt\n    }\n    issues {\n      code\n      message\n      remediation {\n        text\n        url\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegisterSystemUserToken($input: RegisterSystemUserTokenInput!) {\n    registerSystemUserToken(input: $input) {\n      __typename\n      ... on AuthorizationPayload {\n        authorization {\n          ...AuthorizationFields\n        }\n      }\n      ... on Error {\n        message\n      }\n      ... on ValidationError {\n        field\n      }\n      ... on InvalidToken {\n        reason\n      }\n      ... on WrongTokenType {\n        tokenType\n        expected\n      }\n      ... on MissingPermissions {\n        missingScopes\n      }\n      ... on DuplicateToken {\n        authorizationId\n      }\n      ... on GraphUnavailable {\n        retryable\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RegisterSystemUserToken($input: RegisterSystemUserTokenInput!) {\n    registerSystemUserToken(input: $input) {\n      __typename\n      ... on AuthorizationPayload {\n        authorization {\n          ...AuthorizationFields\n        }\n      }\n      ... on Error {\n        message\n      }\n      ... on ValidationError {\n        field\n      }\n      ... on InvalidToken {\n        reason\n      }\n      ... on WrongTokenType {\n        tokenType\n        expected\n      }\n      ... on MissingPermissions {\n        missingScopes\n      }\n      ... on DuplicateToken {\n        authorizationId\n      }\n      ... on GraphUnavailable {\n        retryable\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReplaceSystemUserToken($input: ReplaceSystemUserTokenInput!) {\n    replaceSystemUserToken(input: $input) {\n      __typename\n      ... on AuthorizationPayload {\n        authorization {\n          ...AuthorizationFields\n        }\n      }\n      ... on Error {\n        message\n      }\n      ... on DuplicateToken {\n        authorizationId\n      }\n      ... on WrongTokenType {\n        tokenType\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ReplaceSystemUserToken($input: ReplaceSystemUserTokenInput!) {\n    replaceSystemUserToken(input: $input) {\n      __typename\n      ... on AuthorizationPayload {\n        authorization {\n          ...AuthorizationFields\n        }\n      }\n      ... on Error {\n        message\n      }\n      ... on DuplicateToken {\n        authorizationId\n      }\n      ... on WrongTokenType {\n        tokenType\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartFacebookOAuth($input: StartFacebookOAuthInput!) {\n    startFacebookOAuth(input: $input) {\n      __typename\n      ... on StartFacebookOAuthPayload {\n        authorizeUrl\n        state\n        expiresAt\n      }\n      ... on Error {\n        message\n      }\n      ... on ValidationError {\n        field\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation StartFacebookOAuth($input: StartFacebookOAuthInput!) {\n    startFacebookOAuth(input: $input) {\n      __typename\n      ... on StartFacebookOAuthPayload {\n        authorizeUrl\n        state\n        expiresAt\n      }\n      ... on Error {\n        message\n      }\n      ... on ValidationError {\n        field\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompleteFacebookOAuth($input: CompleteFacebookOAuthInput!) {\n    completeFacebookOAuth(input: $input) {\n      __typename\n      ... on CompleteFacebookOAuthPayload {\n        reauthorized\n        returnTo\n        authorization {\n          ...AuthorizationFields\n        }\n      }\n      ... on Error {\n        message\n      }\n      ... on CodeExchangeFailed {\n        graphCode\n        graphSubcode\n      }\n      ... on OAuthDenied {\n        errorReason\n      }\n      ... on InvalidToken {\n        reason\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CompleteFacebookOAuth($input: CompleteFacebookOAuthInput!) {\n    completeFacebookOAuth(input: $input) {\n      __typename\n      ... on CompleteFacebookOAuthPayload {\n        reauthorized\n        returnTo\n        authorization {\n          ...AuthorizationFields\n        }\n      }\n      ... on Error {\n        message\n      }\n      ... on CodeExchangeFailed {\n        graphCode\n        graphSubcode\n      }\n      ... on OAuthDenied {\n        errorReason\n      }\n      ... on InvalidToken {\n        reason\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateAuthorization($input: UpdateAuthorizationInput!) {\n    updateAuthorization(input: $input) {\n      __typename\n      ... on AuthorizationPayload {\n        authorization {\n          ...AuthorizationFields\n        }\n      }\n      ... on Error {\n        message\n      }\n      ... on ValidationError {\n        field\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateAuthorization($input: UpdateAuthorizationInput!) {\n    updateAuthorization(input: $input) {\n      __typename\n      ... on AuthorizationPayload {\n        authorization {\n          ...AuthorizationFields\n        }\n      }\n      ... on Error {\n        message\n      }\n      ... on ValidationError {\n        field\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteAuthorization($input: DeleteAuthorizationInput!) {\n    deleteAuthorization(input: $input) {\n      __typename\n      ... on DeleteAuthorizationPayload {\n        deletedAuthorizationId\n        revokedAtFacebook\n      }\n      ... on Error {\n        message\n      }\n      ... on GraphUnavailable {\n        retryable\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteAuthorization($input: DeleteAuthorizationInput!) {\n    deleteAuthorization(input: $input) {\n      __typename\n      ... on DeleteAuthorizationPayload {\n        deletedAuthorizationId\n        revokedAtFacebook\n      }\n      ... on Error {\n        message\n      }\n      ... on GraphUnavailable {\n        retryable\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RefreshAuthorization($input: RefreshAuthorizationInput!) {\n    refreshAuthorization(input: $input) {\n      __typename\n      ... on AuthorizationPayload {\n        authorization {\n          ...AuthorizationFields\n        }\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RefreshAuthorization($input: RefreshAuthorizationInput!) {\n    refreshAuthorization(input: $input) {\n      __typename\n      ... on AuthorizationPayload {\n        authorization {\n          ...AuthorizationFields\n        }\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Authorization($id: ID!) {\n    authorization(id: $id) {\n      ...AuthorizationFields\n    }\n  }\n"): (typeof documents)["\n  query Authorization($id: ID!) {\n    authorization(id: $id) {\n      ...AuthorizationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Authorizations($first: Int, $after: String, $filter: AuthorizationFilter) {\n    authorizations(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          label\n          method\n          health\n          tokenStatus {\n            state\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Authorizations($first: Int, $after: String, $filter: AuthorizationFilter) {\n    authorizations(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          label\n          method\n          health\n          tokenStatus {\n            state\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RecheckAll($first: Int, $maxAgeSeconds: Int) {\n    authorizations(first: $first) {\n      edges {\n        node {\n          id\n          label\n          tokenStatus(maxAgeSeconds: $maxAgeSeconds) {\n            state\n            checkedAt\n            lastCheckError {\n              errorClass\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query RecheckAll($first: Int, $maxAgeSeconds: Int) {\n    authorizations(first: $first) {\n      edges {\n        node {\n          id\n          label\n          tokenStatus(maxAgeSeconds: $maxAgeSeconds) {\n            state\n            checkedAt\n            lastCheckError {\n              errorClass\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Viewer {\n    viewer {\n      role\n      apiKeyName\n      workspace {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query Viewer {\n    viewer {\n      role\n      apiKeyName\n      workspace {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Node($id: ID!) {\n    node(id: $id) {\n      __typename\n      id\n      ... on Workspace {\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query Node($id: ID!) {\n    node(id: $id) {\n      __typename\n      id\n      ... on Workspace {\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApiKeys {\n    apiKeys {\n      id\n      name\n      role\n      keyPrefix\n      createdAt\n      lastUsedAt\n      revokedAt\n    }\n  }\n"): (typeof documents)["\n  query ApiKeys {\n    apiKeys {\n      id\n      name\n      role\n      keyPrefix\n      createdAt\n      lastUsedAt\n      revokedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkspaceId {\n    viewer {\n      workspace {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query WorkspaceId {\n    viewer {\n      workspace {\n        id\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;