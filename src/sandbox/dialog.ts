// GET|POST /{version}/dialog/oauth: the consent page (docs/graph-api.md "OAuth dialog"). Allow redirects to redirect_uri
// with code and state; Cancel with error=access_denied…&error_reason=user_denied. Not Graph: no
// faults, no call log.
import type { ServerResponse } from 'node:http';
import { consentPage, errorPage } from './dialog-page.ts';
import { businessConsentPage } from './dialog-business-page.ts';
import { redirect, sendHtml } from './http-util.ts';
import { installIntegration } from './integration-lifecycle.ts';
import type { SandboxLoginConfiguration } from './types.ts';
import type { World } from './world.ts';

export interface DialogRequest {
  method: string;
  /** query and form parameters */
  params: Record<string, string>;
  url: URL;
}

const DIALOG_PARAMS = [
  'client_id',
  'redirect_uri',
  'state',
  'scope',
  'response_type',
  'auth_type',
  'config_id',
  'override_default_response_type',
] as const;

export async function handleDialog(world: World, request: DialogRequest, res: ServerResponse): Promise<void> {
  const { params } = request;
  const problem = validate(world, params);
  if (problem) return sendHtml(res, 400, errorPage(problem[0], problem[1]));
  if (request.method !== 'GET' && request.method !== 'POST') {
    return sendHtml(res, 405, errorPage('Method not allowed', 'The dialog answers GET and POST.'));
  }
  const configuration = params.config_id ? world.integrations.configuration(params.config_id) : undefined;
  if (configuration?.tokenType === 'SYSTEM_USER') return businessDialog(world, request, configuration, res);
  // A user configuration replaces scope; its permissions are all or nothing.
  const requested = configuration ? [...configuration.scopes] : [...new Set((params.scope ?? '').split(/[,\s]+/).filter(Boolean))];
  if (requested.length === 0) requested.push('public_profile');
  const users = world.directory.listUsers();
  const user = picked(request, world.directory.findUser(params.user_id ?? params.sandbox_user ?? ''), users);
  // Without auth_type=rerequest, what the user declined before is not asked again.
  const declinedBefore =
    user && params.auth_type !== 'rerequest' ? world.registry.grantsOf(user.id, 'declined').filter((s) => requested.includes(s)) : [];
  const asked = requested.filter((s) => !declinedBefore.includes(s));

  if (request.method === 'GET') {
    const page = consentPage({
      appName: world.app.name,
      formAction: request.url.pathname,
      hidden: hiddenFields(params, { user_id: user?.id }),
      users,
      user,
      pickUserHref: (userId) => linkWith(request.url, 'sandbox_user', userId),
      asked,
      declinedBefore,
      allOrNothing: configuration !== undefined,
    });
    return sendHtml(res, 200, page, { formAction: `'self' ${new URL(params.redirect_uri!).origin}` });
  }

  const target = new URL(params.redirect_uri!);
  if (params.action !== 'allow') return redirect(res, deniedRedirect(params.redirect_uri!, params.state));
  if (!user) return sendHtml(res, 400, errorPage('Pick a user', 'Choose the person to continue as, then try again.'));
  const granted = configuration ? asked : asked.filter((scope) => params[`grant.${scope}`] !== undefined);
  const declined = requested.filter((scope) => !granted.includes(scope));
  const code = world.createAuthorizationCode({
    userId: user.id,
    redirectUri: params.redirect_uri!,
    scopes: granted,
    declinedScopes: declined,
  });
  target.searchParams.set('code', code);
  if (params.state !== undefined) target.searchParams.set('state', params.state);
  redirect(res, target.toString());
}

function validate(world: World, params: Record<string, string>): [title: string, detail: string] | undefined {
  if (!params.client_id || params.client_id !== world.app.id) {
    return ['Invalid App ID', `The provided app ID "${params.client_id ?? ''}" is not the sandbox app (${world.app.id}).`];
  }
  if (!params.redirect_uri) return ['URL blocked', 'redirect_uri is missing.'];
  let url: URL;
  try {
    url = new URL(params.redirect_uri);
  } catch {
    return ['URL blocked', 'redirect_uri is not an absolute URL.'];
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return ['URL blocked', 'redirect_uri must be an http(s) URL.'];
  if (params.config_id !== undefined) {
    const configuration = world.integrations.configuration(params.config_id);
    if (!configuration) return ['Config ID is invalid', `No Facebook Login for Business configuration has the id "${params.config_id}".`];
    // Meta's wording (docs/login-for-business.md); a BISU token needs both parameters.
    if (
      configuration.tokenType === 'SYSTEM_USER' &&
      (params.response_type !== 'code' || params.override_default_response_type !== 'true')
    ) {
      return [
        'Business System User Access Token is set up with incorrect response_type',
        'A system-user configuration needs response_type=code and override_default_response_type=true.',
      ];
    }
  }
  if (params.response_type !== undefined && params.response_type !== 'code') {
    return ['Unsupported response_type', 'The sandbox dialog supports response_type=code only.'];
  }
  return undefined;
}

/**
 * A system-user configuration: the person picks one of the businesses and the ad accounts to share
 * with the app; Allow installs the integration and sends a code for its BISU token.
 */
async function businessDialog(world: World, request: DialogRequest, configuration: SandboxLoginConfiguration, res: ServerResponse) {
  const { params } = request;
  const users = world.directory.listUsers();
  const user = picked(request, world.directory.findUser(params.user_id ?? params.sandbox_user ?? ''), users);
  const businesses = world.directory.listBusinesses();
  const business = picked(request, world.directory.findBusiness(params.business_id ?? params.sandbox_business ?? ''), businesses);
  if (request.method === 'GET') {
    const accounts = business ? world.directory.listAdAccounts().filter((a) => a.businessId === business.id) : [];
    const page = businessConsentPage({
      appName: world.app.name,
      formAction: request.url.pathname,
      hidden: hiddenFields(params, { user_id: user?.id, business_id: business?.id }),
      users,
      user,
      businesses,
      business,
      accounts,
      scopes: configuration.scopes,
      linkWith: (name, value) => linkWith(request.url, name, value),
    });
    return sendHtml(res, 200, page, { formAction: `'self' ${new URL(params.redirect_uri!).origin}` });
  }
  if (params.action !== 'allow') return redirect(res, deniedRedirect(params.redirect_uri!, params.state));
  const target = new URL(params.redirect_uri!);
  if (params.state !== undefined) target.searchParams.set('state', params.state);
  if (!user || !business)
    return sendHtml(res, 400, errorPage('Pick a business', 'Choose the person and the business to connect, then try again.'));
  const assetIds = Object.keys(params)
    .filter((name) => name.startsWith('asset.'))
    .map((name) => name.slice('asset.'.length));
  const { code } = await installIntegration(world, {
    userId: user.id,
    redirectUri: params.redirect_uri!,
    configId: configuration.id,
    businessId: business.id,
    assetIds,
  });
  target.searchParams.set('code', code);
  redirect(res, target.toString());
}

/** The one named in the request; on the first GET, before anyone is picked, the first one. */
function picked<T>(request: DialogRequest, named: T | undefined, all: T[]): T | undefined {
  return named ?? (request.method === 'GET' ? all[0] : undefined);
}

/** The dialog's own parameters and the picks so far, sent back with the form. */
function hiddenFields(params: Record<string, string>, picks: Record<string, string | undefined>): Record<string, string> {
  const hidden: Record<string, string> = {};
  for (const name of DIALOG_PARAMS) if (params[name] !== undefined) hidden[name] = params[name];
  for (const [name, value] of Object.entries(picks)) if (value !== undefined) hidden[name] = value;
  return hidden;
}

/** This page's link with one parameter changed (another person or business picked). */
function linkWith(pageUrl: URL, name: string, value: string): string {
  const url = new URL(pageUrl);
  url.searchParams.set(name, value);
  return `${url.pathname}${url.search}`;
}

/** Where Cancel sends the browser: the redirect URI with Facebook's "the person said no" parameters. */
function deniedRedirect(redirectUri: string, state: string | undefined): string {
  const target = new URL(redirectUri);
  target.searchParams.set('error', 'access_denied');
  target.searchParams.set('error_code', '200');
  target.searchParams.set('error_description', 'Permissions error');
  target.searchParams.set('error_reason', 'user_denied');
  if (state !== undefined) target.searchParams.set('state', state);
  return target.toString();
}
