// A small Server-Sent Events client over real HTTP (Node's fetch): it parses `event:` / `data:` blocks
// from the response body as they arrive, the way a browser's EventSource would.
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print, type FormattedExecutionResult } from 'graphql';

export interface SseMessage {
  event: string;
  data: string;
}

export interface SseSubscription<R> {
  status: number;
  contentType: string | null;
  /** Every message so far, `next` and `complete` alike (comments, i.e. pings, are dropped). */
  messages: SseMessage[];
  /** The next `event: next` payload; fails after `timeoutMs` or when the stream ends first. */
  next(timeoutMs?: number): Promise<FormattedExecutionResult<R>>;
  /** Resolves once the body ends (completed by the server or aborted by us). */
  ended: Promise<void>;
  /** Disconnects, as a closed browser tab would. */
  abort(): void;
}

/** POST with a JSON body by default; GET puts the operation in the query string, as EventSource must. */
export async function subscribe<R, V>(
  baseUrl: string,
  document: TypedDocumentNode<R, V>,
  variables: V,
  apiKey?: string,
  method: 'GET' | 'POST' = 'POST',
): Promise<SseSubscription<R>> {
  const controller = new AbortController();
  const headers: Record<string, string> = { accept: 'text/event-stream' };
  if (apiKey !== undefined) headers.authorization = `Bearer ${apiKey}`;
  const operation = { query: print(document), variables: JSON.stringify(variables) };
  const response =
    method === 'GET'
      ? await fetch(`${baseUrl}/graphql?${new URLSearchParams(operation)}`, { headers, signal: controller.signal })
      : await fetch(`${baseUrl}/graphql`, {
          method,
          headers: { ...headers, 'content-type': 'application/json' },
          body: JSON.stringify({ query: operation.query, variables }),
          signal: controller.signal,
        });
  const messages: SseMessage[] = [];
  let delivered = 0;
  let done = false;
  let notify: (() => void) | undefined;

  const ended = (async () => {
    const decoder = new TextDecoder();
    let buffer = '';
    try {
      const reader = response.body!.getReader();
      for (;;) {
        const { value, done: bodyDone } = await reader.read();
        if (bodyDone) break;
        buffer += decoder.decode(value, { stream: true });
        let end: number;
        while ((end = buffer.indexOf('\n\n')) !== -1) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const message = parseBlock(block);
          if (message) messages.push(message);
          notify?.();
        }
      }
    } catch (error) {
      if (!controller.signal.aborted) throw error;
    } finally {
      done = true;
      notify?.();
    }
  })();

  async function next(timeoutMs = 15_000): Promise<FormattedExecutionResult<R>> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const message = messages.slice(delivered).find((m) => m.event === 'next');
      if (message) {
        delivered = messages.indexOf(message) + 1;
        return JSON.parse(message.data) as FormattedExecutionResult<R>;
      }
      if (done) throw new Error(`the stream ended without another event; messages: ${JSON.stringify(messages)}`);
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`no event within ${timeoutMs} ms; messages: ${JSON.stringify(messages)}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        notify = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      notify = undefined;
    }
  }

  return {
    status: response.status,
    contentType: response.headers.get('content-type'),
    messages,
    next,
    ended,
    abort: () => controller.abort(),
  };
}

/** One SSE block: `event:` names it (default "message"), `data:` lines join with newlines, `:` lines are comments. */
function parseBlock(block: string): SseMessage | undefined {
  let event = 'message';
  const data: string[] = [];
  for (const line of block.split('\n')) {
    if (line.startsWith(':')) continue;
    const colon = line.indexOf(':');
    const field = colon === -1 ? line : line.slice(0, colon);
    const value = colon === -1 ? '' : line.slice(colon + 1).replace(/^ /, '');
    if (field === 'event') event = value;
    if (field === 'data') data.push(value);
  }
  if (event === 'message' && data.length === 0) return undefined;
  return { event, data: data.join('\n') };
}
