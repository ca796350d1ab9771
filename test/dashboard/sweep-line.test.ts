import { describe, expect, it } from 'vitest';
import { openDashboard, useBrowser } from './support.ts';

useBrowser();

describe('dashboard: the health sweep under the counts', () => {
  it('says that no sweep has run when the schedule is off', { timeout: 90_000 }, async () => {
    const d = await openDashboard('/');
    await d.page.getByTestId('sweep-line').filter({ hasText: 'No health sweep has run yet.' }).waitFor();
  });

  it('says when the last sweep finished and when the next one runs', { timeout: 90_000 }, async () => {
    // serve sweeps once at start, then every hour.
    const d = await openDashboard('/', { ADSAUTH_SWEEP_INTERVAL: '1h' });
    const line = d.page.getByTestId('sweep-line').filter({ hasText: /^Last health sweep finished .+\. Next .+\.$/ });
    // The first sweep may still be running when the page loads: the page reads a running sweep again until it ends.
    await line.waitFor();
    const status = await d.graphql('{ sweep { running lastRun { checked } nextRunAt } }');
    expect(status.data.sweep).toMatchObject({ running: false, lastRun: { checked: 0 } });
    expect(status.data.sweep.nextRunAt).not.toBeNull();
  });
});
