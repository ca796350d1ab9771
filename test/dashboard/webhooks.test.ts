import { describe, expect, it } from 'vitest';
import { ACME_ADMIN_SYSTEM_USER, openDashboard, useBrowser } from './support.ts';

useBrowser();

const REGISTER = `mutation ($input: RegisterSystemUserTokenInput!) {
  registerSystemUserToken(input: $input) { __typename ... on RegisterSystemUserTokenPayload { authorization { id } } }
}`;
const DELETE = 'mutation ($id: ID!) { deleteAuthorization(input: { id: $id }) { __typename } }';
const DELIVERIES = '{ webhooks { edges { node { deliveries { totalCount } } } } }';

describe('dashboard: webhooks', () => {
  it('adds a webhook, shows its delivery log with the total, loads older deliveries, and deletes it', { timeout: 120_000 }, async () => {
    const d = await openDashboard();
    await d.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Webhooks' }).click();
    // Nothing listens on port 9: deliveries stay pending, with their last error.
    const url = 'http://127.0.0.1:9/adsauth';
    await d.page.getByLabel('Endpoint URL').fill(url);
    await d.page.getByRole('button', { name: 'Add webhook' }).click();
    const card = d.page.getByRole('region', { name: url });
    await card.getByText('No deliveries yet.').waitFor();

    // Each authorization added and deleted is two notification events: more than one page of the log.
    for (let i = 0; i < 11; i++) {
      const token = await d.control('tokens', { type: 'SYSTEM_USER', userId: ACME_ADMIN_SYSTEM_USER });
      const added = await d.graphql(REGISTER, { input: { label: `Hook test ${i}`, accessToken: token.accessToken } });
      expect(added.data.registerSystemUserToken.__typename).toBe('RegisterSystemUserTokenPayload');
      const deleted = await d.graphql(DELETE, { id: added.data.registerSystemUserToken.authorization.id });
      expect(deleted.data.deleteAuthorization.__typename).toBe('DeleteAuthorizationPayload');
    }
    const total: number = (await d.graphql(DELIVERIES)).data.webhooks.edges[0].node.deliveries.totalCount;
    expect(total).toBeGreaterThan(20);

    await d.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Authorizations' }).click();
    await d.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Webhooks' }).click();
    const rows = card.getByRole('table', { name: `Delivery log, ${total} deliveries` }).locator('tbody tr:has(td:nth-child(5))');
    await rows.nth(19).waitFor();
    expect(await rows.count()).toBe(20);
    expect(await card.getByText('Authorization deleted').count()).toBeGreaterThan(0);
    await d.screenshot('webhooks-log');
    await card.getByRole('button', { name: 'Show older deliveries' }).click();
    await rows.nth(total - 1).waitFor();
    expect(await rows.count()).toBe(total);
    expect(await card.getByRole('button', { name: 'Show older deliveries' }).count()).toBe(0);
    expect(await d.page.getByRole('alert').count()).toBe(0);

    await card.getByRole('button', { name: 'Delete' }).click();
    await d.page.getByText('No webhooks yet.').waitFor();
  });
});
