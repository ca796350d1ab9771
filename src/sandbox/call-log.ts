// The call log and per-endpoint counters of Graph routes (the control API and the dialog are not
// Graph). Paths and labels carry ids but never tokens.
import type { SandboxCall, SandboxCounters } from './types.ts';

export class CallLog {
  private entries: SandboxCall[] = [];
  private httpRequests = 0;
  private byEndpoint: Record<string, number> = {};

  record(call: SandboxCall): void {
    this.entries.push(call);
    if (!call.viaBatch) this.httpRequests += 1;
    this.byEndpoint[call.endpoint] = (this.byEndpoint[call.endpoint] ?? 0) + 1;
  }

  calls(): SandboxCall[] {
    return this.entries.map((call) => ({ ...call }));
  }

  counters(): SandboxCounters {
    return { httpRequests: this.httpRequests, byEndpoint: { ...this.byEndpoint } };
  }

  reset(): void {
    this.entries = [];
    this.httpRequests = 0;
    this.byEndpoint = {};
  }
}

/** What the log may show of a path segment: a token-looking or oversized segment is masked. */
function safeSegment(segment: string): string {
  return /^[A-Za-z0-9_.-]{1,64}$/.test(segment) && !segment.startsWith('EAA') ? segment : '{redacted}';
}

/** `/me/adaccounts` style path, without version and query. */
export function logPath(segments: readonly string[]): string {
  return `/${segments.map(safeSegment).join('/')}`;
}

/** `GET act_{id}`, `GET {id}/system_users`, `POST batch`: ids normalised so labels can be counted. */
export function endpointLabel(method: string, segments: readonly string[]): string {
  if (segments.length === 0) return method === 'POST' ? 'POST batch' : `${method} /`;
  const normalised = segments.map((segment) => {
    if (/^act_\d+$/.test(segment)) return 'act_{id}';
    if (/^\d+$/.test(segment)) return '{id}';
    return safeSegment(segment);
  });
  return `${method} ${normalised.join('/')}`;
}
