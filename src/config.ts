import { z } from 'zod';
import { ACCESS_TIERS, type AccessPolicyOverrides, type AccessTier } from './domain/access-levels.ts';

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export interface EncryptionKeySetting {
  id: string;
  key: Buffer;
}

export interface Config {
  /** `sandbox` when no Facebook app is configured: Graph is served by the embedded sandbox. */
  mode: 'sandbox' | 'live';
  databaseFile: string;
  host: string;
  port: number;
  logLevel: LogLevel;
  facebook: {
    appId: string | undefined;
    appSecret: string | undefined;
    redirectUri: string | undefined;
    /** FACEBOOK_BUSINESS_ID: the business that owns the app, whose verification Query.app shows. */
    businessId: string | undefined;
    graphApiVersion: string;
    graphApiUrl: string;
    dialogUrl: string;
    /** FACEBOOK_LOGIN_CONFIG_ID: a Login for Business "User access token" configuration; the user dialog sends it instead of scope. */
    loginConfigId: string | undefined;
    /** FACEBOOK_BUSINESS_LOGIN_CONFIG_ID: a "System-user access token" configuration, for startFacebookBusinessLogin. */
    businessLoginConfigId: string | undefined;
    /** FACEBOOK_WEBHOOK_VERIFY_TOKEN: enables GET/POST /webhooks/facebook; Meta echoes it when it verifies the endpoint. */
    webhookVerifyToken: string | undefined;
  };
  graphTimeoutMs: number;
  /** Undefined when ADSAUTH_ENCRYPTION_KEYS is not set; the first key is the active one. */
  encryptionKeys: readonly EncryptionKeySetting[] | undefined;
  allowedReturnUrls: readonly string[];
  expiryWarningDays: number;
  /** ADSAUTH_ACCESS_LEVEL; undefined = the tier Graph reports, else DEVELOPMENT. */
  accessLevel: AccessTier | undefined;
  /** ADSAUTH_ACCESS_POLICY: changes to the seed's policy table, per tier. */
  accessPolicy: AccessPolicyOverrides;
  /** History events older than this many days are pruned by the sweep. */
  historyDays: number;
  /** ADSAUTH_PIXEL_STALE_DAYS: a pixel that has not fired for longer counts as inactive for web traffic exports. */
  pixelStaleDays: number;
  /** smtp(s)://user:pass@host:port for notification email; undefined: emails are written to the log. */
  smtpUrl: string | undefined;
  /** The From of notification email. */
  emailFrom: string;
  /** The health sweep and what it decides (issue 5). */
  sweep: {
    /** ADSAUTH_SWEEP_INTERVAL in ms: how often `serve` sweeps; 0 = never on its own. */
    intervalMs: number;
    /** ADSAUTH_SWEEP_CONCURRENCY: batch requests and ad-account reads in flight at once. */
    concurrency: number;
    /** ADSAUTH_UNKNOWN_AFTER_FAILURES: failed checks in a row after which the health is UNKNOWN. */
    unknownAfterFailures: number;
    /** ADSAUTH_EXPIRY_WARNING_THRESHOLDS: days before an expiry when authorization.expiring is sent. */
    expiryWarningThresholds: readonly number[];
  };
  /** How the gateway faces the network: who may call it cross-origin, and what it serves. */
  http: {
    /** ADSAUTH_CORS_ORIGINS: exact origins allowed cross-origin; live default none, sandbox default loopback. */
    corsOrigins: readonly string[];
    /** ADSAUTH_INTROSPECTION: live default off, sandbox default on. */
    introspection: boolean;
    /** ADSAUTH_MAX_CONNECTIONS: concurrent sockets the server accepts. */
    maxConnections: number;
    /** ADSAUTH_TRUSTED_DOCUMENTS: a JSON map of hash → document; keys below OPERATOR run only these. */
    trustedDocumentsFile: string | undefined;
    /** ADSAUTH_METRICS_TOKEN: bearer token for /metrics; unset = off in live mode, open in sandbox mode. */
    metricsToken: string | undefined;
    /** ADSAUTH_DASHBOARD: serve the reference dashboard (web/dist) at `/`; default on. */
    dashboard: boolean;
  };
  /** Limits applied to every GraphQL operation before it runs. */
  limits: {
    depth: number;
    aliases: number;
    directives: number;
    tokens: number;
    cost: number;
  };
  /** What one API key, and one request, may spend of the app's Graph budget. */
  budgets: {
    /** ADSAUTH_REQUEST_DEADLINE_MS: all Graph work one GraphQL request starts shares this deadline. */
    requestDeadlineMs: number;
    /** ADSAUTH_MIN_RECHECK_SECONDS: tokenStatus re-checks one authorization at most this often. */
    minRecheckSeconds: number;
    /** ADSAUTH_KEY_GRAPH_CALLS_PER_MINUTE: Graph-calling fields and mutations one API key may run per minute. */
    keyGraphCallsPerMinute: number;
    /** ADSAUTH_REQUEST_USAGE_CEILING: request-time checks stop at this app-usage percentage (the sweep pauses at 95). */
    requestUsageCeilingPercent: number;
  };
  webhooks: {
    /** ADSAUTH_WEBHOOK_ALLOW_PRIVATE: allow webhook URLs on private and loopback addresses (sandbox default). */
    allowPrivate: boolean;
  };
}

/** Settings that are missing or malformed: one problem per setting, each one line that begins with the setting's name. */
export class ConfigError extends Error {
  override name = 'ConfigError';
  readonly problems: readonly string[];

  constructor(problems: string | readonly string[]) {
    const list = typeof problems === 'string' ? [problems] : problems;
    super(list.join('; '));
    this.problems = Object.freeze([...list]);
  }
}

const optional = z
  .string()
  .transform((value) => value.trim())
  .optional()
  .transform((value) => (value === '' ? undefined : value));

/** A whole number in [min, max]; blank counts as unset, so the caller's .default() applies. */
const wholeNumber = (min: number, max: number) => {
  const range = `must be a whole number from ${min} to ${max}`;
  return z.coerce.number<string | undefined>({ error: range }).int(range).min(min, range).max(max, range);
};
const optionalNumber = (min: number, max: number, fallback: number) => optional.pipe(wholeNumber(min, max).default(fallback));

/** true/false, 1/0, yes/no, on/off (any case); blank counts as unset. */
const optionalBoolean = optional.pipe(
  z
    .string()
    .regex(/^(true|false|1|0|yes|no|on|off)$/i, 'must be true or false')
    .transform((value) => /^(true|1|yes|on)$/i.test(value))
    .optional(),
);

const httpUrl = z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' });

/** A Login for Business configuration id, as the App Dashboard shows it. */
const configId = z.string().regex(/^\d+$/, 'must be the numeric configuration id from the App Dashboard').optional();

const envSchema = z.object({
  ADSAUTH_DATABASE: optional.default('./data/adsauth.db'),
  HOST: optional.default('127.0.0.1'),
  PORT: optionalNumber(0, 65535, 4000),
  LOG_LEVEL: optional.pipe(z.enum(LOG_LEVELS, { error: `must be one of ${LOG_LEVELS.join(', ')}` }).default('info')),
  FACEBOOK_APP_ID: optional.pipe(z.string().regex(/^\d+$/, 'must be the numeric app id').optional()),
  FACEBOOK_APP_SECRET: optional.pipe(
    z
      .string()
      .regex(/^[0-9a-f]{32}$/i, 'must be the 32-character hex app secret')
      .optional(),
  ),
  FACEBOOK_REDIRECT_URI: optional.pipe(httpUrl.optional()),
  FACEBOOK_BUSINESS_ID: optional.pipe(z.string().regex(/^\d+$/, 'must be the numeric business id').optional()),
  GRAPH_API_VERSION: optional.pipe(
    z
      .string()
      .regex(/^v\d+\.0$/, 'must look like v26.0')
      .default('v26.0'),
  ),
  FACEBOOK_LOGIN_CONFIG_ID: optional.pipe(configId),
  FACEBOOK_BUSINESS_LOGIN_CONFIG_ID: optional.pipe(configId),
  FACEBOOK_WEBHOOK_VERIFY_TOKEN: optional.pipe(
    z
      .string()
      .regex(/^[\x21-\x7e]{16,200}$/, 'must be 16 to 200 printable characters without spaces')
      .optional(),
  ),
  GRAPH_API_URL: optional.pipe(httpUrl.default('https://graph.facebook.com')),
  FACEBOOK_DIALOG_URL: optional.pipe(httpUrl.default('https://www.facebook.com')),
  GRAPH_TIMEOUT_MS: optionalNumber(1, 120_000, 10_000),
  ADSAUTH_EXPIRY_WARNING_DAYS: optionalNumber(0, 60, 7),
  ADSAUTH_ACCESS_LEVEL: optional
    .transform((value) => value?.toUpperCase())
    .pipe(z.enum(ACCESS_TIERS, { error: `must be one of ${ACCESS_TIERS.join(', ')}` }).optional()),
  ADSAUTH_HISTORY_DAYS: optionalNumber(1, 3650, 180),
  ADSAUTH_PIXEL_STALE_DAYS: optionalNumber(1, 365, 30),
  ADSAUTH_SWEEP_INTERVAL: optional.pipe(z.string().default('24h')).transform((value, ctx) => parseDuration(value, ctx)),
  ADSAUTH_SWEEP_CONCURRENCY: optionalNumber(1, 32, 4),
  ADSAUTH_UNKNOWN_AFTER_FAILURES: optionalNumber(1, 100, 3),
  ADSAUTH_EXPIRY_WARNING_THRESHOLDS: optional.pipe(z.string().default('7,1')).transform((value, ctx) => parseDayList(value, ctx)),
  ADSAUTH_SMTP_URL: optional.pipe(z.url({ protocol: /^smtps?$/, error: 'must be an smtp:// or smtps:// URL' }).optional()),
  ADSAUTH_INTROSPECTION: optionalBoolean,
  ADSAUTH_MAX_CONNECTIONS: optionalNumber(1, 100_000, 1000),
  ADSAUTH_TRUSTED_DOCUMENTS: optional,
  ADSAUTH_METRICS_TOKEN: optional.pipe(z.string().min(16, 'must be at least 16 characters').optional()),
  ADSAUTH_DASHBOARD: optionalBoolean,
  ADSAUTH_MAX_DEPTH: optionalNumber(1, 100, 12),
  ADSAUTH_MAX_ALIASES: optionalNumber(0, 1000, 15),
  ADSAUTH_MAX_DIRECTIVES: optionalNumber(0, 1000, 50),
  ADSAUTH_MAX_TOKENS: optionalNumber(100, 1_000_000, 600),
  ADSAUTH_MAX_COST: optionalNumber(1, 10_000_000, 20_000),
  ADSAUTH_REQUEST_DEADLINE_MS: optionalNumber(100, 600_000, 15_000),
  ADSAUTH_MIN_RECHECK_SECONDS: optionalNumber(0, 86_400, 60),
  ADSAUTH_KEY_GRAPH_CALLS_PER_MINUTE: optionalNumber(1, 100_000, 60),
  ADSAUTH_REQUEST_USAGE_CEILING: optionalNumber(1, 100, 85),
  ADSAUTH_WEBHOOK_ALLOW_PRIVATE: optionalBoolean,
  ADSAUTH_EMAIL_FROM: optional.pipe(
    z
      .string()
      .regex(
        /^([^<>]*<[^\s@<>]+@[^\s@<>]+>|[^\s@<>]+@[^\s@<>]+)$/,
        'must be an address, optionally with a name: adsauth <adsauth@example.com>',
      )
      .default('adsauth <adsauth@localhost>'),
  ),
});

/** Parses the environment into a frozen Config, or throws one ConfigError that lists every bad setting. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const problems: string[] = [];
  const collect = <T>(parse: () => T): T | undefined => {
    try {
      return parse();
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
      problems.push(...error.problems);
      return undefined;
    }
  };
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) problems.push(...settingProblems(parsed.error.issues));
  // The checks below read the raw settings, so that they run, and report, even when another setting is malformed.
  const raw = (name: string): string | undefined => optional.parse(env[name]);
  const appConfigured = raw('FACEBOOK_APP_ID') !== undefined || raw('FACEBOOK_APP_SECRET') !== undefined;
  if (appConfigured) {
    for (const name of ['FACEBOOK_APP_ID', 'FACEBOOK_APP_SECRET', 'FACEBOOK_REDIRECT_URI'] as const) {
      if (raw(name) === undefined) problems.push(`${name} is required when a Facebook app is configured`);
    }
  }
  const rawKeys = raw('ADSAUTH_ENCRYPTION_KEYS');
  const encryptionKeys = rawKeys === undefined ? undefined : collect(() => parseEncryptionKeys(rawKeys));
  if (appConfigured && rawKeys === undefined) {
    problems.push('ADSAUTH_ENCRYPTION_KEYS is required outside sandbox mode (kid:base64key, 32-byte keys)');
  }
  const rawPolicy = raw('ADSAUTH_ACCESS_POLICY');
  const accessPolicy = rawPolicy === undefined ? {} : collect(() => parseAccessPolicy(rawPolicy));
  const rawOrigins = raw('ADSAUTH_CORS_ORIGINS');
  const corsOrigins = rawOrigins === undefined ? undefined : collect(() => parseOrigins(rawOrigins));
  const allowedReturnUrls = collect(() => parseReturnUrls(raw('ADSAUTH_ALLOWED_RETURN_URLS')));
  if (!parsed.success || problems.length > 0) throw new ConfigError(problems);
  const e = parsed.data;
  const sandboxMode = !appConfigured;
  return Object.freeze({
    mode: sandboxMode ? 'sandbox' : 'live',
    databaseFile: e.ADSAUTH_DATABASE,
    host: e.HOST,
    port: e.PORT,
    logLevel: e.LOG_LEVEL,
    facebook: Object.freeze({
      appId: e.FACEBOOK_APP_ID,
      appSecret: e.FACEBOOK_APP_SECRET,
      redirectUri: e.FACEBOOK_REDIRECT_URI,
      businessId: e.FACEBOOK_BUSINESS_ID,
      graphApiVersion: e.GRAPH_API_VERSION,
      graphApiUrl: e.GRAPH_API_URL.replace(/\/+$/, ''),
      dialogUrl: e.FACEBOOK_DIALOG_URL.replace(/\/+$/, ''),
      loginConfigId: e.FACEBOOK_LOGIN_CONFIG_ID,
      businessLoginConfigId: e.FACEBOOK_BUSINESS_LOGIN_CONFIG_ID,
      webhookVerifyToken: e.FACEBOOK_WEBHOOK_VERIFY_TOKEN,
    }),
    graphTimeoutMs: e.GRAPH_TIMEOUT_MS,
    encryptionKeys,
    allowedReturnUrls: Object.freeze(allowedReturnUrls!),
    expiryWarningDays: e.ADSAUTH_EXPIRY_WARNING_DAYS,
    accessLevel: e.ADSAUTH_ACCESS_LEVEL,
    accessPolicy: accessPolicy!,
    historyDays: e.ADSAUTH_HISTORY_DAYS,
    pixelStaleDays: e.ADSAUTH_PIXEL_STALE_DAYS,
    smtpUrl: e.ADSAUTH_SMTP_URL,
    emailFrom: e.ADSAUTH_EMAIL_FROM,
    sweep: Object.freeze({
      intervalMs: e.ADSAUTH_SWEEP_INTERVAL,
      concurrency: e.ADSAUTH_SWEEP_CONCURRENCY,
      unknownAfterFailures: e.ADSAUTH_UNKNOWN_AFTER_FAILURES,
      expiryWarningThresholds: Object.freeze(e.ADSAUTH_EXPIRY_WARNING_THRESHOLDS),
    }),
    http: Object.freeze({
      corsOrigins: Object.freeze(corsOrigins ?? (sandboxMode ? loopbackOrigins(e.PORT) : [])),
      introspection: e.ADSAUTH_INTROSPECTION ?? sandboxMode,
      maxConnections: e.ADSAUTH_MAX_CONNECTIONS,
      trustedDocumentsFile: e.ADSAUTH_TRUSTED_DOCUMENTS,
      metricsToken: e.ADSAUTH_METRICS_TOKEN,
      dashboard: e.ADSAUTH_DASHBOARD ?? true,
    }),
    limits: Object.freeze({
      depth: e.ADSAUTH_MAX_DEPTH,
      aliases: e.ADSAUTH_MAX_ALIASES,
      directives: e.ADSAUTH_MAX_DIRECTIVES,
      tokens: e.ADSAUTH_MAX_TOKENS,
      cost: e.ADSAUTH_MAX_COST,
    }),
    budgets: Object.freeze({
      requestDeadlineMs: e.ADSAUTH_REQUEST_DEADLINE_MS,
      minRecheckSeconds: e.ADSAUTH_MIN_RECHECK_SECONDS,
      keyGraphCallsPerMinute: e.ADSAUTH_KEY_GRAPH_CALLS_PER_MINUTE,
      requestUsageCeilingPercent: e.ADSAUTH_REQUEST_USAGE_CEILING,
    }),
    webhooks: Object.freeze({ allowPrivate: e.ADSAUTH_WEBHOOK_ALLOW_PRIVATE ?? sandboxMode }),
  } satisfies Config);
}

/** One line per bad setting, `NAME must ...`: the first issue zod found for it. */
function settingProblems(issues: readonly z.core.$ZodIssue[]): string[] {
  const bySetting = new Map<string, string>();
  for (const issue of issues) {
    const setting = String(issue.path[0] ?? 'environment');
    if (!bySetting.has(setting)) bySetting.set(setting, `${setting} ${issue.message}`);
  }
  return [...bySetting.values()];
}

const DURATION_UNITS_MS = { s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 } as const;

/** `24h`, `30m`, `90s`, `2d`, or plain seconds; `0` is off. At most 30 days. */
function parseDuration(raw: string, ctx: z.RefinementCtx): number {
  const match = /^(\d+)\s*([smhd]?)$/i.exec(raw);
  const ms = match ? Number(match[1]) * DURATION_UNITS_MS[(match[2] || 's').toLowerCase() as keyof typeof DURATION_UNITS_MS] : Number.NaN;
  if (!(ms <= 30 * DURATION_UNITS_MS.d))
    ctx.addIssue({ code: 'custom', message: 'must be a duration like 24h, 30m, 90s or 0 (off), at most 30d' });
  return ms;
}

/** `7,1`: whole days from 1 to 60, largest first, each once. */
function parseDayList(raw: string, ctx: z.RefinementCtx): number[] {
  const days = splitList(raw).map(Number);
  if (days.length === 0 || days.some((d) => !Number.isInteger(d) || d < 1 || d > 60)) {
    ctx.addIssue({ code: 'custom', message: 'must be comma-separated whole days from 1 to 60, e.g. 7,1' });
  }
  return [...new Set(days)].sort((a, b) => b - a);
}

/** `kid:base64key,kid2:base64key`; every key must decode to 32 bytes. Values are never echoed. */
export function parseEncryptionKeys(raw: string): EncryptionKeySetting[] {
  const keys = splitList(raw).map((entry, index) => {
    const [id, material, extra] = entry.split(':');
    if (!id || !material || extra !== undefined || !/^[A-Za-z0-9_-]{1,32}$/.test(id)) {
      throw new ConfigError(`ADSAUTH_ENCRYPTION_KEYS entry ${index + 1} must look like kid:base64key`);
    }
    const key = Buffer.from(material, 'base64');
    if (key.length !== 32) {
      throw new ConfigError(`ADSAUTH_ENCRYPTION_KEYS key "${id}" must decode to 32 bytes (got ${key.length})`);
    }
    return { id, key };
  });
  if (keys.length === 0) throw new ConfigError('ADSAUTH_ENCRYPTION_KEYS must hold at least one kid:base64key');
  const ids = new Set(keys.map((k) => k.id));
  if (ids.size !== keys.length) throw new ConfigError('ADSAUTH_ENCRYPTION_KEYS has a key id twice');
  return keys;
}

const count = z.number().int('must be a whole number').min(0, 'must be 0 or more');
const policyRow = z
  .strictObject({
    description: z.string().min(1),
    adAccountLimit: count.nullable(),
    systemUserLimit: count,
    adminSystemUserLimit: count,
    rateLimiting: z.string().min(1),
    businessManagerAccess: z.string().min(1),
    canCreatePages: z.boolean(),
  })
  .partial();
const accessPolicySchema = z.strictObject({ DEVELOPMENT: policyRow, BASIC: policyRow, STANDARD: policyRow }).partial();

/** JSON like {"BASIC":{"adAccountLimit":50}}; adAccountLimit null = unlimited. */
export function parseAccessPolicy(raw: string): AccessPolicyOverrides {
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    throw new ConfigError('ADSAUTH_ACCESS_POLICY must be JSON like {"BASIC":{"adAccountLimit":50}}');
  }
  const parsed = accessPolicySchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const where = issue.path.length > 0 ? ` ${issue.path.join('.')}` : '';
    throw new ConfigError(`ADSAUTH_ACCESS_POLICY${where}: ${issue.message.replace(/\s+/g, ' ')}`);
  }
  return parsed.data;
}

/** Sandbox mode's default CORS origins: the gateway's own port and common dev-server ports on loopback. */
function loopbackOrigins(port: number): string[] {
  const ports = [...new Set([port, 3000, 5173, 8080].filter((p) => p > 0))];
  return ports.flatMap((p) => [`http://127.0.0.1:${p}`, `http://localhost:${p}`, `http://[::1]:${p}`]);
}

/** Exact origins, `scheme://host[:port]`, nothing after; `*` is refused because credentials are involved. */
function parseOrigins(raw: string): string[] {
  return splitList(raw).map((entry) => {
    let origin: string | undefined;
    try {
      const url = new URL(entry);
      if ((url.protocol === 'http:' || url.protocol === 'https:') && url.origin === entry.replace(/\/$/, '')) origin = url.origin;
    } catch {
      origin = undefined;
    }
    if (!origin) throw new ConfigError(`ADSAUTH_CORS_ORIGINS entry "${entry}" must be an exact origin like https://app.example.com`);
    return origin;
  });
}

/** Absolute http(s) URLs: a returnTo is allowed on the same origin, at or below one of their paths. */
function parseReturnUrls(raw: string | undefined): string[] {
  return splitList(raw).map((entry) => {
    if (!httpUrl.safeParse(entry).success) {
      throw new ConfigError(`ADSAUTH_ALLOWED_RETURN_URLS entry "${entry}" must be an http(s) URL like https://app.example.com/done`);
    }
    return entry;
  });
}

function splitList(raw: string | undefined): string[] {
  return (raw ?? '')
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '');
}
