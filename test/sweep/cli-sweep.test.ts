import { describe, expect, it } from 'vitest';
import { SWEEP_EXIT } from '../../src/cli/sweep.ts';
import { CLI, runCli, spawnTs, tempDir, type Finished } from '../helpers/spawn.ts';
import { setupLiveSweep } from './live-support.ts';

describe('adsauth sweep', () => {
  it('is listed, and its --help explains the exit codes', async () => {
    const [top, help] = await Promise.all([runCli(['--help']), runCli(['sweep', '--help'])]);
    expect(top.stdout).toMatch(/^ {2}sweep +check every authorization once/m);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^adsauth sweep \[--workspace NAME\]/);
    expect(help.stdout).toMatch(/3 another sweep holds the lease, 4 stopped early/);
  });

  it('refuses sandbox mode with one line: serve sweeps there', async () => {
    const dir = tempDir();
    const result = await runCli(['sweep'], { cwd: dir, env: { ADSAUTH_DATABASE: `${dir}/adsauth.db` } });
    expect(result.code).toBe(1);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/^adsauth: sweep needs a Facebook app to ask/);
  });

  it('sweeps every authorization, prints the summary without a progress bar when stdout is not a terminal, exits 0, and never prints a token', async () => {
    const live = await setupLiveSweep({ count: 120 });
    live.world.expireToken(live.seeded[0]!.token);

    const result = await runCli(['sweep'], { env: { ...live.env, LOG_LEVEL: 'info' }, cwd: live.dir, timeoutMs: 60_000 });

    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toBe(
      [
        'Sweep finished: 120 checked, 1 changed, 0 failed (120 of 120 authorizations visited by this run).',
        'Tokens renewed: 0, renewals that did not extend the expiry: 0, renewals failed: 0.',
        'Ad accounts resynced: 119, failed: 0, deferred by throttling: 0.',
        'Expiry warnings sent: 0. History events pruned: 0.',
        '',
      ].join('\n'),
    );
    // ⌈120/50⌉ batch requests of debug_token, then ⌈119/50⌉ of me/adaccounts.
    expect(live.world.counters().byEndpoint['POST batch']).toBe(6);
    // Logs go to stderr, as JSON, and name no token.
    expect(result.stderr).toMatch(/"msg":"sweep finished"/);
    for (const { token } of live.seeded) expect(result.stdout + result.stderr).not.toContain(token);
  });

  it('--workspace limits the sweep to one workspace; an unknown name is an error', async () => {
    const live = await setupLiveSweep({ count: 2 });
    const unknown = await runCli(['sweep', '--workspace', 'Globex'], { env: live.env, cwd: live.dir });
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toBe('adsauth: no workspace is named "Globex"\n');
    const known = await runCli(['sweep', '--workspace', 'Acme'], { env: live.env, cwd: live.dir });
    expect(known.code).toBe(0);
    expect(known.stdout).toMatch(/^Sweep finished: 2 checked/);
  });

  it('SIGTERM stops it after the current window with exit code 4; the next run resumes', async () => {
    const live = await setupLiveSweep({ count: 200, scopes: ['public_profile'] });
    live.world.setFaults({ latencyMs: 200 });
    const child = spawnTs(CLI, ['sweep'], { env: { ...live.env, ADSAUTH_SWEEP_CONCURRENCY: '1' }, cwd: live.dir });
    let stdout = '';
    child.stdout!.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    const exited = new Promise<Finished>((resolve) => child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr: '' })));
    const deadline = Date.now() + 20_000;
    while (live.count('select count(*) as n from authorizations where last_swept_run_id is not null') === 0 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    child.kill('SIGTERM');
    const result = await exited;
    expect(result.code).toBe(SWEEP_EXIT.INCOMPLETE);
    expect(result.stdout).toMatch(/^Sweep stopped: \d+ checked/);
    expect(result.stdout).toMatch(/Stopped by a signal; run the sweep again to resume\./);
    const visited = live.count('select count(*) as n from authorizations where last_swept_run_id is not null');
    expect(visited).toBeLessThan(200);
    live.world.setFaults({ latencyMs: 0 });
    const next = await runCli(['sweep'], { env: live.env, cwd: live.dir });
    expect(next.stdout).toMatch(
      new RegExp(
        `^Sweep finished: ${200 - visited} checked, 0 changed, 0 failed \\(200 of 200 authorizations visited by this run, resumed\\)`,
      ),
    );
  });
});
