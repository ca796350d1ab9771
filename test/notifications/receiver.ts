// A webhook receiver on 127.0.0.1: records every POST, checks its signature the way a real
// receiver would, and answers what the test scripts (a status per request, or no answer at all).
import { createServer, type IncomingHttpHeaders, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { onTestFinished } from 'vitest';
import { createHmac } from 'node:crypto';

/**
 * What the README tells receivers to do, written here with node:crypto alone (not with adsauth's own
 * signing module, so a wrong scheme there cannot also pass here): HMAC-SHA256 of `${t}.${body}`.
 */
function signatureMatches(header: string | undefined, body: string, secret: string): boolean {
  const t = /(?:^|,)\s*t=(\d+)/.exec(header ?? '')?.[1];
  const v1 = /(?:^|,)\s*v1=([0-9a-f]{64})/.exec(header ?? '')?.[1];
  if (!t || !v1) return false;
  return createHmac('sha256', secret).update(`${t}.${body}`).digest('hex') === v1;
}

export interface ReceivedDelivery {
  headers: IncomingHttpHeaders;
  body: string;
  json: Record<string, unknown>;
  /** The signature checked against the secret set with `verifyWith`, at the signature's own time. */
  signatureValid: boolean | undefined;
}

/** 'hang': keep the request open until the receiver closes. */
export type Reply = number | 'hang';

export async function startReceiver(reply: (index: number) => Reply = () => 200) {
  const received: ReceivedDelivery[] = [];
  const hanging: ServerResponse[] = [];
  let secret: string | undefined;
  let inFlight = 0;
  let maxInFlight = 0;
  let delayMs = 0;
  let answer = reply;
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      const header = request.headers['adsauth-signature'] as string | undefined;
      const signatureValid = secret === undefined ? undefined : signatureMatches(header, body, secret);
      const status = answer(received.length);
      received.push({ headers: request.headers, body, json: JSON.parse(body) as Record<string, unknown>, signatureValid });
      if (status === 'hang') return void hanging.push(response);
      inFlight++;
      maxInFlight = Math.max(maxInFlight, inFlight);
      setTimeout(() => {
        inFlight--;
        response.writeHead(status, status >= 300 && status < 400 ? { location: 'http://127.0.0.1:1/elsewhere' } : {}).end('ok');
      }, delayMs);
    });
  });
  let connections = 0;
  server.on('connection', () => void connections++);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const close = () =>
    new Promise<void>((resolve) => {
      hanging.forEach((response) => response.destroy());
      server.close(() => resolve());
      server.closeAllConnections();
    });
  onTestFinished(close);
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/hooks/adsauth`,
    port,
    received,
    verifyWith: (value: string) => void (secret = value),
    answer: (next: (index: number) => Reply) => void (answer = next),
    /** Every answer waits this long (to see several requests in flight at once). */
    delay: (ms: number) => void (delayMs = ms),
    maxInFlight: () => maxInFlight,
    /** TCP connections accepted, whether or not they became a request (a TLS hello to this http server does not). */
    connections: () => connections,
    eventIds: () => received.map((delivery) => delivery.json.id as string),
    close,
  };
}

export type Receiver = Awaited<ReturnType<typeof startReceiver>>;

/**
 * Waits until `check` holds: for deliveries made by a worker running on its own. The bound only
 * turns a hang into a clear failure before the test's own timeout; it is no speed requirement.
 */
export async function eventually(check: () => boolean | Promise<boolean>, timeoutMs = 15_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > end) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
