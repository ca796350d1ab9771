// Ad accounts (docs/graph-api.md "Ad accounts"): GET /me/adaccounts, GET /act_{id}, GET /{business}/owned_ad_accounts and
// /client_ad_accounts. act_ calls are counted against the account's ads_management budget (docs/graph-api.md "Usage headers").
import { fail } from '../errors.ts';
import { parseFields, selectFields, type FieldSelection } from '../fields.ts';
import type { GraphReply, RouteContext } from '../graph-context.ts';
import { paginate } from '../paging.ts';
import type { SandboxAdAccount } from '../types.ts';
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
  const caller = ctx.auth();
  if (caller.kind === 'token') ctx.requireAnyScope('ads_read', 'ads_management');
  const identity = ctx.identity();
  const { world } = ctx;
  const account = world.directory.findAdAccount(accountId);
  if (!account || !identity || !(account.userTasks[identity] ?? []).length) throw fail.unsupported('GET', `act_${accountId}`);
  const verdict = world.throttle.adAccountCall(accountId, world.app.accessTier);
  Object.assign(ctx.headers, verdict.headers);
  if (verdict.throttled) throw fail.adAccountThrottled();
  const selection = parseFields(ctx.params.fields) ?? parseFields(DEFAULT_FIELDS)!;
  return { body: renderAdAccount(ctx, account, selection) };
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
    },
    selection,
  );
}

/** Like live Graph, only the accepted keys (docs/graph-api.md "Custom Audience terms"); with none accepted, no field at all. */
function acceptedTerms(account: SandboxAdAccount): Record<string, 1> | undefined {
  const accepted = Object.entries(account.tosAccepted).filter(([, value]) => value === 1);
  return accepted.length === 0 ? undefined : Object.fromEntries(accepted.map(([key]) => [key, 1 as const]));
}
