import { loadConfig } from '../config.ts';
import { stopOnSignal, type Command } from './command.ts';

export const serveCommand: Command = {
  summary: 'start the gateway (sandbox mode when no Facebook app is configured)',
  usage: `adsauth serve

Starts the GraphQL gateway on HOST:PORT (PORT=0 picks a free port; the real URL is printed).
Without FACEBOOK_APP_ID and FACEBOOK_APP_SECRET it runs in sandbox mode: an embedded Graph sandbox
with a demo world, GraphiQL, and a ready-to-use API key. Settings come from the environment and
./.env (see README: Configuration). SIGTERM or SIGINT stops it gracefully.`,
  run: async () => {
    const config = loadConfig();
    const { startServer } = await import('../server.ts');
    const starting = startServer(config);
    // Handlers go in first, so a signal that arrives during start-up still stops gracefully.
    stopOnSignal(async () => (await starting).close());
    await starting;
  },
};
