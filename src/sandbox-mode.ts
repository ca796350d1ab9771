// What `serve` adds in sandbox mode: the sandbox's app as the Facebook app, a ready API key, a banner.
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DatabaseHandle } from '../db/client.ts';
import type { FacebookApp } from './app.ts';
import { systemClock } from './clock.ts';
import type { Config } from './config.ts';
import { sandboxDataDir } from './sandbox-key-file.ts';
import { createApiKeyRepository } from './repositories/api-keys.ts';
import { createWorkspaceRepository } from './repositories/workspaces.ts';
import { createApiKeyService } from './services/api-keys/api-keys.ts';
import { SANDBOX_SYSTEM_USER_CONFIG_ID } from './sandbox/business-integrations.ts';
import type { SandboxHandle } from './sandbox/types.ts';
import { DATA_DELETION_PATH, DEAUTHORIZE_PATH, WEBHOOK_PATH } from './routes/meta-callback-routes.ts';
import type { MetaCallbackServices } from './services/meta-callbacks/module.ts';

/** The sandbox's own app; the OAuth callback is this gateway's, at the URL it really listens on. */
export function sandboxFacebookApp(config: Config, sandbox: SandboxHandle, gatewayUrl: string): FacebookApp {
  return {
    appId: sandbox.world.app.id,
    appSecret: sandbox.world.app.secret,
    redirectUri: config.facebook.redirectUri ?? `${gatewayUrl}/oauth/facebook/callback/`,
    graphApiVersion: config.facebook.graphApiVersion,
    graphApiUrl: sandbox.url,
    dialogUrl: sandbox.url,
    sandbox: true,
    // Plain Facebook Login for users unless a configuration is named: a configuration's permissions are
    // all or nothing, and the sandbox should let a person untick one. The built-in system-user
    // configuration for Login for Business, and a verify token of this run.
    loginConfigId: config.facebook.loginConfigId,
    businessLoginConfigId: config.facebook.businessLoginConfigId ?? SANDBOX_SYSTEM_USER_CONFIG_ID,
    webhookVerifyToken: config.facebook.webhookVerifyToken ?? randomBytes(24).toString('base64url'),
  };
}

/**
 * Points the sandbox's app at this gateway as a Meta-app admin would: the deauthorize and data deletion
 * callback URLs, and the business integration webhooks, subscribed through Graph (the sandbox checks
 * the endpoint first, as Meta does). Its control API's uninstall, update and removal then reach us.
 * Answers what Graph answered to the subscription.
 */
export function connectSandboxCallbacks(sandbox: SandboxHandle, gatewayUrl: string, callbacks: MetaCallbackServices): Promise<unknown> {
  sandbox.world.setApp({
    deauthorizeCallbackUrl: `${gatewayUrl}${DEAUTHORIZE_PATH}`,
    dataDeletionCallbackUrl: `${gatewayUrl}${DATA_DELETION_PATH}`,
  });
  return callbacks.webhookSubscriptions.subscribe(`${gatewayUrl}${WEBHOOK_PATH}`);
}

/** The sandbox world beside the database, so a restart keeps it; an in-memory database keeps an in-memory world. */
export function sandboxWorldFile(config: Config): string | undefined {
  return config.databaseFile === ':memory:' ? undefined : `${config.databaseFile}.sandbox.json`;
}

/** One ADMIN key, kept (mode 0600) beside the database so GraphiQL works across restarts. */
export function sandboxApiKey(database: DatabaseHandle, config: Config): string {
  const file = join(sandboxDataDir(config), 'sandbox-api-key');
  const { db } = database;
  const service = createApiKeyService({
    apiKeys: createApiKeyRepository(db),
    workspaces: createWorkspaceRepository(db),
    clock: systemClock,
  });
  if (existsSync(file)) {
    const saved = readFileSync(file, 'utf8').trim();
    if (service.authenticate(saved)) return saved;
  }
  const created = service.create({ workspaceName: 'Sandbox', name: 'sandbox-graphiql', role: 'ADMIN' });
  writeFileSync(file, `${created.secret}\n`, { mode: 0o600 });
  return created.secret;
}

/** One write, so the banner is never interleaved with log lines. */
export function printSandboxBanner(out: (text: string) => void, info: { url: string; sandboxUrl: string; apiKey: string }): void {
  const rule = '='.repeat(78);
  out(
    [
      rule,
      '  adsauth is running in SANDBOX MODE: no Facebook app is configured.',
      `  Graph API calls go to the local Graph sandbox at ${info.sandboxUrl}, not to Facebook.`,
      '',
      `  GraphiQL:  ${info.url}/graphql`,
      `  API key:   ${info.apiKey}`,
      `  Try:       curl -s ${info.url}/graphql -H 'Authorization: Bearer ${info.apiKey}' \\`,
      `               -H 'Content-Type: application/json' -d '{"query":"{ viewer { role workspace { name } } }"}'`,
      `  Sandbox control API: ${info.sandboxUrl}/__sandbox/world`,
      rule,
    ].join('\n'),
  );
}
