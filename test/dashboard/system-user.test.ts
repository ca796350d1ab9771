import { describe, expect, it } from 'vitest';
import { ACME_ADMIN_SYSTEM_USER, openDashboard, useBrowser } from './support.ts';

useBrowser();

describe('dashboard: a system-user token', () => {
  it(
    'is added, turns unhealthy live when broken, shows readiness blockers with their links, and is deleted',
    { timeout: 120_000 },
    async () => {
      const d = await openDashboard('/authorizations/new');
      const token = await d.control('tokens', { type: 'SYSTEM_USER', userId: ACME_ADMIN_SYSTEM_USER });

      // Add it.
      await d.page.getByLabel('Business Manager system user').check();
      await d.page.getByLabel('Label').fill('Acme BM');
      await d.page.getByLabel('Access token').fill(token.accessToken);
      await d.screenshot('new-authorization-system-user');
      await d.page.getByRole('button', { name: 'Add a system-user token' }).click();
      await d.page.getByRole('heading', { name: /Acme BM/ }).waitFor();
      expect(await d.page.getByRole('heading', { level: 1 }).textContent()).toContain('Healthy');

      // Readiness: account 09 has not accepted the Custom Audience terms; its blocker links to the acceptance page.
      const account09 = d.page.getByRole('row').filter({ hasText: 'act_400000000000009' });
      await account09.waitFor();
      expect(await account09.getByText('Blocked').count()).toBeGreaterThan(0);
      const termsLink = account09.getByRole('link').first();
      expect(await termsLink.getAttribute('href')).toMatch(/^https:\/\/.*facebook\.com\//);
      await d.screenshot('authorization-detail');
      const id = decodeURIComponent(new URL(d.page.url()).pathname.split('/').pop()!);

      // Break it at "Facebook", and have another client check it: the open list turns the row unhealthy live.
      await d.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Authorizations' }).click();
      const row = d.page.getByRole('row').filter({ hasText: 'Acme BM' });
      await d.page.locator('.live-on').waitFor();
      expect(await row.getAttribute('data-health')).toBe('HEALTHY');
      await d.control('tokens/invalidate', { accessToken: token.accessToken, subcode: 460 });
      const checked = await d.graphql('mutation ($id: ID!) { refreshAuthorization(input: { id: $id }) { __typename } }', { id });
      expect(checked.data.refreshAuthorization.__typename).toBe('AuthorizationPayload');
      await d.page.locator('tr[data-health="UNHEALTHY"]').filter({ hasText: 'Acme BM' }).waitFor();
      // The header is a query of its own, refetched on the same event: wait for it too.
      await d.page.getByTestId('summary-unhealthy').filter({ hasText: /^1$/ }).waitFor();
      await d.screenshot('authorizations');

      // Delete it.
      await row.getByRole('link', { name: 'Acme BM' }).click();
      await d.page.getByRole('button', { name: 'Delete', exact: true }).click();
      await d.page.getByRole('button', { name: 'Delete authorization' }).click();
      await d.page.getByRole('heading', { name: 'Authorizations', exact: true }).waitFor();
      await d.page.getByText('No authorizations match.').waitFor();
      expect((await d.graphql('{ authorizations { totalCount } }')).data.authorizations.totalCount).toBe(0);

      await d.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'App' }).click();
      await d.page.getByRole('heading', { name: 'Account list' }).waitFor();
      await d.screenshot('app');
      await d.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Webhooks' }).click();
      await d.page.getByRole('heading', { name: 'Add a webhook' }).waitFor();
      await d.screenshot('webhooks');
    },
  );
});
