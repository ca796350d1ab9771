import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/spawn.ts';

describe('adsauth --help', () => {
  it('lists every command', async () => {
    const result = await runCli(['--help']);
    expect(result.code).toBe(0);
    for (const command of ['serve', 'migrate', 'sandbox', 'api-keys']) expect(result.stdout).toMatch(new RegExp(`^  ${command} +\\S`, 'm'));
  });

  it.each([
    ['serve', /^adsauth serve\n/],
    ['migrate', /^adsauth migrate\n/],
    ['sandbox', /^adsauth sandbox \[--port N\] \[--host H\] \[--empty\]\n/],
    ['api-keys', /^adsauth api-keys create --workspace NAME --name NAME.*\nadsauth api-keys list.*\nadsauth api-keys revoke ID\n/],
  ])('%s --help prints its usage and starts nothing', async (command, usage) => {
    const result = await runCli([command, '--help'], { env: { PORT: 'not even read' } });
    expect({ code: result.code, stderr: result.stderr }).toEqual({ code: 0, stderr: '' });
    expect(result.stdout).toMatch(usage);
  });

  it('an unknown command or flag is a usage error: exit 2, one message', async () => {
    const unknown = await runCli(['serv']);
    expect([unknown.code, unknown.stderr]).toEqual([2, 'adsauth: unknown command "serv"; run "adsauth --help"\n']);
    const badFlag = await runCli(['migrate', '--force']);
    expect(badFlag.code).toBe(2);
    expect(badFlag.stderr).toMatch(/^adsauth: Unknown option '--force'/);
    expect(badFlag.stderr).toContain('adsauth migrate');
  });
});
