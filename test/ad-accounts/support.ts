import { decodeGlobalID } from '@pothos/plugin-relay';
import type { SandboxAdAccount } from '../../src/sandbox/types.ts';
import { setupAuthorizationTest } from '../authorizations/support.ts';
import type { TestAppOptions } from '../helpers/test-app.ts';

export type AdAccountTest = Awaited<ReturnType<typeof setupAdAccountTest>>;

type AccountPatch = Partial<Omit<SandboxAdAccount, 'accountId' | 'userTasks' | 'tosAccepted'>> & {
  tosAccepted?: Partial<SandboxAdAccount['tosAccepted']>;
};

/** The authorization test setup, plus ad accounts in the sandbox and shortcuts to the stored rows. */
export async function setupAdAccountTest(options: TestAppOptions = {}) {
  const s = await setupAuthorizationTest(options);
  const viewer = s.services.apiKeys.authenticate(s.apiKey)!;
  const actor = { workspaceId: viewer.workspaceId, name: viewer.apiKeyName };
  let counter = 0;

  /** `count` ad accounts in the sandbox on which `userId` has `tasks`; names sort in creation order. */
  function createAccounts(userId: string, count: number, patch: AccountPatch = {}, tasks = ['MANAGE', 'ADVERTISE', 'ANALYZE']) {
    return Array.from({ length: count }, () => {
      const n = String(++counter).padStart(4, '0');
      return s.world.createAdAccount({
        name: `Account ${n}`,
        businessId: s.business.id,
        currency: 'EUR',
        ...patch,
        userTasks: { [userId]: tasks },
      });
    });
  }

  /**
   * A pixel connected to the account in the sandbox that last fired `firedDaysAgo` days ago (null: never).
   * Web traffic exports need one that fired within ADSAUTH_PIXEL_STALE_DAYS.
   */
  function connectPixel(accountId: string, firedDaysAgo: number | null = 0, name = `Pixel of ${accountId}`) {
    const pixel = s.world.createPixel({ name });
    s.world.connectPixel(pixel.id, accountId);
    return firedDaysAgo === null ? pixel : s.world.firePixel(pixel.id, firedDaysAgo * 86_400);
  }

  /** A system user with `count` accounts, registered over GraphQL (which syncs through the hook). */
  async function systemUserWithAccounts(count: number, patch: AccountPatch = {}) {
    const { token, systemUser } = s.systemUserToken();
    const accounts = createAccounts(systemUser.id, count, patch);
    const { authorization } = await s.registerSystemUser({ token });
    return { token, systemUser, accounts, authorization, authorizationId: decodeGlobalID(authorization.id).id };
  }

  /** What the app has stored for an authorization (by its raw id), ordered by account id. */
  const stored = (authorizationId: string) => s.services.adAccounts.list(actor.workspaceId, authorizationId);
  const authorizationRow = (authorizationId: string) => s.services.authorizations.get(actor.workspaceId, authorizationId)!;
  const changes = (authorizationId: string) => s.services.adAccounts.changes(actor.workspaceId, authorizationId);
  const graphCount = (endpoint: string) => s.world.counters().byEndpoint[endpoint] ?? 0;

  /** The raw id behind a global id, for the service-level helpers below. */
  const rawId = (globalId: string) => decodeGlobalID(globalId).id;

  return { ...s, actor, rawId, createAccounts, connectPixel, systemUserWithAccounts, stored, authorizationRow, changes, graphCount };
}
