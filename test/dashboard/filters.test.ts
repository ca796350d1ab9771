import { describe, expect, it } from 'vitest';
import { ACME_ADMIN_SYSTEM_USER, openDashboard, useBrowser, type Dashboard } from './support.ts';

useBrowser();

const ACME_EMPLOYEE_SYSTEM_USER = '300000000000002';
const REGISTER = `mutation ($input: RegisterSystemUserTokenInput!) {
  registerSystemUserToken(input: $input) { __typename }
}`;

/** A system-user authorization added by another client of the workspace. */
async function register(d: Dashboard, label: string, userId: string, expiresInSeconds?: number): Promise<string> {
  const token = await d.control('tokens', { type: 'SYSTEM_USER', userId, expiresInSeconds });
  const added = await d.graphql(REGISTER, { input: { label, accessToken: token.accessToken } });
  expect(added.data.registerSystemUserToken.__typename).toBe('RegisterSystemUserTokenPayload');
  return token.accessToken;
}

describe('dashboard: filtering the authorizations', () => {
  it('by owner, picked from a row, and by expiry', { timeout: 120_000 }, async () => {
    const d = await openDashboard();
    await register(d, 'Acme admin', ACME_ADMIN_SYSTEM_USER);
    await register(d, 'Acme reporting', ACME_EMPLOYEE_SYSTEM_USER, 3 * 24 * 3600);
    const rows = d.page.getByRole('row').filter({ has: d.page.getByRole('rowheader') });
    const admin = rows.filter({ hasText: 'Acme admin' });
    const reporting = rows.filter({ hasText: 'Acme reporting' });
    await admin.waitFor();
    await reporting.waitFor();

    // A click on the owner lists only that owner's authorizations, until the filter is cleared.
    await admin.getByRole('button', { name: 'adsauth API (admin)' }).click();
    await reporting.waitFor({ state: 'detached' });
    await d.page.getByText('Owner: adsauth API (admin)').waitFor();
    expect(await rows.count()).toBe(1);
    await d.screenshot('authorizations-owner-filter');
    await d.page.getByRole('button', { name: 'Show every owner, not only adsauth API (admin)' }).click();
    await reporting.waitFor();
    expect(await rows.count()).toBe(2);

    // Only the token that expires in 3 days expires within 7.
    await d.page.getByLabel('Expires').selectOption({ label: 'Within 7 days' });
    await admin.waitFor({ state: 'detached' });
    expect(await rows.count()).toBe(1);
    expect(await reporting.count()).toBe(1);
    await d.page.getByLabel('Expires').selectOption({ label: 'Any time or never' });
    await admin.waitFor();
  });

  it('by health and by method', { timeout: 120_000 }, async () => {
    const d = await openDashboard();
    await register(d, 'Acme admin', ACME_ADMIN_SYSTEM_USER);
    const broken = await register(d, 'Acme reporting', ACME_EMPLOYEE_SYSTEM_USER);
    const rows = d.page.getByRole('row').filter({ has: d.page.getByRole('rowheader') });
    const admin = rows.filter({ hasText: 'Acme admin' });
    const reporting = rows.filter({ hasText: 'Acme reporting' });
    await admin.waitFor();
    await reporting.waitFor();

    // Broken at "Facebook" and checked by another client: only that one is unhealthy.
    await d.control('tokens/invalidate', { accessToken: broken, subcode: 460 });
    const listed = await d.graphql('{ authorizations { edges { node { id label } } } }');
    const { id } = listed.data.authorizations.edges.map((edge: any) => edge.node).find((node: any) => node.label === 'Acme reporting');
    const checked = await d.graphql('mutation ($id: ID!) { refreshAuthorization(input: { id: $id }) { __typename } }', { id });
    expect(checked.data.refreshAuthorization.__typename).toBe('AuthorizationPayload');
    await d.page.getByRole('search').getByLabel('Health').selectOption({ label: 'Unhealthy' });
    await admin.waitFor({ state: 'detached' });
    expect(await rows.count()).toBe(1);
    expect(await reporting.count()).toBe(1);
    await d.page.getByRole('search').getByLabel('Health').selectOption({ label: 'Any health' });
    await admin.waitFor();

    // Both are system users: no authorization was made with Login for Business.
    await d.page.getByRole('search').getByLabel('Method').selectOption({ label: 'Login for Business' });
    await d.page.getByText('No authorizations match.').waitFor();
    expect(await rows.count()).toBe(0);
    await d.page.getByRole('search').getByLabel('Method').selectOption({ label: 'System user' });
    await admin.waitFor();
    await reporting.waitFor();
    expect(await rows.count()).toBe(2);
  });
});
