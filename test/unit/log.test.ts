import { describe, expect, it } from 'vitest';
import { captureLog } from '../helpers/captured-log.ts';

// the usual OAuth secret names, and the names adsauth itself uses for secrets.
const SECRET_KEYS = [
  'access_token',
  'input_token',
  'fb_exchange_token',
  'client_secret',
  'code',
  'state',
  'appsecret_proof',
  'accessToken',
  'appSecret',
  'authorization',
  'apiKey',
  'token',
];

function secretsObject(tag: string): Record<string, string> {
  return Object.fromEntries(SECRET_KEYS.map((key) => [key, `MARKER-${tag}-${key}`]));
}

describe('pino logs redact secrets', () => {
  it('at the top level, one and two levels deep, and in request headers', () => {
    const { log, records, text } = captureLog('info');
    log.info(
      {
        ...secretsObject('top'),
        nested: secretsObject('one'),
        deeper: { inner: secretsObject('two') },
        req: { headers: { authorization: 'Bearer MARKER-header' } },
      },
      'a line',
    );
    expect(text()).not.toContain('MARKER');
    const record = records[0]!;
    for (const key of SECRET_KEYS) {
      expect(record[key]).toBe('[redacted]');
      expect((record.nested as Record<string, unknown>)[key]).toBe('[redacted]');
      expect((record.deeper as { inner: Record<string, unknown> }).inner[key]).toBe('[redacted]');
    }
  });

  it('inside arrays of objects, as batch items would carry them', () => {
    const { log, text } = captureLog('info');
    log.info({ items: [{ access_token: 'MARKER-a' }, { input_token: 'MARKER-b' }] }, 'batch');
    expect(text()).not.toContain('MARKER');
  });

  it('keeps everything else, as JSON with a level, a time and the service name', () => {
    const { log, records } = captureLog('info');
    log.info({ workspaceId: 'w1', endpoint: 'GET debug_token' }, 'graph call');
    expect(records[0]).toMatchObject({ level: 30, service: 'adsauth', workspaceId: 'w1', endpoint: 'GET debug_token', msg: 'graph call' });
    expect(new Date(records[0]!.time as string).getTime()).not.toBeNaN();
  });

  it('child loggers redact too', () => {
    const { log, text } = captureLog('info');
    log.child({ workspaceId: 'w1' }).warn({ graph: { appsecret_proof: 'MARKER-proof' } }, 'child');
    expect(text()).not.toContain('MARKER');
  });
});
