// GET|POST /{version}/dialog/oauth: the consent page (docs/graph-api.md "OAuth dialog"). Allow redirects to redirect_uri
// with code and state; Cancel with error=access_denied…&error_reason=user_denied. Not Graph: no
// faults, no call log.
import type { ServerResponse } from 'node:http';
import { consentPage, errorPage } from './dialog-page.ts';
import { redirect, sendHtml } from './http-util.ts';
import type { World } from './world.ts';

export interface DialogRequest {
  method: string;
  /** query and form parameters */
  params: Record<string, string>;
  url: URL;
}

const DIALOG_PARAMS = ['client_id', 'redirect_uri', 'state', 'scope', 'response_type', 'auth_type'] as const;

export function handleDialog(world: World, request: DialogRequest, res: ServerResponse): void {
  const { params } = request;
  const problem = validate(world, params);
  if (problem) return sendHtml(res, 400, errorPage(problem[0], problem[1]));
  const requested = [...new Set((params.scope ?? '').split(/[,\s]+/).filter(Boolean))];
  if (requested.length === 0) requested.push('public_profile');
  const users = world.directory.listUsers();
  const user = world.directory.findUser(params.user_id ?? params.sandbox_user ?? '') ?? (request.method === 'GET' ? users[0] : undefined);
  // Without auth_type=rerequest, what the user declined before is not asked again.
  const declinedBefore =
    user && params.auth_type !== 'rerequest' ? world.registry.grantsOf(user.id, 'declined').filter((s) => requested.includes(s)) : [];
  const asked = requested.filter((s) => !declinedBefore.includes(s));

  if (request.method === 'GET') {
    const hidden: Record<string, string> = {};
    for (const name of DIALOG_PARAMS) if (params[name] !== undefined) hidden[name] = params[name];
    if (user) hidden.user_id = user.id;
    const pickUserHref = (userId: string) => {
      const url = new URL(request.url);
      url.searchParams.set('sandbox_user', userId);
      return `${url.pathname}${url.search}`;
    };
    const page = consentPage({
      appName: world.app.name,
      formAction: request.url.pathname,
      hidden,
      users,
      user,
      pickUserHref,
      asked,
      declinedBefore,
    });
    return sendHtml(res, 200, page, { formAction: `'self' ${new URL(params.redirect_uri!).origin}` });
  }
  if (request.method !== 'POST') return sendHtml(res, 405, errorPage('Method not allowed', 'The dialog answers GET and POST.'));

  const target = new URL(params.redirect_uri!);
  if (params.action !== 'allow') {
    target.searchParams.set('error', 'access_denied');
    target.searchParams.set('error_code', '200');
    target.searchParams.set('error_description', 'Permissions error');
    target.searchParams.set('error_reason', 'user_denied');
    if (params.state !== undefined) target.searchParams.set('state', params.state);
    return redirect(res, target.toString());
  }
  if (!user) return sendHtml(res, 400, errorPage('Pick a user', 'user_id is missing or not a sandbox user.'));
  const granted = asked.filter((scope) => params[`grant.${scope}`] !== undefined);
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
  if (params.response_type !== undefined && params.response_type !== 'code') {
    return ['Unsupported response_type', 'The sandbox dialog supports response_type=code only.'];
  }
  return undefined;
}
