import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, parseEncryptionKeys } from '../../src/config.ts';
import { applyOverrides, DEFAULT_ACCESS_LEVELS } from '../../src/domain/access-levels.ts';

const key32 = (fill: number) => Buffer.alloc(32, fill).toString('base64');
const SECRET = '0123456789abcdef0123456789abcdef';
const live = {
  FACEBOOK_APP_ID: '1234567890',
  FACEBOOK_APP_SECRET: SECRET,
  FACEBOOK_REDIRECT_URI: 'https://adsauth.example.com/oauth/facebook/callback/',
  ADSAUTH_ENCRYPTION_KEYS: `k1:${key32(1)}`,
};

/** The ConfigError message for an environment, or fails when it loads. */
function configError(env: Record<string, string>): string {
  try {
    loadConfig(env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as Error).message;
    expect(message).not.toContain('\n');
    return message;
  }
  throw new Error(`expected a ConfigError for ${JSON.stringify(Object.keys(env))}`);
}

describe('loadConfig defaults', () => {
  it('an empty environment is sandbox mode with every default', () => {
    const config = loadConfig({});
    expect({ ...config, http: { ...config.http, corsOrigins: [...config.http.corsOrigins].sort() } }).toEqual({
      mode: 'sandbox',
      databaseFile: './data/adsauth.db',
      host: '127.0.0.1',
      port: 4000,
      logLevel: 'info',
      facebook: {
        appId: undefined,
        appSecret: undefined,
        redirectUri: undefined,
        graphApiVersion: 'v26.0',
        graphApiUrl: 'https://graph.facebook.com',
        dialogUrl: 'https://www.facebook.com',
        loginConfigId: undefined,
        businessLoginConfigId: undefined,
        webhookVerifyToken: undefined,
        businessId: undefined,
      },
      graphTimeoutMs: 10_000,
      encryptionKeys: undefined,
      allowedReturnUrls: [],
      expiryWarningDays: 7,
      accessLevel: undefined,
      accessPolicy: {},
      historyDays: 180,
      pixelStaleDays: 30,
      smtpUrl: undefined,
      emailFrom: 'adsauth <adsauth@localhost>',
      sweep: { intervalMs: 86_400_000, concurrency: 4, unknownAfterFailures: 3, expiryWarningThresholds: [7, 1] },
      http: {
        corsOrigins: ['3000', '4000', '5173', '8080']
          .flatMap((port) => [`http://127.0.0.1:${port}`, `http://localhost:${port}`, `http://[::1]:${port}`])
          .sort(),
        introspection: true,
        maxConnections: 1000,
        trustedDocumentsFile: undefined,
        metricsToken: undefined,
        dashboard: true,
      },
      limits: { depth: 12, aliases: 15, directives: 50, tokens: 600, cost: 20_000 },
      budgets: { requestDeadlineMs: 15_000, minRecheckSeconds: 60, keyGraphCallsPerMinute: 60, requestUsageCeilingPercent: 85 },
      webhooks: { allowPrivate: true },
    });
    expect(Object.isFrozen(config)).toBe(true);
    expect(Object.isFrozen(config.facebook)).toBe(true);
  });

  it('blank values count as unset', () => {
    const config = loadConfig({ ADSAUTH_DATABASE: ' ', HOST: '', PORT: '', GRAPH_API_VERSION: '', GRAPH_API_URL: '  ' });
    expect([config.databaseFile, config.host, config.port, config.facebook.graphApiVersion, config.facebook.graphApiUrl]).toEqual([
      './data/adsauth.db',
      '127.0.0.1',
      4000,
      'v26.0',
      'https://graph.facebook.com',
    ]);
  });

  it('reads every setting', () => {
    const config = loadConfig({
      ...live,
      ADSAUTH_DATABASE: '/var/lib/adsauth/db.sqlite',
      HOST: '::1',
      PORT: '0',
      LOG_LEVEL: 'warn',
      GRAPH_API_VERSION: 'v24.0',
      GRAPH_API_URL: 'http://127.0.0.1:9999/',
      FACEBOOK_DIALOG_URL: 'http://127.0.0.1:9999//',
      GRAPH_TIMEOUT_MS: '2500',
      ADSAUTH_ALLOWED_RETURN_URLS: ' https://app.example.com/done , https://other.example.com/ ,',
      ADSAUTH_EXPIRY_WARNING_DAYS: '14',
      ADSAUTH_HISTORY_DAYS: '30',
      ADSAUTH_PIXEL_STALE_DAYS: '14',
      FACEBOOK_BUSINESS_ID: '4242',
      ADSAUTH_CORS_ORIGINS: 'https://app.example.com, http://localhost:5173/',
      ADSAUTH_INTROSPECTION: 'yes',
      ADSAUTH_MAX_CONNECTIONS: '50',
      ADSAUTH_METRICS_TOKEN: 'a-long-enough-metrics-token',
      ADSAUTH_MAX_DEPTH: '8',
      ADSAUTH_MAX_COST: '5000',
      ADSAUTH_REQUEST_DEADLINE_MS: '5000',
      ADSAUTH_MIN_RECHECK_SECONDS: '0',
      ADSAUTH_KEY_GRAPH_CALLS_PER_MINUTE: '600',
      ADSAUTH_REQUEST_USAGE_CEILING: '70',
      ADSAUTH_WEBHOOK_ALLOW_PRIVATE: 'true',
      FACEBOOK_LOGIN_CONFIG_ID: '6000000000000001',
      FACEBOOK_BUSINESS_LOGIN_CONFIG_ID: ' 6000000000000002 ',
      FACEBOOK_WEBHOOK_VERIFY_TOKEN: 'a-long-verify-token',
    });
    expect(config).toMatchObject({
      mode: 'live',
      databaseFile: '/var/lib/adsauth/db.sqlite',
      host: '::1',
      port: 0,
      logLevel: 'warn',
      facebook: {
        appId: '1234567890',
        appSecret: SECRET,
        graphApiVersion: 'v24.0',
        graphApiUrl: 'http://127.0.0.1:9999',
        dialogUrl: 'http://127.0.0.1:9999',
        loginConfigId: '6000000000000001',
        businessLoginConfigId: '6000000000000002',
        webhookVerifyToken: 'a-long-verify-token',
        businessId: '4242',
      },
      graphTimeoutMs: 2500,
      allowedReturnUrls: ['https://app.example.com/done', 'https://other.example.com/'],
      expiryWarningDays: 14,
      historyDays: 30,
      pixelStaleDays: 14,
      http: {
        corsOrigins: ['https://app.example.com', 'http://localhost:5173'],
        introspection: true,
        maxConnections: 50,
        metricsToken: 'a-long-enough-metrics-token',
      },
      limits: { depth: 8, cost: 5000 },
      budgets: { requestDeadlineMs: 5000, minRecheckSeconds: 0, keyGraphCallsPerMinute: 600, requestUsageCeilingPercent: 70 },
      webhooks: { allowPrivate: true },
    });
  });

  it('live mode is closed by default: no CORS origins, no introspection, no private webhook addresses', () => {
    const config = loadConfig(live);
    expect([config.http.corsOrigins, config.http.introspection, config.webhooks.allowPrivate]).toEqual([[], false, false]);
  });
});

describe('loadConfig validation: one line that names the setting', () => {
  it.each([
    ['PORT', 'abc'],
    ['PORT', '-1'],
    ['PORT', '65536'],
    ['PORT', '80.5'],
    ['LOG_LEVEL', 'loud'],
    ['FACEBOOK_APP_ID', 'my-app'],
    ['FACEBOOK_REDIRECT_URI', 'not a url'],
    ['FACEBOOK_REDIRECT_URI', 'ftp://example.com/callback/'],
    ['GRAPH_API_VERSION', '25.0'],
    ['GRAPH_API_VERSION', 'v25'],
    ['GRAPH_API_URL', 'graph.facebook.com'],
    ['FACEBOOK_DIALOG_URL', 'javascript:alert(1)'],
    ['GRAPH_TIMEOUT_MS', '0'],
    ['GRAPH_TIMEOUT_MS', 'soon'],
    ['ADSAUTH_EXPIRY_WARNING_DAYS', '-3'],
    ['ADSAUTH_HISTORY_DAYS', '0'],
    ['ADSAUTH_HISTORY_DAYS', 'forever'],
    ['ADSAUTH_PIXEL_STALE_DAYS', '0'],
    ['ADSAUTH_PIXEL_STALE_DAYS', 'a month'],
    ['FACEBOOK_BUSINESS_ID', 'acme'],
    ['ADSAUTH_INTROSPECTION', 'maybe'],
    ['ADSAUTH_WEBHOOK_ALLOW_PRIVATE', '2'],
    ['ADSAUTH_METRICS_TOKEN', 'short'],
    ['ADSAUTH_MAX_DEPTH', '0'],
    ['ADSAUTH_REQUEST_USAGE_CEILING', '101'],
    ['ADSAUTH_MAX_CONNECTIONS', 'many'],
    ['FACEBOOK_LOGIN_CONFIG_ID', 'config-1'],
    ['FACEBOOK_BUSINESS_LOGIN_CONFIG_ID', '12ab'],
    ['FACEBOOK_WEBHOOK_VERIFY_TOKEN', 'short'],
    ['FACEBOOK_WEBHOOK_VERIFY_TOKEN', 'has a space in the middle'],
    ['ADSAUTH_ALLOWED_RETURN_URLS', 'notaurl'],
    ['ADSAUTH_ALLOWED_RETURN_URLS', 'https://app.example.com/done, /relative/path'],
    ['ADSAUTH_ALLOWED_RETURN_URLS', 'javascript:alert(1)'],
  ])('%s=%j is refused', (setting, value) => {
    expect(configError({ ...live, [setting]: value })).toMatch(new RegExp(`^${setting} (entry "[^"]+" )?must `));
  });

  it('LOG_LEVEL is refused in the same words as the others', () => {
    expect(configError({ LOG_LEVEL: 'loud' })).toBe('LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent');
  });

  it('ADSAUTH_ALLOWED_RETURN_URLS names the entry that is not an http(s) URL', () => {
    expect(configError({ ADSAUTH_ALLOWED_RETURN_URLS: 'https://app.example.com/done,notaurl' })).toBe(
      'ADSAUTH_ALLOWED_RETURN_URLS entry "notaurl" must be an http(s) URL like https://app.example.com/done',
    );
  });

  it('every bad setting is reported at once, one problem per setting', () => {
    let error: unknown;
    try {
      loadConfig({
        FACEBOOK_APP_ID: '1234567890',
        PORT: 'eighty',
        LOG_LEVEL: 'loud',
        ADSAUTH_ALLOWED_RETURN_URLS: 'notaurl',
        ADSAUTH_CORS_ORIGINS: '*',
        ADSAUTH_ACCESS_POLICY: '{BASIC:50}',
        ADSAUTH_SWEEP_INTERVAL: '1w',
      });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems.map((problem) => problem.split(' ')[0]);
    expect([...problems].sort()).toEqual(
      [
        'PORT',
        'LOG_LEVEL',
        'ADSAUTH_SWEEP_INTERVAL',
        'FACEBOOK_APP_SECRET',
        'FACEBOOK_REDIRECT_URI',
        'ADSAUTH_ENCRYPTION_KEYS',
        'ADSAUTH_ACCESS_POLICY',
        'ADSAUTH_CORS_ORIGINS',
        'ADSAUTH_ALLOWED_RETURN_URLS',
      ].sort(),
    );
    expect((error as ConfigError).message).toBe((error as ConfigError).problems.join('; '));
  });

  it('a malformed app secret is refused without echoing it', () => {
    const message = configError({ ...live, FACEBOOK_APP_SECRET: 'SECRETMARKER-not-hex' });
    expect(message).toMatch(/^FACEBOOK_APP_SECRET must be the 32-character hex app secret$/);
    expect(message).not.toContain('SECRETMARKER');
  });
});

describe('a partial Facebook app configuration', () => {
  it.each(['FACEBOOK_APP_ID', 'FACEBOOK_APP_SECRET', 'FACEBOOK_REDIRECT_URI'] as const)('without %s is refused, naming it', (missing) => {
    const { [missing]: _omitted, ...partial } = live;
    expect(configError(partial)).toBe(`${missing} is required when a Facebook app is configured`);
  });

  it('an app id alone is refused, naming everything else it needs', () => {
    expect(configError({ FACEBOOK_APP_ID: '1234567890' })).toBe(
      [
        'FACEBOOK_APP_SECRET is required when a Facebook app is configured',
        'FACEBOOK_REDIRECT_URI is required when a Facebook app is configured',
        'ADSAUTH_ENCRYPTION_KEYS is required outside sandbox mode (kid:base64key, 32-byte keys)',
      ].join('; '),
    );
  });

  it('a complete app without encryption keys is refused: live mode must encrypt tokens', () => {
    const { ADSAUTH_ENCRYPTION_KEYS: _omitted, ...withoutKeys } = live;
    expect(configError(withoutKeys)).toMatch(/^ADSAUTH_ENCRYPTION_KEYS is required outside sandbox mode/);
  });

  it('a redirect URI alone does not leave sandbox mode', () => {
    expect(loadConfig({ FACEBOOK_REDIRECT_URI: live.FACEBOOK_REDIRECT_URI }).mode).toBe('sandbox');
  });
});

describe('ADSAUTH_ENCRYPTION_KEYS', () => {
  it('parses kid:base64key entries, the first being the active key', () => {
    const keys = parseEncryptionKeys(`k2:${key32(2)}, k1:${key32(1)}`);
    expect(keys.map((k) => [k.id, k.key.length, k.key[0]])).toEqual([
      ['k2', 32, 2],
      ['k1', 32, 1],
    ]);
    expect(loadConfig(live).encryptionKeys?.[0]?.id).toBe('k1');
  });

  it.each([
    ['no kid', `${key32(1)}`, /entry 1 must look like kid:base64key/],
    ['an extra colon', `k1:${key32(1)}:x`, /entry 1 must look like kid:base64key/],
    ['a bad kid', `k 1:${key32(1)}`, /entry 1 must look like kid:base64key/],
    ['a short key', `k1:${Buffer.alloc(16, 7).toString('base64')}`, /key "k1" must decode to 32 bytes \(got 16\)/],
    ['a repeated kid', `k1:${key32(1)},k1:${key32(2)}`, /has a key id twice/],
    ['only commas', ' , ,', /must hold at least one kid:base64key/],
  ])('refuses %s, without echoing key material', (_case, raw, expected) => {
    const message = configError({ ...live, ADSAUTH_ENCRYPTION_KEYS: raw });
    expect(message).toMatch(/^ADSAUTH_ENCRYPTION_KEYS /);
    expect(message).toMatch(expected);
    for (const material of raw.split(/[,:]/).filter((part) => part.trim().length > 8)) expect(message).not.toContain(material);
  });
});

describe('ADSAUTH_ACCESS_LEVEL and ADSAUTH_ACCESS_POLICY', () => {
  it('take a tier in any case, and JSON changes to the policy table that apply over the seed', () => {
    const config = loadConfig({
      ADSAUTH_ACCESS_LEVEL: ' basic ',
      ADSAUTH_ACCESS_POLICY: '{"BASIC":{"adAccountLimit":50},"STANDARD":{"systemUserLimit":12}}',
    });
    expect(config.accessLevel).toBe('BASIC');
    expect(config.accessPolicy).toEqual({ BASIC: { adAccountLimit: 50 }, STANDARD: { systemUserLimit: 12 } });
    const levels = applyOverrides(DEFAULT_ACCESS_LEVELS, config.accessPolicy);
    expect(levels.map((level) => [level.tier, level.adAccountLimit, level.systemUserLimit])).toEqual([
      ['DEVELOPMENT', 5, 1],
      ['BASIC', 50, 3],
      ['STANDARD', null, 12],
    ]);
  });

  it('a null ad-account limit means unlimited', () => {
    expect(loadConfig({ ADSAUTH_ACCESS_POLICY: '{"DEVELOPMENT":{"adAccountLimit":null}}' }).accessPolicy).toEqual({
      DEVELOPMENT: { adAccountLimit: null },
    });
  });

  it.each([
    ['ADSAUTH_ACCESS_LEVEL', 'GOLD', /^ADSAUTH_ACCESS_LEVEL must be one of DEVELOPMENT, BASIC, STANDARD$/],
    ['ADSAUTH_ACCESS_LEVEL', 'LIMITED', /^ADSAUTH_ACCESS_LEVEL must be one of/],
    ['ADSAUTH_ACCESS_POLICY', '{BASIC:50}', /^ADSAUTH_ACCESS_POLICY must be JSON like \{"BASIC":\{"adAccountLimit":50\}\}$/],
    ['ADSAUTH_ACCESS_POLICY', '[1]', /^ADSAUTH_ACCESS_POLICY: /],
    ['ADSAUTH_ACCESS_POLICY', '{"GOLD":{}}', /^ADSAUTH_ACCESS_POLICY: .*GOLD/],
    ['ADSAUTH_ACCESS_POLICY', '{"BASIC":{"adAccountLimit":-1}}', /^ADSAUTH_ACCESS_POLICY BASIC\.adAccountLimit: must be 0 or more$/],
    ['ADSAUTH_ACCESS_POLICY', '{"BASIC":{"adAccountLimit":2.5}}', /^ADSAUTH_ACCESS_POLICY BASIC\.adAccountLimit: must be a whole number$/],
    ['ADSAUTH_ACCESS_POLICY', '{"BASIC":{"adAccountLimit":"50"}}', /^ADSAUTH_ACCESS_POLICY BASIC\.adAccountLimit: /],
    ['ADSAUTH_ACCESS_POLICY', '{"BASIC":{"accountLimit":50}}', /^ADSAUTH_ACCESS_POLICY BASIC: .*accountLimit/],
  ])('%s=%s is refused with one line naming it', (setting, value, expected) => {
    expect(configError({ [setting]: value })).toMatch(expected);
  });
});

describe('notification email settings', () => {
  it('take an smtp or smtps URL and a From address with or without a name', () => {
    const config = loadConfig({
      ADSAUTH_SMTP_URL: 'smtps://mailer:s3cret@mail.example.com:465',
      ADSAUTH_EMAIL_FROM: 'Ads Ops <ops@example.com>',
    });
    expect([config.smtpUrl, config.emailFrom]).toEqual(['smtps://mailer:s3cret@mail.example.com:465', 'Ads Ops <ops@example.com>']);
    expect(loadConfig({ ADSAUTH_SMTP_URL: 'smtp://127.0.0.1:2525', ADSAUTH_EMAIL_FROM: 'ops@example.com' })).toMatchObject({
      smtpUrl: 'smtp://127.0.0.1:2525',
      emailFrom: 'ops@example.com',
    });
  });

  it.each([
    ['ADSAUTH_SMTP_URL', 'https://mailer:s3cret@mail.example.com/'],
    ['ADSAUTH_SMTP_URL', 'mail.example.com:s3cret'],
    ['ADSAUTH_EMAIL_FROM', 'adsauth'],
    ['ADSAUTH_EMAIL_FROM', 'a b@example.com'],
  ])('%s=%j is refused with one line naming it, without the value', (setting, value) => {
    const message = configError({ [setting]: value });
    expect(message).toMatch(new RegExp(`^${setting} must be`));
    expect(message).not.toContain('s3cret');
  });
});

describe('health sweep settings', () => {
  it('ADSAUTH_SWEEP_INTERVAL takes 24h, 30m, 90s, 2d or plain seconds; 0 turns the schedule off', () => {
    const interval = (value: string) => loadConfig({ ADSAUTH_SWEEP_INTERVAL: value }).sweep.intervalMs;
    expect([interval('24h'), interval('30m'), interval('90s'), interval('2d'), interval('45'), interval('0'), interval(' ')]).toEqual([
      86_400_000, 1_800_000, 90_000, 172_800_000, 45_000, 0, 86_400_000,
    ]);
  });

  it('the concurrency, the failures before UNKNOWN and the warning thresholds (largest first, each once)', () => {
    const config = loadConfig({
      ADSAUTH_SWEEP_CONCURRENCY: '8',
      ADSAUTH_UNKNOWN_AFTER_FAILURES: '5',
      ADSAUTH_EXPIRY_WARNING_THRESHOLDS: '1, 14,7,7',
    });
    expect(config.sweep).toEqual({ intervalMs: 86_400_000, concurrency: 8, unknownAfterFailures: 5, expiryWarningThresholds: [14, 7, 1] });
    expect(Object.isFrozen(config.sweep)).toBe(true);
  });

  it.each([
    ['ADSAUTH_SWEEP_INTERVAL', '1w', /^ADSAUTH_SWEEP_INTERVAL must be a duration like 24h/],
    ['ADSAUTH_SWEEP_INTERVAL', '31d', /at most 30d/],
    ['ADSAUTH_SWEEP_INTERVAL', '-5', /^ADSAUTH_SWEEP_INTERVAL must be/],
    ['ADSAUTH_SWEEP_CONCURRENCY', '0', /^ADSAUTH_SWEEP_CONCURRENCY must be a whole number from 1 to 32/],
    ['ADSAUTH_SWEEP_CONCURRENCY', '33', /^ADSAUTH_SWEEP_CONCURRENCY must be a whole number from 1 to 32/],
    ['ADSAUTH_UNKNOWN_AFTER_FAILURES', '0', /^ADSAUTH_UNKNOWN_AFTER_FAILURES must be a whole number from 1 to 100/],
    ['ADSAUTH_UNKNOWN_AFTER_FAILURES', 'three', /^ADSAUTH_UNKNOWN_AFTER_FAILURES must be a whole number/],
    ['ADSAUTH_EXPIRY_WARNING_THRESHOLDS', '7,0', /^ADSAUTH_EXPIRY_WARNING_THRESHOLDS must be comma-separated whole days from 1 to 60/],
    ['ADSAUTH_EXPIRY_WARNING_THRESHOLDS', '7,1.5', /^ADSAUTH_EXPIRY_WARNING_THRESHOLDS must be/],
    ['ADSAUTH_EXPIRY_WARNING_THRESHOLDS', ',', /^ADSAUTH_EXPIRY_WARNING_THRESHOLDS must be/],
  ])('%s=%j is refused with one line naming it', (setting, value, expected) => {
    expect(configError({ [setting]: value })).toMatch(expected);
  });
});
