import { sql } from 'drizzle-orm';
import { blob, index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { AD_ACCOUNT_CHANGE_KINDS, type AdAccountChangeDetails } from '../src/domain/ad-account-changes.ts';
import type { StoredCheckError } from '../src/domain/check-error.ts';
import { EVENT_TYPES, type NotificationEventType } from '../src/domain/events.ts';
import { AUTHORIZATION_METHODS } from '../src/domain/health-issues.ts';
import { ROLES } from '../src/domain/roles.ts';
import { TOKEN_STATES, type TokenProblem } from '../src/domain/token-state.ts';

/** A pixel connected to an ad account; lastFiredTime is an ISO string, null when it never fired. */
export interface StoredPixel {
  id: string;
  name: string;
  lastFiredTime: string | null;
}

/** A permission of the app and its review status as Graph gives it ("live", "unapproved"). */
export interface StoredAppPermission {
  name: string;
  status: string;
}

/** The app's business (FACEBOOK_BUSINESS_ID) as Graph gives it; verificationStatus as Graph spells it. */
export interface StoredAppBusiness {
  id: string;
  name: string;
  verificationStatus: string;
}

// Enum columns type the values for TypeScript only (SQLite gets no CHECK constraint), and JSON
// columns are typed with $type: the repositories validate both shapes with zod when they read a row.

const createdAt = () =>
  integer('created_at', { mode: 'timestamp_ms' })
    .notNull()
    .default(sql`(unixepoch('subsec') * 1000)`);

export const workspaces = sqliteTable('workspaces', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  createdAt: createdAt(),
});

export const apiKeys = sqliteTable(
  'api_keys',
  {
    id: text('id').primaryKey(),
    workspaceId: text('workspace_id')
      .notNull()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    role: text('role', { enum: ROLES }).notNull(),
    // sha256 of the key; the key itself is shown once, at creation.
    keyHash: text('key_hash').notNull(),
    // The first characters of the key, so people can tell their keys apart.
    keyPrefix: text('key_prefix').notNull(),
    createdAt: createdAt(),
    lastUsedAt: integer('last_used_at', { mode: 'timestamp_ms' }),
    revokedAt: integer('revoked_at', { mode: 'timestamp_ms' }),
  },
  (t) => [uniqueIndex('api_keys_key_hash_unique').on(t.keyHash), index('api_keys_workspace_idx').on(t.workspaceId)],
);

export const graphCallCounters = sqliteTable(
  'graph_call_counters',
  {
    // UTC day, YYYY-MM-DD
    day: text('day').notNull(),
    appId: text('app_id').notNull(),
    calls: integer('calls').notNull().default(0),
    errors: integer('errors').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.day, t.appId] })],
);

// ── Authorizations (issue 3) ────────────────────────────────────────────────────────────────

export const authorizations = sqliteTable(
  'authorizations',
  {
    id: text('id').primaryKey(),
    workspaceId: text('workspace_id')
      .notNull()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
    label: text('label').notNull(),
    description: text('description'),
    method: text('method', { enum: AUTHORIZATION_METHODS }).notNull(),
    // AES-256-GCM: iv ‖ tag ‖ ciphertext, bound to this row id and key id (see token-cipher.ts).
    tokenCiphertext: blob('token_ciphertext', { mode: 'buffer' }).notNull(),
    tokenKeyId: text('token_key_id').notNull(),
    // sha256 of the token, for duplicate detection without decrypting every row.
    tokenHash: text('token_hash').notNull(),
    tokenFingerprint: text('token_fingerprint').notNull(),
    facebookUserId: text('facebook_user_id'),
    facebookUserName: text('facebook_user_name'),
    businessId: text('business_id'),
    // Login for Business: the client's business portfolio that installed the integration (me?fields=client_business_id).
    clientBusinessId: text('client_business_id'),
    // Login for Business: the asset ids the client picked in the dialog (debug_token granular_scopes[].target_ids).
    delegatedAssetIds: text('delegated_asset_ids', { mode: 'json' }).$type<string[]>(),
    // The last successful check (debug_token + permissions).
    state: text('state', { enum: TOKEN_STATES }).notNull().default('UNCHECKED'),
    tokenType: text('token_type'),
    scopes: text('scopes', { mode: 'json' }).$type<string[]>().notNull().default([]),
    declinedScopes: text('declined_scopes', { mode: 'json' }).$type<string[]>().notNull().default([]),
    // Permissions that /me/permissions reports as "expired" (unused for 90 days).
    expiredScopes: text('expired_scopes', { mode: 'json' }).$type<string[]>().notNull().default([]),
    expiresAt: integer('expires_at', { mode: 'timestamp_ms' }),
    dataAccessExpiresAt: integer('data_access_expires_at', { mode: 'timestamp_ms' }),
    // Dates inside are stored as ISO strings (JSON.stringify) and read back as Dates.
    problems: text('problems', { mode: 'json' }).$type<TokenProblem[]>().notNull().default([]),
    checkedAt: integer('checked_at', { mode: 'timestamp_ms' }),
    // The last failed check, transient or not.
    lastCheckError: text('last_check_error', { mode: 'json' }).$type<StoredCheckError>(),
    consecutiveCheckFailures: integer('consecutive_check_failures').notNull().default(0),
    // Where notifications about this authorization go (issue 5).
    ownerEmail: text('owner_email'),
    // The sweep run that last checked it: an interrupted run resumes without checking it twice.
    lastSweptRunId: text('last_swept_run_id'),
    createdBy: text('created_by'),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
    updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [
    uniqueIndex('authorizations_workspace_token_unique').on(t.workspaceId, t.tokenHash),
    // The list's default order, newest first with the id breaking ties: read in index order, no sort.
    index('authorizations_workspace_created_id_idx').on(t.workspaceId, t.createdAt, t.id),
    // A workspace's sweep walks its authorizations in id order from a keyset cursor: one range of this index per window.
    index('authorizations_workspace_id_idx').on(t.workspaceId, t.id),
    // Meta's integration webhooks name the business, not the authorization.
    index('authorizations_client_business_idx').on(t.clientBusinessId),
  ],
);

export const oauthStates = sqliteTable('oauth_states', {
  // sha256 of the state value; the value itself only travels through the browser.
  stateHash: text('state_hash').primaryKey(),
  workspaceId: text('workspace_id')
    .notNull()
    .references(() => workspaces.id, { onDelete: 'cascade' }),
  label: text('label').notNull(),
  description: text('description'),
  scopes: text('scopes', { mode: 'json' }).$type<string[]>().notNull(),
  returnTo: text('return_to'),
  ownerEmail: text('owner_email'),
  // Re-authorization of an existing authorization keeps its id.
  authorizationId: text('authorization_id').references(() => authorizations.id, { onDelete: 'cascade' }),
  createdBy: text('created_by'),
  createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
  expiresAt: integer('expires_at', { mode: 'timestamp_ms' }).notNull(),
  usedAt: integer('used_at', { mode: 'timestamp_ms' }),
});

// ── Ad accounts and the app's account list (issue 4) ─────────────────────────────────────────

/** The ad accounts an authorization's token reaches, as of its last successful sync. */
export const adAccounts = sqliteTable(
  'ad_accounts',
  {
    authorizationId: text('authorization_id')
      .notNull()
      .references(() => authorizations.id, { onDelete: 'cascade' }),
    // digits only, no act_ prefix
    accountId: text('account_id').notNull(),
    workspaceId: text('workspace_id')
      .notNull()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    accountStatus: integer('account_status').notNull(),
    disableReason: integer('disable_reason'),
    currency: text('currency'),
    timezoneName: text('timezone_name'),
    businessId: text('business_id'),
    businessName: text('business_name'),
    tasks: text('tasks', { mode: 'json' }).$type<string[]>().notNull().default([]),
    customAudienceTosAccepted: integer('custom_audience_tos_accepted', { mode: 'boolean' }).notNull(),
    webCustomAudienceTosAccepted: integer('web_custom_audience_tos_accepted', { mode: 'boolean' }).notNull(),
    isPersonal: integer('is_personal', { mode: 'boolean' }).notNull().default(false),
    // The pixels (datasets) connected to the account, read with the account (act_{id}/adspixels).
    pixels: text('pixels', { mode: 'json' }).$type<StoredPixel[]>().notNull().default([]),
    syncedAt: integer('synced_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.authorizationId, t.accountId] }),
    index('ad_accounts_workspace_account_idx').on(t.workspaceId, t.accountId),
    // Authorization.adAccounts pages by name: one range of this index per authorization, already in order.
    index('ad_accounts_authorization_name_idx').on(t.authorizationId, t.name, t.accountId),
  ],
);

/** What each sync changed: accounts gained or lost, status and terms changes (history, issue 5). */
export const adAccountChanges = sqliteTable(
  'ad_account_changes',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    authorizationId: text('authorization_id')
      .notNull()
      .references(() => authorizations.id, { onDelete: 'cascade' }),
    workspaceId: text('workspace_id').notNull(),
    accountId: text('account_id').notNull(),
    change: text('change', { enum: AD_ACCOUNT_CHANGE_KINDS }).notNull(),
    // The details of its kind; the repository reads the two as one AdAccountChangeOf.
    details: text('details', { mode: 'json' })
      .$type<AdAccountChangeDetails>()
      .notNull()
      .default(sql`'{}'`),
    at: integer('at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [index('ad_account_changes_authorization_idx').on(t.authorizationId, t.at)],
);

/**
 * The app's account list, as Meta kept it for Development and Basic access: app-wide, across
 * workspaces, filled automatically with each account a Marketing API call is made against.
 */
export const accountList = sqliteTable('account_list', {
  accountId: text('account_id').primaryKey(),
  addedAt: integer('added_at', { mode: 'timestamp_ms' }).notNull(),
  // "auto" or the API key name that added it by hand
  addedBy: text('added_by').notNull(),
  lastCalledAt: integer('last_called_at', { mode: 'timestamp_ms' }),
});

/** What Graph itself has told us about the app, e.g. the ads_api_access_tier of the usage headers. */
export const appObservations = sqliteTable('app_observations', {
  appId: text('app_id').primaryKey(),
  accessTier: text('access_tier'),
  accessTierSeenAt: integer('access_tier_seen_at', { mode: 'timestamp_ms' }),
  // GET /{app-id}/permissions with the app token: each permission's review status.
  permissions: text('permissions', { mode: 'json' }).$type<StoredAppPermission[]>(),
  permissionsSeenAt: integer('permissions_seen_at', { mode: 'timestamp_ms' }),
  // GET /{business-id}?fields=name,verification_status for FACEBOOK_BUSINESS_ID.
  business: text('business', { mode: 'json' }).$type<StoredAppBusiness>(),
  businessSeenAt: integer('business_seen_at', { mode: 'timestamp_ms' }),
});

// ── Meta's callbacks: integration webhooks, deauthorize and data deletion (issue 11) ─────────

/** Every signed delivery of Meta's app webhooks, once: a replay of the same body finds its row. */
export const facebookWebhookReceipts = sqliteTable('facebook_webhook_receipts', {
  // sha256 of the raw body
  bodyHash: text('body_hash').primaryKey(),
  object: text('object').notNull(),
  // The change fields it carried, e.g. ["business_integration_uninstall"].
  fields: text('fields', { mode: 'json' }).$type<string[]>().notNull(),
  payload: text('payload', { mode: 'json' }).$type<unknown>().notNull(),
  receivedAt: integer('received_at', { mode: 'timestamp_ms' }).notNull(),
});

/** Data deletion requests from Facebook, with the code that the person's status page shows. */
export const dataDeletionRequests = sqliteTable('data_deletion_requests', {
  confirmationCode: text('confirmation_code').primaryKey(),
  // The app-scoped user id of the signed_request.
  facebookUserId: text('facebook_user_id').notNull(),
  deletedAuthorizations: integer('deleted_authorizations').notNull(),
  requestedAt: integer('requested_at', { mode: 'timestamp_ms' }).notNull(),
  completedAt: integer('completed_at', { mode: 'timestamp_ms' }),
});

// ── Health over time: events, notifications, sweeps (issue 5) ────────────────────────────────

/**
 * Everything that happened to an authorization: the history, and the source of notifications.
 * No foreign key to authorizations, so the history (and authorization.deleted) outlives the row.
 */
export const events = sqliteTable(
  'events',
  {
    // Sent with every delivery, so receivers can de-duplicate.
    id: text('id').primaryKey(),
    workspaceId: text('workspace_id')
      .notNull()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
    authorizationId: text('authorization_id'),
    type: text('type', { enum: EVENT_TYPES }).notNull(),
    // an API key name, "sweep" or "oauth"
    actor: text('actor').notNull(),
    data: text('data', { mode: 'json' }).$type<Record<string, unknown>>().notNull().default({}),
    occurredAt: integer('occurred_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [
    index('events_authorization_idx').on(t.authorizationId, t.occurredAt),
    index('events_workspace_idx').on(t.workspaceId, t.occurredAt),
    // Pruning by age across workspaces.
    index('events_occurred_at_idx').on(t.occurredAt),
  ],
);

export const webhooks = sqliteTable('webhooks', {
  id: text('id').primaryKey(),
  workspaceId: text('workspace_id')
    .notNull()
    .references(() => workspaces.id, { onDelete: 'cascade' }),
  url: text('url').notNull(),
  // The signing secret, sealed like tokens (shown once, at creation).
  secretCiphertext: blob('secret_ciphertext', { mode: 'buffer' }).notNull(),
  secretKeyId: text('secret_key_id').notNull(),
  eventTypes: text('event_types', { mode: 'json' }).$type<NotificationEventType[]>().notNull(),
  createdBy: text('created_by'),
  createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
});

/** The outbox: one row per event and destination, written in the same transaction as the event. */
export const deliveries = sqliteTable(
  'deliveries',
  {
    id: text('id').primaryKey(),
    eventId: text('event_id')
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    channel: text('channel', { enum: ['webhook', 'email'] }).notNull(),
    webhookId: text('webhook_id').references(() => webhooks.id, { onDelete: 'cascade' }),
    emailTo: text('email_to'),
    status: text('status', { enum: ['PENDING', 'DELIVERED', 'FAILED'] })
      .notNull()
      .default('PENDING'),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: integer('next_attempt_at', { mode: 'timestamp_ms' }).notNull(),
    lastError: text('last_error'),
    lastStatusCode: integer('last_status_code'),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
    deliveredAt: integer('delivered_at', { mode: 'timestamp_ms' }),
  },
  (t) => [
    index('deliveries_due_idx').on(t.status, t.nextAttemptAt),
    index('deliveries_webhook_idx').on(t.webhookId, t.createdAt),
    // Deleting an event cascades here; without it every pruned event scans the outbox.
    index('deliveries_event_idx').on(t.eventId),
  ],
);

/** Expiry warnings already sent, so each threshold is sent once per expiry date. */
export const expiryWarnings = sqliteTable(
  'expiry_warnings',
  {
    authorizationId: text('authorization_id')
      .notNull()
      .references(() => authorizations.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: ['token', 'data_access'] }).notNull(),
    thresholdDays: integer('threshold_days').notNull(),
    expiresAt: integer('expires_at', { mode: 'timestamp_ms' }).notNull(),
    sentAt: integer('sent_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.authorizationId, t.kind, t.thresholdDays, t.expiresAt] })],
);

/** One row per named lease: only its holder may sweep until it expires. */
export const leases = sqliteTable('leases', {
  name: text('name').primaryKey(),
  holder: text('holder').notNull(),
  expiresAt: integer('expires_at', { mode: 'timestamp_ms' }).notNull(),
});

export const sweepRuns = sqliteTable('sweep_runs', {
  id: text('id').primaryKey(),
  // null = every workspace
  workspaceId: text('workspace_id'),
  status: text('status', { enum: ['RUNNING', 'FINISHED'] }).notNull(),
  checked: integer('checked').notNull().default(0),
  changed: integer('changed').notNull().default(0),
  failed: integer('failed').notNull().default(0),
  // Authorizations in scope when the run started: progress is checked / total, no count of visited rows.
  total: integer('total').notNull().default(0),
  // Keyset cursor: the last authorization id (in id order) whose every stage (check, renewal, resync) is done.
  cursor: text('cursor'),
  startedAt: integer('started_at', { mode: 'timestamp_ms' }).notNull(),
  finishedAt: integer('finished_at', { mode: 'timestamp_ms' }),
});

/** Throttling pauses that outlive one process: "app", or an ad account's bare id. */
export const throttlePauses = sqliteTable('throttle_pauses', {
  scope: text('scope').primaryKey(),
  until: integer('until', { mode: 'timestamp_ms' }).notNull(),
  reason: text('reason').notNull(),
});
