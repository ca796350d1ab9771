import type { GraphQLFormattedError } from 'graphql';
import type { TestApp } from '../helpers/test-app.ts';

export const GRAPHQL_RESPONSE_JSON = 'application/graphql-response+json';

export interface RawResponse {
  status: number;
  contentType: string;
  text: string;
  /** The parsed body, or undefined when it is not JSON. */
  body: { data?: unknown; errors?: GraphQLFormattedError[] } | undefined;
  codes: unknown[];
}

/** POSTs a raw body to /graphql through yoga.fetch; JSON content type and graphql-response+json unless told. */
export async function postRaw(t: Pick<TestApp, 'yoga'>, body: string, headers: Record<string, string> = {}): Promise<RawResponse> {
  const response = await t.yoga.fetch('http://127.0.0.1/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: GRAPHQL_RESPONSE_JSON, ...headers },
    body,
  });
  return read(response);
}

/** Sends an operation with a key; the response as it came. */
export function postOperation(
  t: Pick<TestApp, 'yoga'>,
  apiKey: string,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<RawResponse> {
  return postRaw(t, JSON.stringify({ query, variables }), { authorization: `Bearer ${apiKey}`, ...headers });
}

export async function read(response: Response): Promise<RawResponse> {
  const text = await response.text();
  let body: RawResponse['body'];
  try {
    body = JSON.parse(text) as RawResponse['body'];
  } catch {
    body = undefined;
  }
  return {
    status: response.status,
    contentType: response.headers.get('content-type') ?? '',
    text,
    body,
    codes: body?.errors?.map((e) => e.extensions?.code) ?? [],
  };
}

/** Log lines above debug level (info = 30, warn = 40, error = 50) written since `from`. */
export function linesAboveDebug(t: Pick<TestApp, 'logs'>, from: number) {
  return t.logs.records.slice(from).filter((record) => record.level > 20);
}
