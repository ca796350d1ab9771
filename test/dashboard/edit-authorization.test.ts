import { describe, expect, it } from 'vitest';
import { ACME_ADMIN_SYSTEM_USER, openDashboard, useBrowser } from './support.ts';

useBrowser();

describe('dashboard: editing an authorization', () => {
  it('a refused label is named as the form names it; a good one is saved and shown', { timeout: 90_000 }, async () => {
    const d = await openDashboard('/');
    const token = await d.control('tokens', { type: 'SYSTEM_USER', userId: ACME_ADMIN_SYSTEM_USER });
    const registered = await d.graphql(
      'mutation ($input: RegisterSystemUserTokenInput!) { registerSystemUserToken(input: $input) { ... on RegisterSystemUserTokenPayload { authorization { id } } } }',
      { input: { label: 'Acme BM', accessToken: token.accessToken } },
    );
    const id: string = registered.data.registerSystemUserToken.authorization.id;
    await d.page.goto(`${d.gateway.url}/authorizations/${encodeURIComponent(id)}`);
    await d.page.getByRole('heading', { name: /Acme BM/ }).waitFor();

    await d.page.getByRole('button', { name: 'Edit' }).click();
    const dialog = d.page.getByRole('dialog', { name: 'Edit authorization' });
    // Blanks pass the browser's `required`; the gateway refuses the trimmed, empty label.
    await dialog.getByLabel('Label').fill('   ');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await dialog
      .getByRole('alert')
      .filter({ hasText: /^The label must not be empty$/ })
      .waitFor();

    await dialog.getByLabel('Label').fill('Acme renamed');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await d.page.getByRole('heading', { level: 1, name: /Acme renamed/ }).waitFor();
    const saved = await d.graphql('query ($id: ID!) { authorization(id: $id) { label } }', { id });
    expect(saved.data.authorization.label).toBe('Acme renamed');
  });
});
