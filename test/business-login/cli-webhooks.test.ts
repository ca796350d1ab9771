import { describe, expect, it } from 'vitest';
import { liveEnv, runCli, tempDir } from '../helpers/spawn.ts';
import { setupBusinessLoginTest, VERIFY_TOKEN } from './support.ts';

describe('adsauth facebook subscribe-webhooks and webhooks', () => {
  it('subscribes the app at the callback URL (Graph checks it against the serving gateway) and lists the subscription', async () => {
    const s = await setupBusinessLoginTest();
    const env = liveEnv(tempDir(), {
      FACEBOOK_APP_ID: s.world.app.id,
      FACEBOOK_APP_SECRET: s.world.app.secret,
      GRAPH_API_URL: s.sandbox!.url,
      FACEBOOK_WEBHOOK_VERIFY_TOKEN: VERIFY_TOKEN,
    });
    const callbackUrl = `${s.gatewayUrl}/webhooks/facebook`;
    const subscribed = await runCli(['facebook', 'subscribe-webhooks', '--callback-url', callbackUrl], { env });
    expect({ code: subscribed.code, stderr: subscribed.stderr }).toEqual({ code: 0, stderr: '' });
    expect(JSON.parse(subscribed.stdout)).toEqual({ success: true });

    const listed = await runCli(['facebook', 'webhooks'], { env });
    expect(JSON.parse(listed.stdout)).toEqual([expect.objectContaining({ object: 'application', callbackUrl, active: true })]);
    expect(listed.stdout).not.toContain(s.world.app.secret);

    // A verify token the gateway does not know fails Graph's check of the endpoint.
    const refused = await runCli(['facebook', 'subscribe-webhooks', '--callback-url', callbackUrl], {
      env: { ...env, FACEBOOK_WEBHOOK_VERIFY_TOKEN: 'another-verify-token-entirely' },
    });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/callback verification failed/);
    expect(refused.stderr).not.toContain('another-verify-token-entirely');
  });

  it('without --callback-url is a usage error', async () => {
    const result = await runCli(['facebook', 'subscribe-webhooks']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--callback-url is required');
  });
});
