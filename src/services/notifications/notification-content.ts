// The words of a notification email: what happened to which authorization, and what to do, with
// the re-authorization link. Built from the event (which never holds a token) and the row as it is now.
import { describeProblems, systemUserSettingsUrl, type RemediationLinks } from '../../domain/health-issues.ts';
import type { TokenProblem } from '../../domain/token-state.ts';
import type { AuthorizationRow } from '../../repositories/authorizations.ts';
import type { EventRow } from '../../repositories/events.ts';

/** How an email names each AuthorizationMethod. */
const METHOD_WORDS: Record<string, string> = {
  FACEBOOK_USER: 'Facebook-user',
  SYSTEM_USER: 'system-user',
  BUSINESS_INTEGRATION: 'Login for Business',
};

export interface EmailContent {
  subject: string;
  text: string;
}

const STATE_WORDS: Record<string, string> = {
  VALID: 'working',
  EXPIRING_SOON: 'working, but expiring soon',
  EXPIRED: 'expired',
  INVALIDATED: 'invalidated by Facebook',
  REVOKED: 'revoked',
  MISSING_PERMISSIONS: 'missing permissions',
  DATA_ACCESS_EXPIRED: 'without data access',
  UNCHECKED: 'not checked yet',
  UNKNOWN: 'unknown (Facebook could not be asked)',
};
const HEALTHY_STATES = new Set(['VALID', 'EXPIRING_SOON']);
const stateWords = (state: unknown) => STATE_WORDS[String(state)] ?? String(state).toLowerCase().replace(/_/g, ' ');
const day = (at: unknown) => new Date(String(at)).toISOString().slice(0, 10);
const text = (value: unknown) => (typeof value === 'string' && value !== '' ? value : undefined);

export function createNotificationContent(deps: { reconnectLinkFor(authorizationId: string): string }) {
  function linksFor(row: AuthorizationRow): RemediationLinks {
    return {
      method: row.method,
      reconnectUrl: row.method === 'FACEBOOK_USER' ? deps.reconnectLinkFor(row.id) : undefined,
      businessId: row.businessId ?? undefined,
    };
  }

  /** What to do about the row's first problem, or about a problem the event describes. */
  function whatToDo(row: AuthorizationRow | undefined, problem?: TokenProblem): string[] {
    if (!row) return [];
    const problems = problem ? [problem] : row.problems;
    const [issue] = describeProblems(problems, linksFor(row));
    if (!issue) return ['Nothing to do.'];
    return [`What to do: ${issue.remediation.text}`, ...(issue.remediation.url ? [`Link: ${issue.remediation.url}`] : [])];
  }

  /** The advice for a state the authorization may have left since (emails can go out later). */
  function stillTrue(row: AuthorizationRow | undefined, state: unknown): string[] {
    if (!row || row.state === state) return whatToDo(row);
    const now = `Since then it changed again: it is now ${stateWords(row.state)}.`;
    return [now, ...(HEALTHY_STATES.has(row.state) ? ['Nothing to do.'] : whatToDo(row))];
  }

  function body(event: EventRow, row: AuthorizationRow | undefined): { subject: string; lines: string[] } {
    const data = event.data;
    const name = `"${text(data.label) ?? row?.label ?? 'unnamed'}"`;
    const kind = METHOD_WORDS[String(row?.method ?? data.method)] ?? 'Facebook-user';
    switch (event.type) {
      case 'authorization.created':
        return {
          subject: `Facebook authorization ${name} was added`,
          lines: [
            `The ${kind} authorization ${name} was added to adsauth. Its state is ${stateWords(data.state)}.`,
            ...(HEALTHY_STATES.has(String(data.state)) ? ['Nothing to do.'] : whatToDo(row)),
          ],
        };
      case 'authorization.deleted':
        return {
          subject: `Facebook authorization ${name} was deleted`,
          lines: [
            `The ${kind} authorization ${name} was deleted from adsauth${data.revokedAtFacebook ? ", and the app's permissions were removed at Facebook" : ''}.`,
            'Nothing to do, unless this was a mistake: then connect it again.',
          ],
        };
      case 'authorization.state_changed': {
        const healthy = HEALTHY_STATES.has(String(data.to));
        return {
          subject: healthy
            ? `Facebook authorization ${name} is working again`
            : `Action needed: Facebook authorization ${name} is ${stateWords(data.to)}`,
          lines: [
            `The ${kind} authorization ${name} changed from ${stateWords(data.from)} to ${stateWords(data.to)}.`,
            ...(text(data.reason) ? [`Why: ${text(data.reason)}`] : []),
            ...(healthy ? ['Nothing to do.'] : stillTrue(row, data.to)),
          ],
        };
      }
      case 'authorization.expiring': {
        const what = data.kind === 'data_access' ? 'data access' : 'token';
        const at = data.expiresAt ?? data.at;
        const problem: TokenProblem = { kind: 'EXPIRING_SOON', what, at: new Date(String(at)) };
        return {
          subject: `Action needed: Facebook authorization ${name} ${what === 'token' ? 'expires' : 'loses data access'} on ${day(at)}`,
          lines: [
            `The ${what === 'token' ? 'token' : "token's data access"} of the ${kind} authorization ${name} expires on ${day(at)}.`,
            ...whatToDo(row, problem),
          ],
        };
      }
      case 'ad_accounts.changed':
        return {
          subject: `Ad accounts changed for Facebook authorization ${name}`,
          lines: [
            `The ad accounts that the ${kind} authorization ${name} reaches have changed:`,
            ...accountChangeLines(data),
            'Nothing to do, unless you still need an account that is no longer reachable: then ask its owner to give access again, and sync.',
          ],
        };
      default:
        return {
          subject: `Facebook authorization ${name}: ${event.type}`,
          lines: [`Event ${event.type} happened to the authorization ${name}.`],
        };
    }
  }

  return {
    /** `row` is the authorization as it is now, or undefined when it no longer exists. */
    email(event: EventRow, row: AuthorizationRow | undefined): EmailContent {
      const { subject, lines } = body(event, row);
      const footer = [`Event ${event.type} at ${event.occurredAt.toISOString()}, by ${event.actor}. Event id: ${event.id}.`];
      if (row?.method === 'SYSTEM_USER' && !lines.some((line) => line.startsWith('Link:'))) {
        footer.unshift(`System users are managed in Business Settings: ${systemUserSettingsUrl(row.businessId ?? undefined)}`);
      }
      return { subject, text: ['Hello,', '', ...lines, '', ...footer, '', '— adsauth', ''].join('\n') };
    },
  };
}

type AccountChange = { accountId?: unknown; name?: unknown; from?: unknown; to?: unknown; terms?: unknown; accepted?: unknown };

/** One line per account change, as the sync reports them (gained, lost, status and terms changes). */
function accountChangeLines(data: Record<string, unknown>): string[] {
  const list = (key: string) => (Array.isArray(data[key]) ? (data[key] as AccountChange[]) : []);
  const account = (c: AccountChange) => `act_${String(c.accountId)}${typeof c.name === 'string' ? ` (${c.name})` : ''}`;
  const lines = [
    ...list('gained').map((c) => `- ${account(c)}: now reachable`),
    ...list('lost').map((c) => `- ${account(c)}: no longer reachable`),
    ...list('statusChanges').map((c) => `- ${account(c)}: status changed from ${String(c.from)} to ${String(c.to)}`),
    ...list('termsChanges').map((c) => `- ${account(c)}: ${String(c.terms)} ${c.accepted ? 'accepted' : 'no longer accepted'}`),
  ];
  if (lines.length > 50) return [...lines.slice(0, 50), `- and ${lines.length - 50} more (see the authorization in adsauth)`];
  return lines.length > 0 ? lines : ['(see the authorization in adsauth for details)'];
}

export type NotificationContent = ReturnType<typeof createNotificationContent>;
