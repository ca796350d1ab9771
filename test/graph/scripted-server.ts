// A tiny loopback HTTP server that answers from a script, for the shapes the sandbox never sends on
// purpose (garbage bodies, odd headers, deterministic null batch items) and to see raw requests.
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ScriptedResponse {
  status?: number;
  headers?: Record<string, string>;
  /** An object is sent as JSON; a string as is. */
  body?: unknown;
  /** Wait this long before answering. */
  delayMs?: number;
}

export interface ReceivedRequest {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
  body: string;
}

export interface ScriptedServer {
  url: string;
  received: ReceivedRequest[];
  close(): Promise<void>;
}

/** `answer` gets each request (with its 0-based index) and says what to send back. */
export async function startScriptedServer(answer: (request: ReceivedRequest, index: number) => ScriptedResponse): Promise<ScriptedServer> {
  const received: ReceivedRequest[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const request = {
        method: req.method ?? 'GET',
        url: req.url ?? '/',
        headers: req.headers,
        body: Buffer.concat(chunks).toString('utf8'),
      };
      received.push(request);
      const response = answer(request, received.length - 1);
      const body = typeof response.body === 'string' ? response.body : JSON.stringify(response.body ?? {});
      setTimeout(() => {
        if (res.destroyed) return;
        res.writeHead(response.status ?? 200, { 'content-type': 'application/json', ...response.headers });
        res.end(body);
      }, response.delayMs ?? 0);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    received,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        // Closing twice is fine: a test may close early to simulate a dead host.
        server.close(() => resolve());
      }),
  };
}
