import { describe, expect, it } from 'vitest';
import { backoffMs, DEFAULT_RETRY_POLICY, nextAttemptAt } from '../../src/services/notifications/delivery-retry-policy.ts';
import {
  computeSignature,
  generateWebhookSecret,
  signatureHeader,
  verifySignature,
} from '../../src/services/notifications/webhook-signature.ts';

const secret = 'whsec_test_secret';
const body = '{"id":"evt_1","type":"authorization.created"}';
const t = 1_772_366_400;

describe('webhook signatures (Stripe-style: HMAC-SHA256 of `${t}.${body}`)', () => {
  it('signs as t=<unix>,v1=<hex> and verifies the same body with the same secret', () => {
    const header = signatureHeader(secret, t, body);
    expect(header).toMatch(/^t=1772366400,v1=[0-9a-f]{64}$/);
    expect(verifySignature({ header, body, secret, nowSeconds: t })).toBe(true);
  });

  it('rejects a tampered body, another secret, a swapped timestamp and a malformed header', () => {
    const header = signatureHeader(secret, t, body);
    expect(verifySignature({ header, body: body.replace('created', 'deleted'), secret, nowSeconds: t })).toBe(false);
    expect(verifySignature({ header, body, secret: 'whsec_other', nowSeconds: t })).toBe(false);
    const v1 = header.split('v1=')[1];
    expect(verifySignature({ header: `t=${t + 1},v1=${v1}`, body, secret, nowSeconds: t })).toBe(false);
    for (const bad of [undefined, '', 'v1=abc', `t=${t}`, `t=${t},v1=zz`])
      expect(verifySignature({ header: bad, body, secret, nowSeconds: t })).toBe(false);
  });

  it('rejects a signature older than the tolerance (replay), and accepts any matching v1 entry', () => {
    const header = signatureHeader(secret, t, body);
    expect(verifySignature({ header, body, secret, nowSeconds: t + 301 })).toBe(false);
    expect(verifySignature({ header, body, secret, nowSeconds: t + 3600, toleranceSeconds: 7200 })).toBe(true);
    const rotated = `t=${t},v1=${computeSignature('whsec_old', t, body)},v1=${computeSignature(secret, t, body)}`;
    expect(verifySignature({ header: rotated, body, secret, nowSeconds: t })).toBe(true);
  });

  it('generates distinct, recognisable secrets', () => {
    const [a, b] = [generateWebhookSecret(), generateWebhookSecret()];
    expect(a).toMatch(/^whsec_[A-Za-z0-9_-]{43}$/);
    expect(a).not.toBe(b);
  });
});

describe('retry backoff', () => {
  const policy = DEFAULT_RETRY_POLICY;

  it('grows exponentially up to the cap, with jitter between half and the whole step', () => {
    expect([1, 2, 3, 4].map((n) => backoffMs(n, policy, () => 1))).toEqual([10_000, 20_000, 40_000, 80_000]);
    expect([1, 2, 3, 4].map((n) => backoffMs(n, policy, () => 0))).toEqual([5_000, 10_000, 20_000, 40_000]);
    expect(backoffMs(30, policy, () => 1)).toBe(policy.maxDelayMs);
    // Below the cap, whatever the jitter, a wait is never shorter than the one before.
    for (let n = 1; n < 9; n++) expect(backoffMs(n + 1, policy, () => 0)).toBeGreaterThanOrEqual(backoffMs(n, policy, () => 1));
  });

  it('tries one last time at the end of the 24 h window, then gives up', () => {
    const createdAt = new Date('2026-03-01T12:00:00Z');
    const day = 24 * 3_600_000;
    const late = new Date(createdAt.getTime() + day - 60_000);
    expect(nextAttemptAt({ createdAt, failedAttempts: 30, now: late }, policy, () => 1)?.getTime()).toBe(createdAt.getTime() + day);
    expect(nextAttemptAt({ createdAt, failedAttempts: 31, now: new Date(createdAt.getTime() + day) }, policy, () => 1)).toBeUndefined();
  });
});
