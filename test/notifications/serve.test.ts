import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { startServer } from '../../src/server.ts';
import { TEST_ENCRYPTION_KEYS } from '../helpers/test-app.ts';
import { eventually, startReceiver } from './receiver.ts';
import { setupNotificationTest } from './support.ts';

describe('serve and the delivery worker', () => {
  it('serve delivers what was left pending in its database, and its stop resolves with the worker stopped', async () => {
    // On the real clock: serve runs on it, and its sweep prunes history older than ADSAUTH_HISTORY_DAYS.
    const s = await setupNotificationTest({ now: new Date().toISOString() });
    const receiver = await startReceiver();
    await s.createWebhook(receiver.url);
    await s.registerSystemUser({ label: 'Left pending' });
    expect((await s.deliveryLog())[0]!.status).toBe('PENDING');

    const config = loadConfig({
      ADSAUTH_DATABASE: s.databaseFile,
      PORT: '0',
      LOG_LEVEL: 'silent',
      ADSAUTH_ENCRYPTION_KEYS: TEST_ENCRYPTION_KEYS,
    });
    const server = await startServer(config, () => {});
    try {
      await eventually(async () =>
        (await s.deliveryLog()).some((d) => d.eventType === 'AUTHORIZATION_CREATED' && d.status === 'DELIVERED'),
      );
    } finally {
      await server.close();
    }
    // serve's own sweep may add events of its own (its sandbox does not know the test's token).
    const created = receiver.received.filter((d) => d.json.type === 'authorization.created');
    expect(created).toHaveLength(1);
    expect(created[0]!.json.data).toMatchObject({ label: 'Left pending' });
  });
});
