// A connect is one event and one email: the first sync of a new authorization is part of its creation,
// not an "Ad accounts changed". What a later sync finds is announced as before.
import { decodeGlobalID } from '@pothos/plugin-relay';
import { describe, expect, it } from 'vitest';
import { gql } from '../helpers/gql.ts';
import { DEFAULT_WORKSPACE } from '../helpers/test-app.ts';
import { RefreshAuthorization } from '../authorizations/documents.ts';
import { history, nodes } from '../history/support.ts';
import { startReceiver } from './receiver.ts';
import { startSmtpCatcher } from './smtp-catcher.ts';
import { setupNotificationTest, type NotificationTest } from './support.ts';

function accountsFor(s: NotificationTest, userId: string, count: number) {
  return Array.from({ length: count }, (_, i) =>
    s.world.createAdAccount({ name: `Shop ${i + 1}`, businessId: s.business.id, currency: 'EUR', userTasks: { [userId]: ['MANAGE'] } }),
  );
}

describe('one email per connect', () => {
  it('a Facebook user who reaches two ad accounts: "was added" only, no "Ad accounts changed"', async () => {
    const smtp = await startSmtpCatcher();
    const s = await setupNotificationTest({ env: { ADSAUTH_SMTP_URL: smtp.url } });
    const user = s.world.createUser({ name: 'Jane' });
    accountsFor(s, user.id, 2);
    const receiver = await startReceiver();
    await s.createWebhook(receiver.url, ['AD_ACCOUNTS_CHANGED', 'AUTHORIZATION_CREATED']);
    const completed = await s.connectOwned(user.id, 'Jane ads', 'jane@example.com');

    const events = nodes(await history(s, completed.authorization.id));
    expect(events.map((e) => e.type)).toEqual(['AUTHORIZATION_CREATED']);
    const workspaceId = s.services.workspaces.findByName(DEFAULT_WORKSPACE)!.id;
    expect(s.services.adAccounts.list(workspaceId, decodeGlobalID(completed.authorization.id).id)).toHaveLength(2);
    await s.worker.runOnce();
    expect(smtp.emails.map((email) => email.subject)).toEqual(['Facebook authorization "Jane ads" was added']);
    expect((await s.deliveryLog()).map((delivery) => delivery.eventType)).toEqual(['AUTHORIZATION_CREATED']);
    expect(receiver.received.map((delivery) => delivery.headers['adsauth-event-type'])).toEqual(['authorization.created']);
  });

  it('a system-user token: one email at registration; an account gained later is announced', async () => {
    const smtp = await startSmtpCatcher();
    const s = await setupNotificationTest({ env: { ADSAUTH_SMTP_URL: smtp.url } });
    const { token, systemUser } = s.systemUserToken();
    accountsFor(s, systemUser.id, 3);
    const result = await s.registerOwned('ops@example.com', { token });
    expect(await s.worker.runOnce()).toBe(1);
    expect(smtp.emails.map((email) => email.subject)).toEqual(['Facebook authorization "Main BM" was added']);

    accountsFor(s, systemUser.id, 1);
    s.clock.advance(60_000);
    await gql(s.app, RefreshAuthorization, { input: { id: result.authorization.id } }, { apiKey: s.apiKey });
    await s.worker.runOnce();
    expect(smtp.emails).toHaveLength(2);
    expect(smtp.emails[1]!.subject).toMatch(/Ad accounts changed/);
    expect(nodes(await history(s, result.authorization.id)).map((e) => e.type)).toEqual(['AD_ACCOUNTS_CHANGED', 'AUTHORIZATION_CREATED']);
  });
});
