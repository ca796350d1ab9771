import { createEventRepository } from '../../src/repositories/events.ts';
import type { SweepOptions } from '../../src/services/sweep/module.ts';
import type { SweepSettings } from '../../src/services/sweep/sweep.ts';
import { setupAuthorizationTest } from '../authorizations/support.ts';
import { DEFAULT_WORKSPACE, type TestApp, type TestAppOptions } from '../helpers/test-app.ts';
import { seedAuthorizations, type SeedOptions } from './seed.ts';

export type SweepTest = Awaited<ReturnType<typeof setupSweepTest>>;

/** A sandbox-backed test app, a seeder, and sweepers that wait out throttling by moving the test clock. */
export async function setupSweepTest(options: TestAppOptions = {}) {
  const t = await setupAuthorizationTest(options);
  const { db } = t.database;
  const workspaceId = t.services.workspaces.findByName(DEFAULT_WORKSPACE)!.id;
  const events = createEventRepository(db);

  function seed(seedOptions: Omit<SeedOptions, 'workspaceId'> & { workspaceId?: string }) {
    return seedAuthorizations({ db, cipher: t.kernel.cipher, world: t.world, now: t.clock.now() }, { workspaceId, ...seedOptions });
  }

  const sweeper = (sweepOptions: SweeperOptions = {}) => sweeperFor(t, sweepOptions);

  const row = (id: string) => t.services.authorizations.get(workspaceId, id)!;
  /** The events of one authorization, oldest first. */
  const eventsOf = (id: string) => events.historyPage(workspaceId, id, 1000).reverse();

  return { ...t, workspaceId, seed, sweeper, row, eventsOf };
}

export interface SweeperOptions {
  settings?: Partial<SweepSettings>;
  /** Told how long the sweep waits out a throttling pause, before the test clock moves on by that much. */
  onWait?: (ms: number) => void;
  /** Told when the wait ends: the sweep really yields for a moment first, so work still in flight could run. */
  onWaited?: (ms: number) => void;
  renewWithinDays?: number;
  /** Told when a stage of a window has committed; a throw there is a crash between two stages. */
  afterStage?: SweepOptions['afterStage'];
}

/**
 * A sweeper on the test app's database, Graph client and throttle guard, like a second process would
 * have (its own lease holder). Throttling pauses are waited out by moving the test clock.
 */
export function sweeperFor(t: TestApp, options: SweeperOptions = {}) {
  return t.app.newSweeper({
    settings: options.settings,
    renewWithinDays: options.renewWithinDays,
    afterStage: options.afterStage,
    wait: async (ms) => {
      options.onWait?.(ms);
      await new Promise((resolve) => setTimeout(resolve, 25));
      options.onWaited?.(ms);
      t.clock.advance(ms);
    },
  });
}
