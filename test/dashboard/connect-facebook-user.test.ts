import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { clickAndWaitForClose, clickForPopup, openDashboard, useBrowser } from './support.ts';

useBrowser();

/** New authorization → Facebook user → the sandbox's dialog in a popup, where Jane (the first user) is picked. */
async function startConnect(page: Page, label: string): Promise<Page> {
  await page.getByRole('link', { name: 'New authorization' }).click();
  await page.getByLabel('Label').fill(label);
  const popup = await clickForPopup(page, 'Connect a Facebook user');
  await popup.getByRole('button', { name: 'Continue as Jane Advertiser' }).waitFor();
  return popup;
}

describe('dashboard: connecting a Facebook user through the dialog', () => {
  it('allow: the popup closes, the authorization is saved healthy, and the list shows it', { timeout: 90_000 }, async () => {
    const d = await openDashboard();
    await d.page.getByRole('heading', { name: 'Authorizations', exact: true }).waitFor();
    await d.screenshot('authorizations-empty');
    const popup = await startConnect(d.page, 'Jane main');
    await d.screenshot('new-authorization');
    await clickAndWaitForClose(popup, 'Continue as Jane Advertiser');

    await d.page.getByRole('status').filter({ hasText: 'is saved' }).waitFor();
    await d.page.getByRole('link', { name: 'Open the authorization' }).click();
    await d.page.getByRole('heading', { name: /Jane main/ }).waitFor();
    expect(await d.page.getByRole('heading', { level: 1 }).textContent()).toContain('Healthy');
    await d.page.getByRole('list', { name: 'Granted' }).getByText('ads_management').waitFor();

    await d.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Authorizations' }).click();
    const row = d.page.getByRole('row').filter({ hasText: 'Jane main' });
    await row.waitFor();
    expect(await row.getAttribute('data-health')).toBe('HEALTHY');
    expect(await row.textContent()).toContain('Jane Advertiser');
  });

  it('cancel: the dashboard says nothing was connected, and nothing is saved', { timeout: 90_000 }, async () => {
    const d = await openDashboard();
    const popup = await startConnect(d.page, 'Cancelled one');
    await clickAndWaitForClose(popup, 'Cancel');

    await d.page
      .getByRole('alert')
      .filter({ hasText: /cancel|denied|declined/i })
      .waitFor();
    const body = await d.graphql('{ authorizations { totalCount } }');
    expect(body.data.authorizations.totalCount).toBe(0);
  });
});
