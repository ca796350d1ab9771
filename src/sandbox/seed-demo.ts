// The demo world of `npm start` and `adsauth sandbox`: three users, two businesses with an ADMIN and an
// EMPLOYEE system user, 30 ad accounts in mixed states, two pixels, and ready-made tokens. Ids and token strings
// are deterministic, so a restarted sandbox answers to the same demo tokens.
import { DAY_SECONDS, type World } from './world.ts';

const ACCOUNT_STATUS = {
  ACTIVE: 1,
  DISABLED: 2,
  UNSETTLED: 3,
  PENDING_RISK_REVIEW: 7,
  IN_GRACE_PERIOD: 9,
  PENDING_CLOSURE: 100,
  CLOSED: 101,
};
const ALL_TASKS = ['MANAGE', 'ADVERTISE', 'ANALYZE', 'DRAFT'];
const CURRENCIES = [
  ['USD', 'America/Los_Angeles'],
  ['EUR', 'Europe/Berlin'],
  ['GBP', 'Europe/London'],
  ['EUR', 'Europe/Paris'],
  ['JPY', 'Asia/Tokyo'],
  ['BRL', 'America/Sao_Paulo'],
] as const;

/** Which account (1-based) gets which odd state; all others are active with both ToS accepted. */
const STATES: Record<number, { status?: number; disableReason?: number; tos?: 0 | 1; webTos?: 0 | 1; label: string }> = {
  4: { status: ACCOUNT_STATUS.DISABLED, disableReason: 1, label: 'disabled, integrity policy' },
  7: { status: ACCOUNT_STATUS.UNSETTLED, label: 'unsettled' },
  9: { tos: 0, webTos: 0, label: 'ToS not accepted' },
  11: { status: ACCOUNT_STATUS.IN_GRACE_PERIOD, label: 'in grace period' },
  13: { webTos: 0, label: 'web ToS not accepted' },
  16: { status: ACCOUNT_STATUS.DISABLED, disableReason: 3, label: 'disabled, payment risk' },
  18: { tos: 0, label: 'ToS not accepted' },
  20: { status: ACCOUNT_STATUS.PENDING_RISK_REVIEW, label: 'pending risk review' },
  23: { status: ACCOUNT_STATUS.CLOSED, disableReason: 7, label: 'closed' },
  25: { webTos: 0, label: 'web ToS not accepted' },
  27: { status: ACCOUNT_STATUS.PENDING_CLOSURE, label: 'pending closure' },
  29: { status: ACCOUNT_STATUS.UNSETTLED, tos: 0, label: 'unsettled, ToS not accepted' },
};

export function seedDemo(world: World): void {
  world.setApp({ name: 'adsauth Demo App' });
  const jane = world.createUser({ name: 'Jane Advertiser' });
  const bob = world.createUser({ name: 'Bob Analyst' });
  const carol = world.createUser({ name: 'Carol Newcomer' });
  const agency = world.createBusiness({ name: 'Acme Agency BM' });
  const brand = world.createBusiness({ name: 'Globex Brands BM' });
  const admin = world.createSystemUser({ businessId: agency.id, name: 'adsauth API (admin)', role: 'ADMIN' });
  const employee = world.createSystemUser({ businessId: agency.id, name: 'Reporting bot', role: 'EMPLOYEE' });

  for (let n = 1; n <= 30; n++) {
    const state = STATES[n];
    const [currency, timezoneName] = CURRENCIES[n % CURRENCIES.length]!;
    // 1–20 belong to the agency, 21–26 to the brand, 27–30 are personal accounts
    const businessId = n <= 20 ? agency.id : n <= 26 ? brand.id : undefined;
    // different tasks per person; account 25 is nobody's, so act_400000000000025 is a 100/33 for every demo token
    const userTasks: Record<string, string[]> = {};
    if (n <= 24 || n >= 27) userTasks[jane.id] = n % 5 === 0 ? ['ANALYZE'] : n % 3 === 0 ? ['ADVERTISE', 'ANALYZE'] : ALL_TASKS;
    if (n % 2 === 0 && n <= 26) userTasks[bob.id] = ['ANALYZE'];
    if (n <= 22) userTasks[admin.id] = ['MANAGE', 'ADVERTISE', 'ANALYZE'];
    if (n <= 12) userTasks[employee.id] = ['ADVERTISE', 'ANALYZE'];
    world.createAdAccount({
      name: `${businessId === agency.id ? 'Acme' : businessId === brand.id ? 'Globex' : 'Personal'} ${String(n).padStart(2, '0')}${state ? ` · ${state.label}` : ''}`,
      accountStatus: state?.status ?? ACCOUNT_STATUS.ACTIVE,
      disableReason: state?.disableReason ?? 0,
      currency,
      timezoneName,
      businessId,
      tosAccepted: { custom_audience_tos: state?.tos ?? 1, web_custom_audience_tos: state?.webTos ?? 1 },
      userTasks,
    });
  }

  // Pixels for web traffic audiences: the agency's fires (accounts 1–10), the brand's never fired (21–22), the rest have none.
  const accounts = world.directory.listAdAccounts();
  const site = world.createPixel({ name: 'Acme website' });
  for (const account of accounts.slice(0, 10)) world.connectPixel(site.id, account.accountId);
  world.firePixel(site.id, 3600);
  const shop = world.createPixel({ name: 'Globex shop (not installed)' });
  for (const account of accounts.slice(20, 22)) world.connectPixel(shop.id, account.accountId);

  const systemScopes = ['ads_management', 'ads_read', 'business_management'];
  world.createToken({ type: 'SYSTEM_USER', userId: admin.id, scopes: systemScopes, expiresInSeconds: 0 }, 'demo:system-user:never');
  world.createToken(
    { type: 'SYSTEM_USER', userId: employee.id, scopes: systemScopes, expiresInSeconds: 60 * DAY_SECONDS },
    'demo:system-user:60-days',
  );
  world.createToken({ type: 'USER', userId: jane.id }, 'demo:user:jane');
  world.createToken(
    { type: 'USER', userId: bob.id, scopes: ['ads_read', 'public_profile'], declinedScopes: ['business_management'] },
    'demo:user:bob',
  );
  world.createToken(
    { type: 'USER', userId: carol.id, scopes: ['public_profile'], declinedScopes: ['ads_management', 'ads_read'] },
    'demo:user:carol',
  );
}
