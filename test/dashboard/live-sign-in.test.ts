// Live mode: the dashboard asks for an API key, checks it with the gateway, and keeps it in this tab only.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { liveEnv, runCli, startServe, tempDir } from '../helpers/spawn.ts';
import { currentBrowser, useBrowser } from './support.ts';

useBrowser();

/** A live-mode gateway on its own database, with one VIEWER key that the CLI created. */
async function liveGatewayWithKey() {
  const dir = tempDir();
  const env = liveEnv(dir);
  const cli = (args: string[]) => runCli(args, { cwd: dir, env, timeoutMs: 60_000 });
  const created = await cli(['api-keys', 'create', '--workspace', 'Acme', '--name', 'dashboard', '--role', 'VIEWER']);
  expect([created.code, created.stderr]).toEqual([0, '']);
  const [summary, , apiKey] = created.stdout.trim().split('\n');
  const keyId = /\(id ([0-9a-f-]{36})\)/.exec(summary!)![1]!;
  const gateway = await startServe({ cwd: dir, env, timeoutMs: 60_000 });
  return { gateway, apiKey: apiKey!, keyId, cli };
}

/** A page in a browser context of its own (its own session storage), open on `url`. */
async function openInNewContext(url: string): Promise<Page> {
  const page = await (await currentBrowser().newContext()).newPage();
  page.setDefaultTimeout(30_000);
  await page.goto(url);
  return page;
}

describe('dashboard in live mode', () => {
  it('asks for an API key, refuses a wrong one, keeps a good one for the tab only, and signs out', { timeout: 120_000 }, async () => {
    const { gateway, apiKey } = await liveGatewayWithKey();
    const page = await openInNewContext(gateway.url + '/');
    const context = page.context();
    const signIn = page.getByRole('heading', { name: 'Sign in to adsauth' });
    await signIn.waitFor();
    expect(await page.getByRole('link', { name: 'Authorizations' }).count()).toBe(0);

    await page.getByLabel('API key').fill('adsk_not-a-key-of-this-gateway');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('alert').filter({ hasText: 'This API key is not valid' }).waitFor();
    expect(await page.evaluate(() => sessionStorage.length)).toBe(0);

    await page.getByLabel('API key').fill(apiKey);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: 'Authorizations', exact: true }).waitFor();
    expect(await page.evaluate(() => ({ session: Object.values(sessionStorage), local: localStorage.length }))).toEqual({
      session: [apiKey],
      local: 0,
    });
    expect(await context.cookies()).toEqual([]);

    // A reload of the tab stays signed in; another browser session starts signed out.
    await page.reload();
    await page.getByRole('heading', { name: 'Authorizations', exact: true }).waitFor();
    const other = await openInNewContext(gateway.url + '/app');
    await other.getByRole('heading', { name: 'Sign in to adsauth' }).waitFor();

    await page.getByRole('button', { name: 'Sign out' }).click();
    await signIn.waitFor();
    expect(await page.evaluate(() => sessionStorage.length)).toBe(0);
  });

  it('asks again, with a notice, once the gateway no longer accepts the key it kept', { timeout: 120_000 }, async () => {
    const { gateway, apiKey, keyId, cli } = await liveGatewayWithKey();
    const page = await openInNewContext(gateway.url + '/');
    await page.getByLabel('API key').fill(apiKey);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: 'Authorizations', exact: true }).waitFor();

    // Revoked by another process: the gateway trusts a key it has seen for up to a second, so the
    // pages are visited until a request is refused, however long that takes.
    const revoked = await cli(['api-keys', 'revoke', keyId]);
    expect(revoked.code).toBe(0);
    const notice = page.getByRole('alert').filter({ hasText: 'The gateway no longer accepts that API key. Sign in with a valid one.' });
    const nav = page.getByRole('navigation', { name: 'Main' });
    for (let visit = 0; !(await notice.isVisible()); visit++) {
      const link = nav.getByRole('link', { name: visit % 2 ? 'Authorizations' : 'App' });
      // The page may turn into the sign-in form under the click: then the loop ends on the notice.
      if (await link.isVisible()) await link.click({ timeout: 2_000 }).catch(() => undefined);
    }
    await page.getByRole('heading', { name: 'Sign in to adsauth' }).waitFor();
    expect(await page.evaluate(() => sessionStorage.length)).toBe(0);
  });
});
