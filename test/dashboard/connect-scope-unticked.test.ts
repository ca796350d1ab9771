import { describe, expect, it } from 'vitest';
import { clickAndWaitForClose, clickForPopup, openDashboard, useBrowser } from './support.ts';

useBrowser();

describe('dashboard: connecting a Facebook user who unticks a scope', () => {
  it(
    'the popup closes, the authorization is saved with missing permissions and the scope under Declined',
    { timeout: 90_000 },
    async () => {
      const d = await openDashboard();
      await d.page.getByRole('link', { name: 'New authorization' }).click();
      await d.page.getByLabel('Label').fill('Jane without ads_management');
      const popup = await clickForPopup(d.page, 'Connect a Facebook user');
      // Sandbox mode asks with plain Facebook Login scopes, so each permission can be unticked
      // (a Login for Business configuration would be all or nothing).
      const needed = popup.getByRole('checkbox', { name: 'ads_management' });
      await needed.uncheck();
      expect(await needed.isChecked()).toBe(false);
      await clickAndWaitForClose(popup, 'Continue as Jane Advertiser');

      await d.page.getByRole('status').filter({ hasText: 'is saved' }).waitFor();
      await d.page.getByRole('link', { name: 'Open the authorization' }).click();
      await d.page.getByRole('heading', { name: /Jane without ads_management/ }).waitFor();
      expect(await d.page.getByRole('heading', { level: 1 }).textContent()).toContain('Unhealthy');
      await d.page.getByRole('list', { name: 'Declined' }).getByText('ads_management').waitFor();
      await d.screenshot('connect-scope-unticked');
      const body = await d.graphql('{ authorizations { edges { node { tokenStatus { state missingScopes declinedScopes } } } } }');
      expect(body.data.authorizations.edges[0].node.tokenStatus).toEqual({
        state: 'MISSING_PERMISSIONS',
        missingScopes: ['ads_management'],
        declinedScopes: ['ads_management'],
      });
    },
  );
});
