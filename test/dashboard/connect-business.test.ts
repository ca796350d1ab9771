import { describe, expect, it } from 'vitest';
import { clickAndWaitForClose, clickForPopup, openDashboard, useBrowser } from './support.ts';

useBrowser();

describe('dashboard: connecting a business with Login for Business', () => {
  it('the admin picks the business and two of its ad accounts; the authorization reaches only those', { timeout: 120_000 }, async () => {
    const d = await openDashboard('/authorizations/new');
    await d.page.getByLabel('Login for Business').check();
    await d.page.getByLabel('Label').fill('Acme via Login for Business');
    const popup = await clickForPopup(d.page, 'Connect a business');

    // The dialog opens on its first person (Jane) and her first business (Acme Agency BM).
    await popup.getByRole('heading', { name: 'Business portfolio' }).waitFor();
    const assets = popup.getByRole('checkbox');
    await assets.first().waitFor();
    const shared = ['400000000000001', '400000000000002'];
    for (const box of await assets.all()) {
      const label = (await box.locator('xpath=..').textContent()) ?? '';
      if (!shared.some((id) => label.includes(`act_${id}`))) await box.uncheck();
    }
    await clickAndWaitForClose(popup, 'Connect Acme Agency BM');

    await d.page.getByRole('status').filter({ hasText: 'is saved' }).waitFor();
    await d.page.getByRole('link', { name: 'Open the authorization' }).click();
    await d.page.getByRole('heading', { name: /Acme via Login for Business/ }).waitFor();
    expect(await d.page.getByRole('heading', { level: 1 }).textContent()).toContain('Healthy');
    for (const id of shared)
      await d.page
        .getByRole('row')
        .filter({ hasText: `act_${id}` })
        .waitFor();
    await d.page.getByRole('listitem').filter({ hasText: 'Created' }).waitFor();
    await d.screenshot('authorization-detail-business');

    const listed = await d.graphql(
      '{ authorizations { edges { node { method adAccounts(first: 50) { totalCount edges { node { accountId } } } } } } }',
    );
    const [node] = listed.data.authorizations.edges.map((edge: any) => edge.node);
    expect(node.method).toBe('BUSINESS_INTEGRATION');
    expect(node.adAccounts.edges.map((edge: any) => edge.node.accountId).sort()).toEqual(shared);
  });
});
