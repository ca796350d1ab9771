// Ad-account states and tasks as Graph reports them (docs/graph-api.md "Ad-account fields", "Account status and disable reason"). Pure.

export const AD_ACCOUNT_STATUSES = [
  'ACTIVE',
  'DISABLED',
  'UNSETTLED',
  'PENDING_RISK_REVIEW',
  'PENDING_SETTLEMENT',
  'IN_GRACE_PERIOD',
  'PENDING_CLOSURE',
  'CLOSED',
  'UNKNOWN',
] as const;
export type AdAccountStatus = (typeof AD_ACCOUNT_STATUSES)[number];

// account_status codes; 201/202 are filter values, never an account's own status.
const STATUS_BY_CODE: Record<number, AdAccountStatus> = {
  1: 'ACTIVE',
  2: 'DISABLED',
  3: 'UNSETTLED',
  7: 'PENDING_RISK_REVIEW',
  8: 'PENDING_SETTLEMENT',
  9: 'IN_GRACE_PERIOD',
  100: 'PENDING_CLOSURE',
  101: 'CLOSED',
};

export function statusOf(code: number): AdAccountStatus {
  return STATUS_BY_CODE[code] ?? 'UNKNOWN';
}

/** The account_status codes of a status; UNKNOWN has none (it stands for codes not in the table). */
export function codesOf(status: AdAccountStatus): number[] {
  return Object.entries(STATUS_BY_CODE)
    .filter(([, name]) => name === status)
    .map(([code]) => Number(code));
}

/** Meta's "ads volume" text treats 1, 8 and 9 as able to run ads (docs/graph-api.md "Account status and disable reason"). */
export const EXPORTABLE_STATUSES: readonly AdAccountStatus[] = ['ACTIVE', 'IN_GRACE_PERIOD', 'PENDING_SETTLEMENT'];

// disable_reason codes: a single source (docs/graph-api.md "Account status and disable reason"), so treat the names as best effort.
const DISABLE_REASONS = [
  'NONE',
  'ADS_INTEGRITY_POLICY',
  'ADS_IP_REVIEW',
  'RISK_PAYMENT',
  'GRAY_ACCOUNT_SHUT_DOWN',
  'ADS_AFC_REVIEW',
  'BUSINESS_INTEGRITY_RAR',
  'PERMANENT_CLOSE',
  'UNUSED_RESELLER_ACCOUNT',
  'UNUSED_ACCOUNT',
  'UMBRELLA_AD_ACCOUNT',
  'BUSINESS_MANAGER_INTEGRITY_POLICY',
  'MISREPRESENTED_AD_ACCOUNT',
  'AOAB_DESHARE_LEGAL_ENTITY',
  'CTX_THREAD_REVIEW',
  'COMPROMISED_AD_ACCOUNT',
] as const;

/** The reason's name; null for none (0 or absent); `UNKNOWN_<code>` for a code not in the table. */
export function disableReasonName(code: number | null | undefined): string | null {
  if (code === null || code === undefined || code === 0) return null;
  return DISABLE_REASONS[code] ?? `UNKNOWN_${code}`;
}

export const AD_ACCOUNT_TASKS = ['MANAGE', 'ADVERTISE', 'ANALYZE', 'DRAFT', 'AA_ANALYZE'] as const;
export type AdAccountTask = (typeof AD_ACCOUNT_TASKS)[number];

/** The tasks adsauth knows, in a stable order; anything else Graph sends is dropped. */
export function knownTasks(tasks: readonly string[]): AdAccountTask[] {
  return AD_ACCOUNT_TASKS.filter((task) => tasks.includes(task));
}

/** Custom Audiences are created by people who manage the account or advertise on it. */
export const AUDIENCE_TASKS: readonly AdAccountTask[] = ['MANAGE', 'ADVERTISE'];
