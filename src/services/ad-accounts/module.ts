// Wires the ad-account use cases to their repositories: one call from the composition root.
import type { Db } from '../../../db/client.ts';
import type { Clock } from '../../clock.ts';
import type { GraphApi } from '../../graph/graph-api.ts';
import type { Logger } from '../../log.ts';
import { createAdAccountRepository } from '../../repositories/ad-accounts.ts';
import { createAuthorizationRepository } from '../../repositories/authorizations.ts';
import { createTransactionRunner } from '../../repositories/transaction.ts';
import type { AccountListService } from '../access-levels/account-list.ts';
import { createAdAccountQueries } from './ad-account-queries.ts';
import { createAdAccountRefreshService } from './ad-account-refresh.ts';
import { createAdAccountSyncService } from './ad-account-sync.ts';
import type { EventRecorder } from '../kernel/event-recorder.ts';
import type { ReconnectLinks } from '../kernel/reconnect-links.ts';
import type { TokenCipher } from '../kernel/token-cipher.ts';

export function createAdAccountServices(deps: {
  db: Db;
  graph: GraphApi;
  clock: Clock;
  log: Logger;
  cipher: TokenCipher;
  accountList: AccountListService;
  reconnectLinks: ReconnectLinks;
  recorder: Pick<EventRecorder, 'record'>;
  /** ADSAUTH_PIXEL_STALE_DAYS: a pixel silent for longer blocks web traffic exports. */
  pixelStaleDays: number;
}) {
  const { graph, clock, accountList } = deps;
  const { cipher } = deps;
  const authorizations = createAuthorizationRepository(deps.db);
  const adAccounts = createAdAccountRepository(deps.db);
  const transaction = createTransactionRunner(deps.db);
  return {
    adAccounts: createAdAccountQueries({
      authorizations,
      adAccounts,
      accountList,
      reconnectLinks: deps.reconnectLinks,
      clock,
      pixelStaleDays: deps.pixelStaleDays,
    }),
    adAccountSync: createAdAccountSyncService({
      graph,
      clock,
      log: deps.log,
      cipher,
      authorizations,
      adAccounts,
      transaction,
      recorder: deps.recorder,
    }),
    adAccountRefresh: createAdAccountRefreshService({
      graph,
      clock,
      cipher,
      authorizations,
      adAccounts,
      accountList,
      transaction,
      recorder: deps.recorder,
    }),
  };
}
