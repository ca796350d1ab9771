// Ad accounts (docs/graph-api.md "Ad accounts"): GET /me/adaccounts, GET /act_{id}, GET /{business}/owned_ad_accounts and
// /client_ad_accounts. act_ calls are counted against the account's ads_management budget (docs/graph-api.md "Usage headers").
import { fail } from '../errors.ts';
import { formatFields, parseFields, selectFields, type FieldSelection } from '../fields.ts';
import type { GraphReply, RouteContext } from '../graph-context.ts';
import { expandedEdgePage, paginate } from '../paging.ts';
import type { SandboxAdAccount, SandboxPixel } from '../types.ts';
import { visibleBusiness } from './business.ts';

const DEFAULT_FIELDS = 'account_id,id';

export function listAdAccountsRoute(ctx: RouteContext): GraphReply {
  ctx.tokenCaller();
  ctx.requireAnyScope('ads_read', 'ads_management');
  const identity = ctx.identity()!;
  const accounts = ctx.world.directory.listAdAccounts().filter((account) => (account.userTasks[identity] ?? []).length > 0);
  return { body: renderPage(ctx, accounts) };
}

export function businessAdAccountsRoute(
  ctx: RouteContext,
  businessId: string,
  edge: 'owned_ad_accounts' | 'client_ad_accounts',
): GraphReply {
  ctx.requireAnyScope('business_management');
  const business = visibleBusiness(ctx, businessId);
  const { world } = ctx;
  const agents = new Set(world.directory.listSystemUsers(business.id).map((s) => s.id));
  const accounts = world.directory
    .listAdAccounts()
    .filter((a) =>
      edge === 'owned_ad_accounts'
        ? a.businessId === business.id
        : a.businessId !== business.id && Object.keys(a.userTasks).some((id) => agents.has(id)),
    );
  return { body: renderPage(ctx, accounts) };
}

export function adAccountRoute(ctx: RouteContext, accountId: string): GraphReply {
  const account = reachableAccount(ctx, accountId);
  const selection = parseFields(ctx.params.fields) ?? parseFields(DEFAULT_FIELDS)!;
  return { body: renderAdAccount(ctx, account, selection) };
}

/** GET act_{id}/adspixels: the pixels connected to the account (docs/graph-api.md "Pixels for website custom audiences"). */
export function adAccountPixelsRoute(ctx: RouteContext, accountId: string): GraphReply {
  const account = reachableAccount(ctx, accountId);
  const selection = parseFields(ctx.params.fields) ?? parseFields('id')!;
  const page = paginate(ctx, ctx.world.pixels.connectedTo(account.accountId), (pixel) => pixel.id);
  return { body: { ...page, data: page.data.map((pixel) => renderPixel(pixel, selection)) } };
}

/** An act_ call: the caller must have a task on the account, and it counts against the account's budget. */
function reachableAccount(ctx: RouteContext, accountId: string): SandboxAdAccount {
  const caller = ctx.auth();
  if (caller.kind === 'token') ctx.requireAnyScope('ads_read', 'ads_management');
  const identity = ctx.identity();
  const { world } = ctx;
  const account = world.directory.findAdAccount(accountId);
  if (!account || !identity || !(account.userTasks[identity] ?? []).length) throw fail.unsupported('GET', `act_${accountId}`);
  const verdict = world.throttle.adAccountCall(accountId, world.app.accessTier);
  Object.assign(ctx.headers, verdict.headers);
  if (verdict.throttled) throw fail.adAccountThrottled();
  return account;
}

function renderPage(ctx: RouteContext, accounts: SandboxAdAccount[]) {
  const selection = parseFields(ctx.params.fields) ?? parseFields(DEFAULT_FIELDS)!;
  const page = paginate(ctx, accounts, (account) => account.accountId);
  return { ...page, data: page.data.map((account) => renderAdAccount(ctx, account, selection)) };
}

function renderAdAccount(ctx: RouteContext, account: SandboxAdAccount, selection: FieldSelection): Record<string, unknown> {
  const business = account.businessId === undefined ? undefined : ctx.world.directory.findBusiness(account.businessId);
  const identity = ctx.identity();
  return selectFields(
    'AdAccount',
    {
      id: () => `act_${account.accountId}`,
      account_id: () => account.accountId,
      name: () => account.name,
      account_status: () => account.accountStatus,
      disable_reason: () => account.disableReason,
      currency: () => account.currency,
      timezone_name: () => account.timezoneName,
      business: (nested) =>
        business && selectFields('Business', { id: () => business.id, name: () => business.name }, nested ?? parseFields('id,name')!),
      business_name: () => business?.name,
      owner: () => business?.id,
      tos_accepted: () => acceptedTerms(account),
      user_tasks: () => [...((identity && account.userTasks[identity]) || [])],
      is_personal: () => (account.businessId === undefined ? 1 : 0),
      adspixels: (nested, { limit }) => {
        const pixelFields = nested ?? parseFields('id')!;
        const page = expandedEdgePage(ctx, ctx.world.pixels.connectedTo(account.accountId), (pixel) => pixel.id, {
          path: `act_${account.accountId}/adspixels`,
          limit,
          fields: formatFields(pixelFields),
        });
        return { ...page, data: page.data.map((pixel) => renderPixel(pixel, pixelFields)) };
      },
    },
    selection,
  );
}

/** Graph writes datetimes as 2026-11-20T10:00:00+0000. */
const graphDateTime = (unixSeconds: number) => new Date(unixSeconds * 1000).toISOString().replace(/\.\d{3}Z$/, '+0000');

function renderPixel(pixel: SandboxPixel, selection: FieldSelection): Record<string, unknown> {
  return selectFields(
    'AdsPixel',
    {
      id: () => pixel.id,
      name: () => pixel.name,
      last_fired_time: () => (pixel.lastFiredTime === null ? undefined : graphDateTime(pixel.lastFiredTime)),
    },
    selection,
  );
}

/** Like live Graph, only the accepted keys (docs/graph-api.md "Custom Audience terms"); with none accepted, no field at all. */
function acceptedTerms(account: SandboxAdAccount): Record<string, 1> | undefined {
  const accepted = Object.entries(account.tosAccepted).filter(([, value]) => value === 1);
  return accepted.length === 0 ? undefined : Object.fromEntries(accepted.map(([key]) => [key, 1 as const]));
}
