import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { Clock } from '../../clock.ts';
import {
  DuplicateToken,
  InvalidToken,
  MissingPermissions,
  NotFound,
  SystemUserMismatch,
  ValidationError,
  WrongTokenType,
} from '../../domain/authorization-errors.ts';
import { REQUIRED_FOR_ALL_JOBS } from '../../domain/job-types.ts';
import type { DebugTokenInfo, GraphApi } from '../../graph/graph-api.ts';
import type { AuthorizationRepository } from '../../repositories/authorizations.ts';
import type { RunInTransaction } from '../../repositories/transaction.ts';
import { accessToken, businessId, description, label, ownerEmail } from './authorization-inputs.ts';
import type { Actor } from '../../domain/actor.ts';
import { rethrowGraphFailure } from '../kernel/graph-failures.ts';
import { parseInput } from '../kernel/input-validation.ts';
import { tokenColumns } from '../kernel/sealed-tokens.ts';
import type { AfterTokenStored } from './after-token-stored.ts';
import { checkEvents, createdEvent, tokenReplacedEvent, type HealthOf } from './authorization-events.ts';
import type { EventRecorder } from '../kernel/event-recorder.ts';
import { tokenHash, type TokenCipher } from '../kernel/token-cipher.ts';
import { successfulCheckPatch } from './token-checks.ts';

export type SystemUserRegistrationWarnings = (
  token: string,
  input: { businessId: string | undefined; scopes: readonly string[] },
  signal?: AbortSignal,
) => Promise<string[]>;

const registerSchema = z.object({
  label,
  description,
  accessToken,
  businessId,
  ownerEmail: ownerEmail.optional().transform((value) => value ?? null),
});
const replaceSchema = z.object({ id: z.string(), accessToken, allowIdentityChange: z.boolean().default(false) });

export function createSystemUserTokenService(deps: {
  graph: GraphApi;
  clock: Clock;
  appId: string;
  expiryWarningDays: number;
  authorizations: AuthorizationRepository;
  cipher: TokenCipher;
  transaction: RunInTransaction;
  afterTokenStored: AfterTokenStored;
  recorder: EventRecorder;
  /** Health as Authorization.health shows it: a re-authorization records its change (e.g. UNKNOWN to HEALTHY). */
  health: HealthOf;
  /** Warnings about the token's business (e.g. more system users than the access level allows); never a refusal. */
  registrationWarnings?: SystemUserRegistrationWarnings | undefined;
}) {
  const { graph } = deps;

  /** Every Graph call happens here, before anything is written. */
  async function inspect(token: string, signal: AbortSignal | undefined) {
    const info = await graph.debugToken(token, { signal }).catch(rethrowGraphFailure);
    assertUsable(info, deps.appId);
    const me = await graph.getMe(token, { signal }).catch(rethrowGraphFailure);
    return { info, me };
  }

  return {
    async register(actor: Actor, rawInput: z.input<typeof registerSchema>, signal?: AbortSignal) {
      const input = parseInput(registerSchema, rawInput);
      const duplicate = deps.authorizations.findByTokenHash(actor.workspaceId, tokenHash(input.accessToken));
      if (duplicate) throw new DuplicateToken(duplicate.id);
      const { info, me } = await inspect(input.accessToken, signal);
      const warnings =
        (await deps.registrationWarnings?.(
          input.accessToken,
          { businessId: input.businessId ?? undefined, scopes: info.scopes },
          signal,
        )) ?? [];
      const now = deps.clock.now();
      const id = randomUUID();
      const stored = deps.transaction(() => {
        const created = deps.authorizations.insert({
          id,
          workspaceId: actor.workspaceId,
          label: input.label,
          description: input.description,
          ownerEmail: input.ownerEmail,
          method: 'SYSTEM_USER',
          businessId: input.businessId,
          facebookUserId: me.id,
          facebookUserName: me.name ?? null,
          createdBy: actor.name,
          createdAt: now,
          ...tokenColumns(deps.cipher, id, input.accessToken),
          ...successfulCheckPatch(info, { now, warningDays: deps.expiryWarningDays, declinedScopes: [] }),
        });
        deps.recorder.record(createdEvent(created, actor.name));
        return created;
      });
      await deps.afterTokenStored(stored, signal, 'created');
      return { authorization: stored, warnings };
    },

    /** Token rotation: the authorization keeps its id, label, history and system user (unless allowIdentityChange); only the token changes. */
    async replace(actor: Actor, rawInput: z.input<typeof replaceSchema>, signal?: AbortSignal) {
      const input = parseInput(replaceSchema, rawInput);
      const existing = deps.authorizations.find(actor.workspaceId, input.id);
      if (!existing) throw new NotFound('authorization');
      if (existing.method !== 'SYSTEM_USER') {
        throw new ValidationError(
          'Only a system-user authorization takes a replacement token; a Facebook user reconnects through Facebook Login.',
          'id',
        );
      }
      const duplicate = deps.authorizations.findByTokenHash(actor.workspaceId, tokenHash(input.accessToken));
      if (duplicate) throw new DuplicateToken(duplicate.id);
      const { info, me } = await inspect(input.accessToken, signal);
      if (existing.facebookUserId !== null && me.id !== existing.facebookUserId && !input.allowIdentityChange)
        throw new SystemUserMismatch();
      const now = deps.clock.now();
      const stored = deps.transaction(() => {
        const updated = deps.authorizations.update(actor.workspaceId, existing.id, {
          ...tokenColumns(deps.cipher, existing.id, input.accessToken),
          ...successfulCheckPatch(info, { now, warningDays: deps.expiryWarningDays, declinedScopes: [] }),
          facebookUserId: me.id,
          facebookUserName: me.name ?? null,
        })!;
        deps.recorder.record(tokenReplacedEvent(existing, updated, actor.name));
        for (const event of checkEvents(existing, updated, actor.name, deps.health)) deps.recorder.record(event);
        return updated;
      });
      await deps.afterTokenStored(stored, signal);
      return stored;
    },
  };
}

function assertUsable(info: DebugTokenInfo, appId: string): void {
  if (!info.isValid) {
    throw new InvalidToken('NOT_VALID', `Facebook says this token is not valid: ${info.error?.message ?? 'no reason given'}`);
  }
  if (info.appId !== appId)
    throw new InvalidToken('OTHER_APP', 'This token was issued for another Facebook app; generate it for this app.');
  if (info.type === 'USER') {
    throw new WrongTokenType(
      'USER',
      'SYSTEM_USER',
      'This is a Facebook user token. Connect the Facebook user through Facebook Login instead, or generate a system-user token in Business Settings.',
    );
  }
  if (info.type !== 'SYSTEM_USER') {
    throw new WrongTokenType(
      String(info.type),
      'SYSTEM_USER',
      `This is a ${String(info.type)} token; generate a system-user token in Business Settings.`,
    );
  }
  const granted = new Set(info.scopes);
  const missing = REQUIRED_FOR_ALL_JOBS.filter((scope) => !granted.has(scope));
  if (missing.length > 0) throw new MissingPermissions(missing);
}

export type SystemUserTokenService = ReturnType<typeof createSystemUserTokenService>;
