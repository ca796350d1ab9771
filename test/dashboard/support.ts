// Real Chromium (Debian's /usr/bin/chromium, driven by playwright-core) against a real `adsauth serve`
// in sandbox mode, over HTTP: the dashboard exactly as a person sees it.
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { ROOT, startServe, tempDir, type ServingProcess } from '../helpers/spawn.ts';

export const ARTIFACTS = join(ROOT, 'test-artifacts');
/** Browser actions wait for their selectors up to this; a busy machine is slow, never a reason to fail. */
const ACTION_TIMEOUT_MS = 30_000;

let browser: Browser;

/** The browser of the running test file, for tests that open their own contexts. */
export const currentBrowser = (): Browser => browser;

/** One browser per test file; closed after it. */
export function useBrowser(): void {
  beforeAll(async () => {
    const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
    if (!existsSync(executablePath)) {
      throw new Error(
        `The dashboard tests need Chromium at ${executablePath}: install Debian's package (apt-get install chromium), or set CHROMIUM_PATH.`,
      );
    }
    browser = await chromium.launch({ executablePath });
  });
  afterAll(async () => {
    await browser?.close();
  });
}

export interface Dashboard {
  gateway: ServingProcess;
  page: Page;
  /** The Graph sandbox's base URL, for its control API. */
  sandboxUrl: string;
  apiKey: string;
  /** POST to the sandbox's control API. */
  control(path: string, body: unknown): Promise<any>;
  /** A GraphQL request with the sandbox key, as another client of the same workspace. */
  graphql(query: string, variables?: Record<string, unknown>): Promise<any>;
  screenshot(name: string): Promise<void>;
}

/** A fresh gateway in sandbox mode (its own database; no sweep unless `env` says so) and a page open on its dashboard. */
export async function openDashboard(path = '/', env: Record<string, string> = {}): Promise<Dashboard> {
  const dir = tempDir();
  const gateway = await startServe({
    env: { ADSAUTH_DATABASE: join(dir, 'adsauth.db'), PORT: '0', ADSAUTH_SWEEP_INTERVAL: '0', ...env },
    timeoutMs: 30_000,
  });
  const sandboxUrl = /Sandbox control API: (http:\/\/[^/\s]+)/.exec(gateway.stdout())![1]!;
  const apiKey = /API key:\s+(\S+)/.exec(gateway.stdout())![1]!;
  const context = await browser.newContext({ viewport: { width: 1280, height: 860 } });
  const page = await context.newPage();
  page.setDefaultTimeout(ACTION_TIMEOUT_MS);
  await page.goto(gateway.url + path);
  const json = async (response: Response) => ({ status: response.status, ...((await response.json()) as object) });
  return {
    gateway,
    page,
    sandboxUrl,
    apiKey,
    control: async (controlPath, body) =>
      json(
        await fetch(`${sandboxUrl}/__sandbox/${controlPath}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(body),
        }),
      ),
    graphql: async (query, variables) =>
      json(
        await fetch(`${gateway.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${apiKey}` },
          body: JSON.stringify({ query, variables }),
        }),
      ),
    screenshot: async (name) => {
      mkdirSync(ARTIFACTS, { recursive: true });
      await page.screenshot({ path: join(ARTIFACTS, `dashboard-${name}.png`), fullPage: true });
    },
  };
}

/** Clicks a button that opens a popup and returns that popup (the wait starts before the click, so it cannot be missed). */
export async function clickForPopup(page: Page, button: string): Promise<Page> {
  const opened = page.waitForEvent('popup');
  await page.getByRole('button', { name: button }).click();
  return opened;
}

/** The popup can close before a listener added after the click would see it, so the wait starts first. */
export async function clickAndWaitForClose(popup: Page, button: string): Promise<void> {
  const closed = popup.waitForEvent('close');
  await popup.getByRole('button', { name: button }).click();
  await closed;
}

/** The demo world's admin system user in Acme Agency BM: its ad accounts include the odd ones (disabled, terms not accepted). */
export const ACME_ADMIN_SYSTEM_USER = '300000000000001';
