// Seeds many authorizations at once, straight through the repositories and the token cipher (one
// transaction), for sweeps of hundreds or thousands of tokens. The tokens are real sandbox tokens.
import { randomUUID } from 'node:crypto';
import type { Db } from '../../db/client.ts';
import { REQUIRED_FOR_ALL_JOBS } from '../../src/domain/job-types.ts';
import { createAuthorizationRepository, type AuthorizationRow } from '../../src/repositories/authorizations.ts';
import { createTransactionRunner } from '../../src/repositories/transaction.ts';
import { tokenColumns } from '../../src/services/kernel/sealed-tokens.ts';
import type { TokenCipher } from '../../src/services/kernel/token-cipher.ts';
import type { SandboxWorld, SandboxTokenInfo } from '../../src/sandbox/types.ts';

export interface SeededAuthorization {
  row: AuthorizationRow;
  token: string;
  /** The sandbox user (or system user) behind the token. */
  userId: string;
}

export interface SeedOptions {
  count: number;
  workspaceId: string;
  /** Default: USER tokens, each of its own user, with ads_management and ads_read. */
  kind?: 'USER' | 'SYSTEM_USER';
  scopes?: string[];
  expiresInSeconds?: number;
  ownerEmail?: string | null;
  labelPrefix?: string;
}

/** Mints `count` sandbox tokens and stores them as authorizations, as if checked once. */
export function seedAuthorizations(
  deps: { db: Db; cipher: TokenCipher; world: SandboxWorld; now: Date },
  options: SeedOptions,
): SeededAuthorization[] {
  const { world } = deps;
  const kind = options.kind ?? 'USER';
  const scopes = options.scopes ?? ['ads_management', 'ads_read'];
  const business = kind === 'SYSTEM_USER' ? world.createBusiness({ name: `Seed BM ${randomUUID().slice(0, 8)}` }) : undefined;
  const minted = Array.from({ length: options.count }, (_, i) => {
    const userId = business
      ? world.createSystemUser({ businessId: business.id, name: `Seed system user ${i}` }).id
      : world.createUser({ name: `Seed user ${i}` }).id;
    const info = world.createToken({
      type: kind,
      userId,
      scopes,
      ...(options.expiresInSeconds === undefined ? {} : { expiresInSeconds: options.expiresInSeconds }),
    });
    return { userId, info };
  });
  const rows = insertAuthorizations(
    deps,
    options,
    minted.map(({ userId, info }) => ({ token: info.accessToken, userId, businessId: business?.id, ...storedStatus(info) })),
  );
  return rows.map((row, i) => ({ row, token: minted[i]!.info.accessToken, userId: minted[i]!.userId }));
}

export interface TokenToStore {
  token: string;
  userId: string;
  tokenType: string;
  scopes: readonly string[];
  expiresAt: Date | null;
  dataAccessExpiresAt: Date | null;
  businessId?: string | undefined;
}

/** Stores tokens as checked authorizations (VALID, or MISSING_PERMISSIONS without the scopes jobs need), in one transaction. */
export function insertAuthorizations(
  deps: { db: Db; cipher: TokenCipher; now: Date },
  options: Omit<SeedOptions, 'count'>,
  tokens: readonly TokenToStore[],
): AuthorizationRow[] {
  const authorizations = createAuthorizationRepository(deps.db);
  const { now } = deps;
  return createTransactionRunner(deps.db)(() =>
    tokens.map((token, i) => {
      const id = randomUUID();
      return authorizations.insert({
        id,
        workspaceId: options.workspaceId,
        label: `${options.labelPrefix ?? 'Seeded'} ${i}`,
        method: token.tokenType === 'SYSTEM_USER' ? 'SYSTEM_USER' : 'FACEBOOK_USER',
        facebookUserId: token.userId,
        businessId: token.businessId ?? null,
        ownerEmail: options.ownerEmail ?? null,
        ...tokenColumns(deps.cipher, id, token.token),
        state: REQUIRED_FOR_ALL_JOBS.every((scope) => token.scopes.includes(scope)) ? 'VALID' : 'MISSING_PERMISSIONS',
        tokenType: token.tokenType,
        scopes: [...token.scopes],
        expiresAt: token.expiresAt,
        dataAccessExpiresAt: token.dataAccessExpiresAt,
        checkedAt: now,
        createdAt: now,
        updatedAt: now,
      });
    }),
  );
}

function storedStatus(info: SandboxTokenInfo) {
  const seconds = (s: number) => (s === 0 ? null : new Date(s * 1000));
  return {
    tokenType: info.type,
    scopes: info.scopes,
    expiresAt: seconds(info.expiresAt),
    dataAccessExpiresAt: seconds(info.dataAccessExpiresAt),
  };
}
