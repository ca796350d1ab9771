import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it, onTestFinished } from 'vitest';
import { verifySignature } from '../../src/services/notifications/webhook-signature.ts';
import { ACME_ADMIN_SYSTEM_USER, openDashboard, useBrowser } from './support.ts';

useBrowser();

/** An endpoint on loopback (sandbox mode lets webhooks reach private addresses) that answers 204 to each delivery. */
async function startReceiver() {
  const received: { headers: IncomingMessage['headers']; raw: string; body: any }[] = [];
  const waiters: (() => void)[] = [];
  const server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString()));
    request.on('end', () => {
      received.push({ headers: request.headers, raw: body, body: JSON.parse(body) });
      response.writeHead(204).end();
      waiters.splice(0).forEach((wake) => wake());
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  onTestFinished(() => new Promise<void>((resolve) => server.close(() => resolve())));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/adsauth`,
    received,
    /** Resolves once a delivery of this event type has arrived. */
    async delivery(type: string) {
      while (!received.some((entry) => entry.body.type === type)) await new Promise<void>((wake) => waiters.push(wake));
      return received.find((entry) => entry.body.type === type)!;
    },
  };
}

describe('dashboard: a webhook delivery', () => {
  it('is signed with the secret the page showed once, and logged', { timeout: 120_000 }, async () => {
    const receiver = await startReceiver();
    const d = await openDashboard('/webhooks');
    await d.page.getByRole('heading', { name: 'Add a webhook' }).waitFor();
    await d.page.getByText('No webhooks yet.').waitFor();

    // A refused URL is said in the form's words, not the API's field name.
    await d.page.getByLabel('Endpoint URL').fill('http://hooks.example.com/adsauth');
    await d.page.getByRole('button', { name: 'Add webhook' }).click();
    await d.page
      .getByRole('alert')
      .filter({ hasText: /^The endpoint URL must use https/ })
      .waitFor();

    await d.page.getByLabel('Endpoint URL').fill(receiver.url);
    await d.page.getByRole('button', { name: 'Add webhook' }).click();
    const secret = d.page.getByRole('status').filter({ hasText: 'Signing secret, shown this once' });
    await secret.waitFor();
    const signingSecret = (await secret.locator('code').textContent())!;
    expect(signingSecret).toMatch(/^whsec_\S{20,}$/);
    const card = d.page.getByRole('region', { name: receiver.url });
    await card.getByText('No deliveries yet.').waitFor();

    // An authorization added by another client is delivered; a reload shows it in the delivery log.
    const token = await d.control('tokens', { type: 'SYSTEM_USER', userId: ACME_ADMIN_SYSTEM_USER });
    await d.graphql('mutation ($input: RegisterSystemUserTokenInput!) { registerSystemUserToken(input: $input) { __typename } }', {
      input: { label: 'Acme BM', accessToken: token.accessToken },
    });
    const delivery = await receiver.delivery('authorization.created');
    // Signed with the secret the page showed.
    const header = delivery.headers['adsauth-signature'] as string;
    expect(verifySignature({ header, body: delivery.raw, secret: signingSecret, nowSeconds: Math.floor(Date.now() / 1000) })).toBe(true);
    await d.page.reload();
    await card
      .getByRole('table', { name: /^Delivery log/ })
      .getByRole('row')
      .filter({ hasText: 'Authorization created' })
      .waitFor();
    await d.screenshot('webhooks-with-deliveries');

    await card.getByRole('button', { name: 'Delete' }).click();
    await card.waitFor({ state: 'detached' });
    await d.page.getByText('No webhooks yet.').waitFor();
    expect((await d.graphql('{ webhooks { totalCount } }')).data.webhooks.totalCount).toBe(0);
  });
});
