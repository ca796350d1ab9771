import { out, stopOnSignal, UsageError, type Command } from './command.ts';

export const sandboxCommand: Command = {
  summary: 'run only the Graph sandbox',
  usage: `adsauth sandbox [--port N] [--host H] [--empty]

Runs only the Graph sandbox: a loopback HTTP server that behaves like graph.facebook.com, with a
control API under /__sandbox/. --port 0 (the default) picks a free port; --empty starts with no
demo world. SIGTERM or SIGINT stops it.`,
  options: { port: { type: 'string' }, host: { type: 'string' }, empty: { type: 'boolean' } },
  run: async (flags) => {
    const port = flags.port === undefined ? 0 : Number(flags.port);
    if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError('--port must be a number from 0 to 65535');
    const { startSandbox } = await import('../sandbox/sandbox.ts');
    const sandbox = await startSandbox({
      port,
      host: typeof flags.host === 'string' ? flags.host : '127.0.0.1',
      seed: flags.empty ? 'empty' : 'demo',
    });
    const { app } = sandbox.world;
    out(`Graph sandbox listening on ${sandbox.url}`);
    out(`  app id ${app.id}, app secret ${app.secret} (sandbox only), tier ${app.accessTier}`);
    out(`  control API: ${sandbox.url}/__sandbox/world`);
    stopOnSignal(() => sandbox.close());
  },
};
