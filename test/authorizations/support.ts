import { expect } from 'vitest';
import { createTestApp, type TestAppOptions } from '../helpers/test-app.ts';
import { gql } from '../helpers/gql.ts';
import type { CreateTokenInput } from '../../src/sandbox/types.ts';
import type { FacebookPermission } from '../gql/graphql.ts';
import { CompleteFacebookOAuth, RefreshAuthorization, RegisterSystemUserToken, StartFacebookOAuth } from './documents.ts';

const PERMISSIONS: Record<string, FacebookPermission> = {
  ads_management: 'ADS_MANAGEMENT',
  ads_read: 'ADS_READ',
  business_management: 'BUSINESS_MANAGEMENT',
  public_profile: 'PUBLIC_PROFILE',
  email: 'EMAIL',
};

/** The API's enum value of a permission named as Facebook names it (the sandbox takes Facebook's names). */
export function permissionOf(scope: string): FacebookPermission {
  const permission = PERMISSIONS[scope];
  if (!permission) throw new Error(`${scope} is no FacebookPermission`);
  return permission;
}

export type AuthorizationTest = Awaited<ReturnType<typeof setupAuthorizationTest>>;

/** A test app with a sandbox, an EDITOR key, and shortcuts to create Facebook identities and authorizations. */
export async function setupAuthorizationTest(options: TestAppOptions = {}) {
  const t = await createTestApp(options);
  const world = t.sandbox!.world;
  const apiKey = t.createApiKey({ role: 'EDITOR', name: 'dashboard' });
  let counter = 0;
  const business = world.createBusiness({ name: 'Agency BM' });

  /** A system user in the sandbox's business and a token for it. */
  function systemUserToken(token: Partial<Omit<CreateTokenInput, 'userId'>> = {}) {
    const systemUser = world.createSystemUser({ businessId: business.id, name: `System user ${++counter}`, role: 'EMPLOYEE' });
    const info = world.createToken({
      type: 'SYSTEM_USER',
      userId: systemUser.id,
      scopes: ['ads_management', 'business_management'],
      expiresInSeconds: 0,
      ...token,
    });
    return { systemUser, token: info.accessToken };
  }

  async function registerSystemUser(input: { label?: string; token?: string; apiKey?: string } = {}) {
    const token = input.token ?? systemUserToken().token;
    const result = await gql(
      t.app,
      RegisterSystemUserToken,
      { input: { label: input.label ?? `System user ${++counter}`, accessToken: token, businessId: business.id } },
      { apiKey: input.apiKey ?? apiKey },
    );
    const payload = result.registerSystemUserToken;
    if (payload.__typename !== 'RegisterSystemUserTokenPayload') throw new Error(`registration failed: ${JSON.stringify(payload)}`);
    return { authorization: payload.authorization, warnings: payload.warnings, token };
  }

  async function startOAuth(input: { label?: string; scopes?: string[]; returnTo?: string; authorizationId?: string } = {}, key = apiKey) {
    const scopes = input.scopes?.map(permissionOf);
    const result = await gql(t.app, StartFacebookOAuth, { input: { label: input.label ?? 'Jane', ...input, scopes } }, { apiKey: key });
    const payload = result.startFacebookOAuth;
    if (payload.__typename !== 'StartFacebookOAuthPayload') throw new Error(`start failed: ${JSON.stringify(payload)}`);
    return payload;
  }

  /** What the dialog's Allow would do: a code for this user, bound to the app's redirect URI. */
  function codeFor(userId: string, scopes = ['ads_management'], declinedScopes: string[] = []) {
    return world.createAuthorizationCode({ userId, redirectUri: t.facebook.redirectUri, scopes, declinedScopes });
  }

  /** A Facebook user who connects through the OAuth flow, end to end over GraphQL. */
  async function connectUser(
    input: { name?: string; userId?: string; scopes?: string[]; declined?: string[]; authorizationId?: string } = {},
  ) {
    const userId = input.userId ?? world.createUser({ name: input.name ?? `Jane ${++counter}` }).id;
    const { state } = await startOAuth({ label: 'Jane', scopes: input.scopes, authorizationId: input.authorizationId });
    const code = codeFor(userId, input.scopes ?? ['ads_management'], input.declined ?? []);
    const result = await gql(t.app, CompleteFacebookOAuth, { input: { code, state } }, { apiKey });
    const payload = result.completeFacebookOAuth;
    expect(payload.__typename, JSON.stringify(payload)).toBe('CompleteFacebookOAuthPayload');
    if (payload.__typename !== 'CompleteFacebookOAuthPayload') throw new Error('unreachable');
    return { userId, ...payload };
  }

  /** "Check now" (refreshAuthorization): re-reads the token, then syncs its ad accounts; the authorization after it. */
  async function refresh(id: string, key = apiKey) {
    const { refreshAuthorization: payload } = await gql(t.app, RefreshAuthorization, { input: { id } }, { apiKey: key });
    expect(payload.__typename, JSON.stringify(payload)).toBe('AuthorizationPayload');
    if (payload.__typename !== 'AuthorizationPayload') throw new Error('unreachable');
    return payload.authorization;
  }

  return { ...t, t, world, apiKey, business, systemUserToken, registerSystemUser, startOAuth, codeFor, connectUser, refresh };
}
