import { loadConfig } from '../config.ts';
import { out, type Command } from './command.ts';

export const migrateCommand: Command = {
  summary: 'apply database migrations',
  usage: `adsauth migrate

Applies pending database migrations to ADSAUTH_DATABASE (serve does this at start too).`,
  run: async () => {
    const config = loadConfig();
    const { migrateDatabase } = await import('../../db/client.ts');
    const { applied } = migrateDatabase(config.databaseFile);
    out(`${config.databaseFile}: ${applied} migration(s) applied, schema is up to date`);
  },
};
