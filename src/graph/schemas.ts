// zod schemas for the Graph response bodies adsauth reads, each mapped to its graph-api.ts shape.
import { z } from 'zod';
import { GraphUnexpectedResponseError } from './errors.ts';
import type {
  AdAccountRecord,
  ClientBusiness,
  AdsPixelRecord,
  AppPermissionRecord,
  BusinessVerificationRecord,
  DebugTokenInfo,
  GraphUser,
  Permission,
  SystemUserRecord,
  TokenGrant,
  WebhookSubscription,
} from './graph-api.ts';

const graphId = z.union([z.string(), z.number().transform(String)]);

export const tokenGrantSchema = z
  .object({ access_token: z.string().min(1), token_type: z.string().optional(), expires_in: z.number().optional() })
  .transform((b): TokenGrant => ({ accessToken: b.access_token, tokenType: b.token_type ?? 'bearer', expiresIn: b.expires_in }));

const unixSeconds = z.number().int().nonnegative();
const toDate = (seconds: number) => new Date(seconds * 1000);
/** expires_at / data_access_expires_at: 0 means "never" (docs/graph-api.md "debug_token response"). */
const toDateOrNever = (seconds: number | undefined) => (seconds === undefined ? undefined : seconds === 0 ? null : toDate(seconds));

export const debugTokenDataSchema = z
  .object({
    is_valid: z.boolean().default(false),
    app_id: graphId.optional(),
    type: z.string().optional(),
    application: z.string().optional(),
    user_id: graphId.optional(),
    profile_id: graphId.optional(),
    expires_at: unixSeconds.optional(),
    data_access_expires_at: unixSeconds.optional(),
    issued_at: unixSeconds.optional(),
    scopes: z.array(z.string()).default([]),
    granular_scopes: z.array(z.object({ scope: z.string(), target_ids: z.array(graphId).optional() })).default([]),
    error: z.object({ code: z.number().int(), subcode: z.number().int().optional(), message: z.string().default('') }).optional(),
  })
  .transform((d): DebugTokenInfo => ({
    isValid: d.is_valid,
    appId: d.app_id,
    type: d.type,
    application: d.application,
    userId: d.user_id,
    profileId: d.profile_id,
    expiresAt: toDateOrNever(d.expires_at),
    dataAccessExpiresAt: toDateOrNever(d.data_access_expires_at),
    issuedAt: d.issued_at ? toDate(d.issued_at) : undefined,
    scopes: d.scopes,
    granularScopes: d.granular_scopes.map((g) => ({ scope: g.scope, targetIds: g.target_ids })),
    error: d.error && { code: d.error.code, subcode: d.error.subcode, message: d.error.message },
  }));

export const debugTokenSchema = z.object({ data: debugTokenDataSchema }).transform((b) => b.data);

export const userSchema = z.object({ id: graphId, name: z.string().optional() }).transform((u): GraphUser => ({ id: u.id, name: u.name }));

export const clientBusinessSchema = z
  .object({ id: graphId, client_business_id: graphId })
  .transform((b): ClientBusiness => ({ id: b.id, clientBusinessId: b.client_business_id }));

export const accessTokenSchema = z.object({ access_token: z.string().min(1) }).transform((b) => b.access_token);

export const subscriptionsSchema = z
  .object({
    data: z.array(
      z.object({
        object: z.string(),
        callback_url: z.string(),
        active: z.boolean().default(true),
        fields: z.array(z.object({ name: z.string(), version: z.string().optional() })).default([]),
      }),
    ),
  })
  .transform((b) =>
    b.data.map((s): WebhookSubscription => ({
      object: s.object,
      callbackUrl: s.callback_url,
      active: s.active,
      fields: s.fields.map((f) => ({ name: f.name, version: f.version })),
    })),
  );

export const permissionSchema = z
  .object({ permission: z.string(), status: z.enum(['granted', 'declined', 'expired']) })
  .transform((p): Permission => ({ permission: p.permission, status: p.status }));

/** Graph datetimes look like 2026-11-20T10:00:00+0000; anything Date cannot read is a shape error. */
const graphDateTime = z.string().transform((text, ctx) => {
  const at = new Date(text);
  if (Number.isNaN(at.getTime())) ctx.addIssue({ code: 'custom', message: 'not a datetime' });
  return at;
});

const adsPixelSchema = z
  .object({ id: graphId, name: z.string().default(''), last_fired_time: graphDateTime.optional() })
  .transform((p): AdsPixelRecord => ({ id: p.id, name: p.name, lastFiredTime: p.last_fired_time ?? null }));

export const adAccountSchema = z
  .object({
    id: z.string().regex(/^act_\d+$/),
    account_id: graphId.optional(),
    name: z.string().default(''),
    account_status: z.number().int(),
    disable_reason: z.number().int().optional(),
    currency: z.string().optional(),
    timezone_name: z.string().optional(),
    business: z.object({ id: graphId, name: z.string().optional() }).optional(),
    tos_accepted: z.record(z.string(), z.number()).default({}),
    user_tasks: z.array(z.string()).default([]),
    // An unsigned int in Meta's spec; a boolean is taken too.
    is_personal: z.union([z.number(), z.boolean()]).optional(),
    // An expanded edge with nothing in it may be left out.
    adspixels: z.object({ data: z.array(adsPixelSchema) }).optional(),
  })
  .transform((a): AdAccountRecord => ({
    id: a.id,
    accountId: a.account_id ?? a.id.slice('act_'.length),
    name: a.name,
    accountStatus: a.account_status,
    disableReason: a.disable_reason,
    currency: a.currency,
    timezoneName: a.timezone_name,
    business: a.business && { id: a.business.id, name: a.business.name },
    tosAccepted: a.tos_accepted,
    userTasks: a.user_tasks,
    isPersonal: a.is_personal === 1 || a.is_personal === true,
    pixels: a.adspixels?.data ?? [],
  }));

export const systemUserSchema = z
  .object({ id: graphId, name: z.string().optional(), role: z.string() })
  .transform((s): SystemUserRecord => ({ id: s.id, name: s.name, role: s.role }));

export const appPermissionSchema = z
  .object({ permission: z.string(), status: z.string() })
  .transform((p): AppPermissionRecord => ({ permission: p.permission, status: p.status }));

export const businessVerificationSchema = z
  .object({ id: graphId, name: z.string().default(''), verification_status: z.string() })
  .transform((b): BusinessVerificationRecord => ({ id: b.id, name: b.name, verificationStatus: b.verification_status }));

/** A page of a cursor-paged edge (docs/graph-api.md "Ad-account endpoints"); only the absence of `next` ends the list. */
export const pageSchema = z.object({
  data: z.array(z.unknown()),
  paging: z.object({ cursors: z.object({ after: z.string().optional() }).optional(), next: z.string().optional() }).optional(),
});
export type GraphPage = z.infer<typeof pageSchema>;

/** `DELETE /{user-id}/permissions` answers `true` or `{"success":true}` (docs/graph-api.md "Token owner"). */
export const successSchema = z.union([z.literal(true), z.object({ success: z.literal(true) })]);

/** Parses a body or throws GraphUnexpectedResponseError naming only the paths, never the values. */
export function parseGraphBody<T>(schema: z.ZodType<T>, body: unknown, endpoint: string): T {
  const result = schema.safeParse(body);
  if (result.success) return result.data;
  const where = result.error.issues
    .slice(0, 5)
    .map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.code}`)
    .join('; ');
  throw new GraphUnexpectedResponseError({ message: `Unexpected response shape from ${endpoint} (${where})` });
}
