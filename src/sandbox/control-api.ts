// The control API under /__sandbox/ (JSON): every SandboxWorld operation over HTTP, so a demo
// authorization can be put into any state with curl. Bodies are checked with zod; a bad body is a
// 400 naming the field, an unknown id a 404. Not part of Graph: no faults, no latency, no call log.
import type { ServerResponse } from 'node:http';
import type { z } from 'zod';
import { schemas } from './control-schemas.ts';
import {
  installIntegration,
  removeAppForUser,
  requestDataDeletion,
  uninstallIntegration,
  updateIntegrationAssets,
} from './integration-lifecycle.ts';
import { sendJson } from './http-util.ts';
import { SandboxError } from './directory.ts';
import type { World } from './world.ts';

export interface ControlRequest {
  method: string;
  /** path segments after `__sandbox` */
  segments: string[];
  query: Record<string, string>;
  body: string;
}

type Answer = [status: number, body: unknown];
/** Routes that make Meta's deliveries to the gateway answer once the gateway has answered. */
type Handler = (world: World, args: { id: string; body: unknown }) => Answer | Promise<Answer>;

const ok = { ok: true };
/** Parses a body with a schema, or throws a 400 that names the field. */
function parse<S extends z.ZodType>(schema: S, body: unknown): z.output<S> {
  const result = schema.safeParse(body);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const field = issue.path.length ? issue.path.join('.') : 'body';
  throw new SandboxError(400, `${field}: ${issue.message}`);
}

const routes: Record<string, Handler> = {
  'GET world': (w) => [200, w.snapshot()],
  'POST users': (w, { body }) => [201, w.createUser(parse(schemas.user, body))],
  'POST users/:id/password': (w, { id }) => (w.changePassword(id), [200, ok]),
  'POST users/:id/revoke-app': (w, { id }) => (w.revokeApp(id), [200, ok]),
  'POST users/:id/remove-app': async (w, { id }) => [200, await removeAppForUser(w, id)],
  'POST users/:id/data-deletion-request': async (w, { id }) => [200, await requestDataDeletion(w, id)],
  'GET login-configurations': (w) => [200, w.integrations.listConfigurations()],
  'POST login-configurations': (w, { body }) => [201, w.integrations.addConfiguration(parse(schemas.loginConfiguration, body))],
  'GET integrations': (w) => [200, w.integrations.listIntegrations()],
  'GET subscriptions': (w) => [200, w.integrations.listSubscriptions()],
  'POST integrations': async (w, { body }) => [201, await installIntegration(w, parse(schemas.integration, body))],
  'PUT integrations/:id/assets': async (w, { id, body }) => [
    200,
    await updateIntegrationAssets(w, id, parse(schemas.integrationAssets, body).assetIds),
  ],
  'POST integrations/:id/uninstall': async (w, { id }) => [200, await uninstallIntegration(w, id)],
  'POST users/:id/remove-scope': (w, { id, body }) => (w.removeScope(id, parse(schemas.scope, body).scope), [200, ok]),
  'POST users/:id/expire-permission': (w, { id, body }) => (w.expirePermission(id, parse(schemas.scope, body).scope), [200, ok]),
  'POST businesses': (w, { body }) => [201, w.createBusiness(parse(schemas.business, body))],
  'POST businesses/:id/system-users': (w, { id, body }) => [
    201,
    w.createSystemUser({ ...parse(schemas.systemUser, body), businessId: id }),
  ],
  'POST ad-accounts': (w, { body }) => [201, w.createAdAccount(parse(schemas.adAccount, body))],
  'PATCH ad-accounts/:id': (w, { id, body }) => [200, w.updateAdAccount(id, parse(schemas.adAccountPatch, body))],
  'POST ad-accounts/:id/access': (w, { id, body }) => {
    const { userId, tasks } = parse(schemas.access, body);
    return [200, w.directory.grantAdAccount(id, userId, tasks)];
  },
  'POST pixels': (w, { body }) => [201, w.createPixel(parse(schemas.pixel, body))],
  'POST pixels/:id/connect': (w, { id, body }) => [200, w.connectPixel(id, parse(schemas.pixelAccount, body).accountId)],
  'POST pixels/:id/disconnect': (w, { id, body }) => [200, w.disconnectPixel(id, parse(schemas.pixelAccount, body).accountId)],
  'POST pixels/:id/fire': (w, { id, body }) => [200, w.firePixel(id, parse(schemas.pixelFire, body).secondsAgo)],
  'PUT app/permissions/:id': (w, { id, body }) => (w.setAppPermission(id, parse(schemas.appPermission, body).status), [200, ok]),
  'PUT businesses/:id/verification': (w, { id, body }) => (
    w.setBusinessVerification(id, parse(schemas.verification, body).status),
    [200, ok]
  ),
  'POST tokens': (w, { body }) => [201, w.createToken(parse(schemas.token, body))],
  'POST tokens/expire': (w, { body }) => tokenOp(w, body, (t) => w.expireToken(t)),
  'POST tokens/invalidate': (w, { body }) => {
    const { accessToken, subcode } = parse(schemas.invalidate, body);
    w.invalidateToken(accessToken, subcode);
    return [200, w.tokenInfo(accessToken)];
  },
  'POST tokens/expire-data-access': (w, { body }) => tokenOp(w, body, (t) => w.expireDataAccess(t)),
  'POST codes': (w, { body }) => [201, { code: w.createAuthorizationCode(parse(schemas.code, body)) }],
  'PATCH app': (w, { body }) => [200, w.setApp(parse(schemas.app, body))],
  'PUT faults': (w, { body }) => [200, w.setFaults(parse(schemas.faults, body))],
  'PUT throttle': (w, { body }) => [200, w.setThrottle(parse(schemas.throttle, body))],
  'GET calls': (w) => [200, w.calls()],
  'GET counters': (w) => [200, w.counters()],
  'DELETE calls': (w) => (w.resetCalls(), [200, ok]),
  'POST reset': (w) => (w.reset(), [200, w.snapshot()]),
};

function tokenOp(world: World, body: unknown, op: (accessToken: string) => void): [number, unknown] {
  const { accessToken } = parse(schemas.accessToken, body);
  op(accessToken);
  return [200, world.tokenInfo(accessToken)];
}

/** `users/100…/password` → the `users/:id/password` route and its id. */
function match(method: string, segments: string[]): { handler: Handler; id: string } | undefined {
  for (const [key, handler] of Object.entries(routes)) {
    const [routeMethod, pattern] = key.split(' ') as [string, string];
    const parts = pattern.split('/');
    if (routeMethod !== method || parts.length !== segments.length) continue;
    let id = '';
    if (parts.every((part, i) => (part === ':id' ? ((id = segments[i]!), true) : part === segments[i]))) return { handler, id };
  }
  return undefined;
}

/** Browser dev panels on other origins may drive the sandbox too. */
const CORS = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': 'GET, POST, PUT, PATCH, DELETE',
  'Access-Control-Allow-Headers': 'content-type',
};

export async function handleControl(world: World, request: ControlRequest, res: ServerResponse): Promise<void> {
  for (const [name, value] of Object.entries(CORS)) res.setHeader(name, value);
  if (request.method === 'OPTIONS') return void res.writeHead(204).end();
  const route = match(request.method, request.segments);
  if (!route) {
    return sendJson(res, 404, {
      error: { message: `no control route ${request.method} /__sandbox/${request.segments.join('/')} (see docs/sandbox.md)` },
    });
  }
  let body: unknown = {};
  if (request.body.trim()) {
    try {
      body = JSON.parse(request.body);
    } catch {
      return sendJson(res, 400, { error: { message: 'body: must be JSON' } });
    }
  }
  try {
    const [status, answer] = await route.handler(world, { id: route.id, body });
    sendJson(res, status, answer ?? null);
  } catch (error) {
    if (error instanceof SandboxError) return sendJson(res, error.status, { error: { message: error.message } });
    throw error;
  }
}
