import { describe, expect, it } from 'vitest';
import { openDashboard, useBrowser, type Dashboard } from './support.ts';

useBrowser();

/** New authorization → Facebook user, in this tab: the page goes to the sandbox's dialog. */
async function startRedirect(label: string): Promise<Dashboard> {
  const d = await openDashboard('/authorizations/new');
  await d.page.getByLabel('Label').fill(label);
  await d.page.getByLabel('In this tab (redirect)').check();
  await d.page.getByRole('button', { name: 'Connect a Facebook user' }).click();
  return d;
}

describe('dashboard: connecting a Facebook user in the same tab (redirect)', () => {
  it('goes to the dialog and comes back to the new authorization', { timeout: 90_000 }, async () => {
    const d = await startRedirect('Jane by redirect');
    // The sandbox's dialog, in this tab.
    await d.page.getByRole('button', { name: 'Continue as Jane Advertiser' }).click();

    await d.page.getByRole('heading', { name: /Jane by redirect/ }).waitFor();
    expect(new URL(d.page.url()).pathname).toMatch(/^\/authorizations\/[^/]+$/);
    expect(await d.page.getByRole('heading', { level: 1 }).textContent()).toContain('Healthy');
  });

  it('a Cancel in the dialog comes back to the form, which says nothing was saved', { timeout: 90_000 }, async () => {
    const d = await startRedirect('Cancelled by redirect');
    await d.page.getByRole('button', { name: 'Cancel' }).click();

    await d.page.getByRole('alert').filter({ hasText: 'The Facebook connection was cancelled. Nothing was saved.' }).waitFor();
    expect((await d.graphql('{ authorizations { totalCount } }')).data.authorizations.totalCount).toBe(0);
  });
});
