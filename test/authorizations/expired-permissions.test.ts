import { describe, expect, it } from 'vitest';
import { gql } from '../helpers/gql.ts';
import { control } from '../sandbox/helpers.ts';
import { setupAdAccountTest } from '../ad-accounts/support.ts';
import { ExportReadinessQuery } from '../ad-accounts/documents.ts';
import { CompleteFacebookOAuth } from './documents.ts';

describe('a permission that expired after 90 days unused', () => {
  it('is MISSING_PERMISSIONS with expiredScopes, an issue that says so, and a reconnect link that asks for it again', async () => {
    const s = await setupAdAccountTest();
    const baseUrl = await s.listen();
    const { userId, authorization } = await s.connectUser({ scopes: ['ads_management', 'ads_read'] });
    const [account] = s.createAccounts(userId, 1);
    s.connectPixel(account!.accountId);
    const refresh = async () => (await s.refresh(authorization.id)).tokenStatus;
    // A healthy token: no /me/permissions read on a check.
    s.world.resetCalls();
    expect(await refresh()).toMatchObject({ state: 'VALID', expiredScopes: [] });
    expect(s.graphCount('GET me/permissions')).toBe(0);

    expect((await control(s.sandbox!.url, 'POST', `users/${userId}/expire-permission`, { scope: 'ads_management' })).status).toBe(200);
    const status = await refresh();
    expect(status).toMatchObject({ state: 'MISSING_PERMISSIONS', expiredScopes: ['ads_management'], missingScopes: ['ads_management'] });
    expect(s.graphCount('GET me/permissions')).toBe(1);
    const issue = status.issues.find((i) => i.code === 'MISSING_PERMISSIONS')!;
    expect(issue.message).toBe(
      'The token lacks ads_management, which audience exports need. ads_management expired after 90 days unused, and Facebook asks the user to grant it again.',
    );

    // Both export jobs are blocked by the permission, with the same reconnect link.
    for (const jobType of ['EXPORT_AUDIENCES', 'EXPORT_AUDIENCES_WEB_TRAFFIC'] as const) {
      const { exportReadiness } = await gql(
        s.app,
        ExportReadinessQuery,
        { authorizationId: authorization.id, adAccountId: account!.accountId, jobType },
        { apiKey: s.apiKey },
      );
      expect(exportReadiness).toMatchObject({
        ready: false,
        blockers: [{ code: 'MISSING_PERMISSIONS', remediation: { url: issue.remediation.url } }],
      });
    }

    const link = new URL(issue.remediation.url!);
    const opened = await fetch(`${baseUrl}${link.pathname}${link.search}`, { redirect: 'manual' });
    const dialog = new URL(opened.headers.get('location')!);
    expect(dialog.searchParams.get('auth_type')).toBe('rerequest');
    expect(dialog.searchParams.get('scope')!.split(',')).toEqual(expect.arrayContaining(['ads_management', 'ads_read']));

    const code = s.codeFor(userId, ['ads_management', 'ads_read']);
    const { completeFacebookOAuth: again } = await gql(
      s.app,
      CompleteFacebookOAuth,
      { input: { code, state: dialog.searchParams.get('state')! } },
      { apiKey: s.apiKey },
    );
    expect(again).toMatchObject({ reauthorized: true, authorization: { tokenStatus: { state: 'VALID', expiredScopes: [] } } });
  });
});
