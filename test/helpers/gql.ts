import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print, type FormattedExecutionResult, type GraphQLFormattedError } from 'graphql';

/** Where to send the operation: an app (through yoga.fetch, no socket) or a base URL (real HTTP). */
export type GqlTarget = { yoga: { fetch: (input: string, init: RequestInit) => Response | Promise<Response> } } | string;

export interface GqlOptions {
  /** Sent as `Authorization: Bearer <apiKey>`; omit to send no Authorization header. */
  apiKey?: string;
  headers?: Record<string, string>;
}

export interface GqlResponse<R> {
  status: number;
  body: FormattedExecutionResult<R>;
  /** The operation text, for failure messages. */
  query: string;
}

/** Runs a codegen'd document and returns the raw status and body, whatever they are. */
export async function gqlResponse<R, V>(
  target: GqlTarget,
  document: TypedDocumentNode<R, V>,
  variables: V,
  options: GqlOptions = {},
): Promise<GqlResponse<R>> {
  const query = print(document);
  const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json', ...options.headers };
  if (options.apiKey !== undefined) headers.authorization = `Bearer ${options.apiKey}`;
  const init: RequestInit = { method: 'POST', headers, body: JSON.stringify({ query, variables }) };
  const response =
    typeof target === 'string' ? await fetch(`${target}/graphql`, init) : await target.yoga.fetch('http://127.0.0.1/graphql', init);
  const text = await response.text();
  let body: FormattedExecutionResult<R>;
  try {
    body = JSON.parse(text) as FormattedExecutionResult<R>;
  } catch {
    throw new Error(failure('the response is not JSON', query, response.status, text));
  }
  return { status: response.status, body, query };
}

/** Runs a document that must succeed: returns its data, or fails with the query and the response body. */
export async function gql<R, V>(target: GqlTarget, document: TypedDocumentNode<R, V>, variables: V, options: GqlOptions = {}): Promise<R> {
  const { status, body, query } = await gqlResponse(target, document, variables, options);
  if (status !== 200 || body.errors?.length || body.data == null) {
    throw new Error(failure('expected data and no errors', query, status, body));
  }
  return body.data;
}

/** Runs a document that must fail: returns the errors and the HTTP status, or fails with the body. */
export async function gqlErrors<R, V>(
  target: GqlTarget,
  document: TypedDocumentNode<R, V>,
  variables: V,
  options: GqlOptions = {},
): Promise<{ status: number; errors: readonly GraphQLFormattedError[]; codes: unknown[]; data: R | null | undefined }> {
  const { status, body, query } = await gqlResponse(target, document, variables, options);
  if (!body.errors?.length) throw new Error(failure('expected errors', query, status, body));
  return { status, errors: body.errors, codes: body.errors.map((e) => e.extensions?.code), data: body.data };
}

function failure(expectation: string, query: string, status: number, body: unknown): string {
  const shown = typeof body === 'string' ? body : JSON.stringify(body, null, 2);
  return `GraphQL request failed: ${expectation}\n--- query\n${query}\n--- HTTP ${status}\n${shown}`;
}
