import { describe, expect, it } from 'vitest';
import { gql } from '../helpers/gql.ts';
import { RefreshAuthorization } from '../authorizations/documents.ts';
import { startSmtpCatcher } from './smtp-catcher.ts';
import { setupNotificationTest } from './support.ts';

describe('notification email over SMTP', () => {
  it("tells a system-user authorization's owner it was added, then that it expired and what to do, with the Business Settings link", async () => {
    const smtp = await startSmtpCatcher();
    const s = await setupNotificationTest({ env: { ADSAUTH_SMTP_URL: smtp.url, ADSAUTH_EMAIL_FROM: 'Ads Ops <ops@example.com>' } });
    const { authorization, token } = await s.registerOwned('owner@example.com');
    expect(authorization.ownerEmail).toBe('owner@example.com');
    expect(await s.worker.runOnce()).toBe(1);
    expect(smtp.emails).toHaveLength(1);
    const [added] = smtp.emails;
    expect(added).toMatchObject({
      from: 'ops@example.com',
      to: ['owner@example.com'],
      subject: 'Facebook authorization "Main BM" was added',
    });
    expect(added!.text).toMatch(/The system-user authorization "Main BM" was added to adsauth\. Its state is working\./);
    expect(added!.text).toMatch(/Nothing to do\./);

    s.world.expireToken(token);
    await gql(s.app, RefreshAuthorization, { input: { id: authorization.id } }, { apiKey: s.apiKey });
    await s.worker.runOnce();
    const expired = smtp.emails[1]!;
    expect(expired.subject).toBe('Action needed: Facebook authorization "Main BM" is expired');
    expect(expired.text).toMatch(/changed from working to expired\./);
    expect(expired.text).toMatch(/^Why: The token (has )?expired/m);
    expect(expired.text).toMatch(
      /^What to do: Generate a new system-user token in Business Settings .*, then replace this authorization's token with it in adsauth\./m,
    );
    expect(expired.text).toContain(`Link: https://business.facebook.com/settings/system-users?business_id=${s.business.id}`);
    for (const email of smtp.emails) expect(email.raw).not.toContain(token);
  });

  it('sends a Facebook-user owner the reconnect link when the user revokes the app; the owner email comes from startFacebookOAuth', async () => {
    const smtp = await startSmtpCatcher();
    const s = await setupNotificationTest({ env: { ADSAUTH_SMTP_URL: smtp.url } });
    const user = s.world.createUser({ name: 'Jane' });
    const { authorization, code } = await s.connectOwned(user.id, 'Jane ads', 'jane@example.com');
    expect(authorization.ownerEmail).toBe('jane@example.com');

    s.world.revokeApp(user.id);
    await gql(s.app, RefreshAuthorization, { input: { id: authorization.id } }, { apiKey: s.apiKey });
    await s.worker.runOnce();
    const revoked = smtp.emails.find((email) => email.subject.includes('revoked'))!;
    expect(revoked).toMatchObject({ to: ['jane@example.com'], subject: 'Action needed: Facebook authorization "Jane ads" is revoked' });
    expect(revoked.text).toMatch(/The Facebook-user authorization "Jane ads" changed from working to revoked\./);
    expect(revoked.text).toMatch(/^What to do: Reconnect with Facebook .*approves the app\./m);
    const link = /^Link: (\S+)$/m.exec(revoked.text)![1]!;
    expect(link).toMatch(/^http:\/\/127\.0\.0\.1:4000\/oauth\/facebook\/reconnect\/\?authorization=[^&]+&expires=\d+&sig=/);
    for (const token of s.world.snapshot().tokens) expect(smtp.emails.map((e) => e.raw).join('\n')).not.toContain(token.accessToken);
    expect(smtp.emails.map((e) => e.raw).join('\n')).not.toContain(code);
  });

  it('warns before a token expires, with the date and the renewal link (the sweep sends authorization.expiring)', async () => {
    const smtp = await startSmtpCatcher();
    const s = await setupNotificationTest({ env: { ADSAUTH_SMTP_URL: smtp.url } });
    const { token } = s.systemUserToken({ expiresInSeconds: 5 * 86_400 });
    await s.registerOwned('owner@example.com', { label: 'Expiring BM', token });
    expect(s.workers.expiryWarnings.send(null)).toBe(1);
    await s.worker.runOnce();
    const warning = smtp.emails.find((email) => email.subject.includes('expires'))!;
    expect(warning.subject).toBe('Action needed: Facebook authorization "Expiring BM" expires on 2026-03-06');
    expect(warning.text).toMatch(/The token of the system-user authorization "Expiring BM" expires on 2026-03-06\./);
    expect(warning.text).toMatch(/^What to do: Generate a new system-user token in Business Settings \(before it expires/m);
    expect(warning.text).toContain(`Link: https://business.facebook.com/settings/system-users?business_id=${s.business.id}`);
    expect(warning.raw).not.toContain(token);
  });

  it('lists the ad accounts gained by a sync after the registration', async () => {
    const smtp = await startSmtpCatcher();
    const s = await setupNotificationTest({ env: { ADSAUTH_SMTP_URL: smtp.url } });
    const { token, systemUser } = s.systemUserToken();
    const registered = await s.registerOwned('owner@example.com', { label: 'Accounts BM', token });
    const account = s.world.createAdAccount({
      name: 'Spring sale',
      businessId: s.business.id,
      currency: 'EUR',
      userTasks: { [systemUser.id]: ['MANAGE', 'ADVERTISE'] },
    });
    s.clock.advance(60_000);
    await gql(s.app, RefreshAuthorization, { input: { id: registered.authorization.id } }, { apiKey: s.apiKey });
    await s.worker.runOnce();
    const changed = smtp.emails.find((email) => email.subject.startsWith('Ad accounts changed'))!;
    expect(changed.subject).toBe('Ad accounts changed for Facebook authorization "Accounts BM"');
    expect(changed.text).toContain(`- act_${account.accountId} (Spring sale): now reachable`);
  });

  it('an email sent late describes its own event, not what happened since', async () => {
    const smtp = await startSmtpCatcher();
    const s = await setupNotificationTest({ env: { ADSAUTH_SMTP_URL: smtp.url } });
    const { authorization, token } = await s.registerOwned('owner@example.com');
    s.world.expireToken(token);
    await gql(s.app, RefreshAuthorization, { input: { id: authorization.id } }, { apiKey: s.apiKey });
    expect(await s.worker.runOnce()).toBe(2);
    const added = smtp.emails.find((email) => email.subject.endsWith('was added'))!;
    expect(added.text).toMatch(/Its state is working\.\nNothing to do\./);
    expect(added.text).not.toMatch(/What to do/);
    expect(smtp.emails.find((email) => email.subject.startsWith('Action needed'))!.text).toMatch(/What to do/);
  });

  it('a mail server that is down is retried like a webhook: the row stays PENDING with the reason', async () => {
    const smtp = await startSmtpCatcher();
    await smtp.close();
    const s = await setupNotificationTest({ env: { ADSAUTH_SMTP_URL: smtp.url } });
    await s.registerOwned('owner@example.com');
    const worker = s.app.newDeliveryWorker({ settings: { attemptTimeoutMs: 500 } });
    expect(await worker.runOnce()).toBe(1);
    const [row] = s.database.sqlite
      .prepare("select status, attempts, last_error as lastError from deliveries where channel = 'email'")
      .all() as {
      status: string;
      attempts: number;
      lastError: string;
    }[];
    expect(row).toMatchObject({ status: 'PENDING', attempts: 1, lastError: expect.stringMatching(/^email not accepted: .*ECONNREFUSED/) });
  });
});

describe('notification email without ADSAUTH_SMTP_URL', () => {
  it('is written to the log as one structured line, without the token', async () => {
    const s = await setupNotificationTest();
    const { token } = await s.registerOwned('owner@example.com', { label: 'Logged BM' });
    await s.worker.runOnce();
    const lines = s.logs.records.filter((record) => record.email !== undefined);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({
      msg: expect.stringContaining('ADSAUTH_SMTP_URL is not set'),
      email: {
        to: 'owner@example.com',
        subject: 'Facebook authorization "Logged BM" was added',
        text: expect.stringContaining('Logged BM'),
      },
    });
    expect(s.logs.text()).not.toContain(token);
  });

  it('an authorization without an owner email gets no email', async () => {
    const s = await setupNotificationTest();
    await s.registerSystemUser();
    expect(await s.worker.runOnce()).toBe(0);
    expect(s.logs.records.filter((record) => record.email !== undefined)).toEqual([]);
  });
});
