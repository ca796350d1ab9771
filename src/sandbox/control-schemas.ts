// zod schemas for the control API's request bodies (docs/sandbox.md lists every route).
import { z } from 'zod';
import { SANDBOX_VERIFICATION_STATUSES } from './app-review.ts';

const id = z.string().regex(/^\d{1,20}$/, 'must be a numeric id');
const scopes = z.array(z.string().min(1));
const tasks = z.array(z.string().min(1));
const tos = z
  .object({ custom_audience_tos: z.union([z.literal(0), z.literal(1)]), web_custom_audience_tos: z.union([z.literal(0), z.literal(1)]) })
  .partial()
  .strict();
const rate = z.number().min(0).max(1);
const adAccountFields = {
  name: z.string().min(1),
  accountStatus: z.number().int().nonnegative(),
  disableReason: z.number().int().nonnegative(),
  currency: z.string().regex(/^[A-Z]{3}$/, 'must be an ISO 4217 code'),
  timezoneName: z.string().min(1),
  businessId: id,
  tosAccepted: tos,
  userTasks: z.record(id, tasks),
};

export const schemas = {
  user: z.object({ name: z.string().min(1), id: id.optional() }).strict(),
  scope: z.object({ scope: z.string().min(1) }).strict(),
  business: z.object({ name: z.string().min(1), id: id.optional() }).strict(),
  systemUser: z.object({ name: z.string().min(1), role: z.enum(['ADMIN', 'EMPLOYEE']).optional(), id: id.optional() }).strict(),
  adAccount: z
    .object({ accountId: id, ...adAccountFields })
    .partial()
    .required({ name: true })
    .strict(),
  adAccountPatch: z.object(adAccountFields).partial().strict(),
  access: z.object({ userId: id, tasks }).strict(),
  token: z
    .object({
      type: z.enum(['USER', 'SYSTEM_USER', 'PAGE']),
      userId: id,
      scopes: scopes.optional(),
      declinedScopes: scopes.optional(),
      expiresInSeconds: z.number().int().nonnegative().optional(),
      dataAccessExpiresInSeconds: z.number().int().nonnegative().optional(),
      appId: id.optional(),
      marker: z
        .string()
        .regex(/^[A-Za-z0-9_-]{1,40}$/, 'must be 1-40 letters, digits, _ or -')
        .optional(),
    })
    .strict(),
  accessToken: z.object({ accessToken: z.string().min(1) }).strict(),
  pixel: z.object({ name: z.string().min(1), id: id.optional() }).strict(),
  pixelAccount: z.object({ accountId: z.string().regex(/^(act_)?\d{1,20}$/, 'must be an ad-account id') }).strict(),
  pixelFire: z.object({ secondsAgo: z.number().int().nonnegative().optional() }).strict(),
  appPermission: z.object({ status: z.enum(['live', 'unapproved']).nullable() }).strict(),
  verification: z.object({ status: z.enum(SANDBOX_VERIFICATION_STATUSES) }).strict(),
  invalidate: z.object({ accessToken: z.string().min(1), subcode: z.literal([458, 459, 460, 463, 464, 466, 467, 492]) }).strict(),
  code: z.object({ userId: id, redirectUri: z.url(), scopes, declinedScopes: scopes.optional() }).strict(),
  app: z
    .object({
      accessTier: z.enum(['development_access', 'standard_access']),
      requireAppSecretProof: z.boolean(),
      name: z.string().min(1),
      deauthorizeCallbackUrl: z
        .url()
        .nullable()
        .transform((url) => url ?? undefined),
      dataDeletionCallbackUrl: z
        .url()
        .nullable()
        .transform((url) => url ?? undefined),
    })
    .partial()
    .strict(),
  loginConfiguration: z.object({ name: z.string().min(1), tokenType: z.enum(['USER', 'SYSTEM_USER']), scopes: scopes.min(1) }).strict(),
  integration: z
    .object({ userId: id, redirectUri: z.url(), configId: id, businessId: id, assetIds: z.array(id), appId: id.optional() })
    .strict(),
  integrationAssets: z.object({ assetIds: z.array(id) }).strict(),
  faults: z
    .object({
      latencyMs: z.number().int().min(0).max(600_000),
      http500Rate: rate,
      code2Rate: rate,
      timeoutRate: rate,
      batchNullRate: rate,
      scripted: z.array(
        z
          .object({ pathIncludes: z.string(), onCall: z.number().int().min(1), fault: z.enum(['http500', 'code2', 'timeout', 'code190']) })
          .strict(),
      ),
    })
    .partial()
    .strict(),
  throttle: z
    .object({
      adAccountBudget: z.number().int().nonnegative().nullable(),
      regainAccessMinutes: z.number().int().min(1),
      appUsagePct: z.number().min(0).max(100).nullable(),
    })
    .partial()
    .strict(),
};
