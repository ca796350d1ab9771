import { useEffect } from 'react';
import { useQuery } from 'urql';
import type { AuthorizationHealth, DashboardAuthorizationsSummaryQuery } from '../../gql/graphql';
import { AuthorizationsSummaryQuery } from './documents';

export interface HealthSummary {
  total: number;
  healthy: number;
  unhealthy: number;
  unknown: number;
}

export type SweepStatus = DashboardAuthorizationsSummaryQuery['sweep'];

/** A running sweep ends with an event only in the workspaces it visited: read it again this often until it ends. */
const SWEEP_PROGRESS_EVERY_MS = 2_000;

/** The header's counts, from `authorizationsSummary`, and the sweep's status. */
export function useHealthSummary(): [HealthSummary | undefined, SweepStatus | undefined, () => void] {
  const [result, reexecute] = useQuery({ query: AuthorizationsSummaryQuery });
  const data = result.data?.authorizationsSummary;
  const count = (health: AuthorizationHealth) => data?.byHealth.find((row) => row.health === health)?.count ?? 0;
  const summary = data && { total: data.total, healthy: count('HEALTHY'), unhealthy: count('UNHEALTHY'), unknown: count('UNKNOWN') };
  const refresh = () => reexecute({ requestPolicy: 'network-only' });
  const running = result.data?.sweep.running ?? false;
  useEffect(() => {
    if (!running || result.fetching) return;
    const timer = window.setTimeout(() => reexecute({ requestPolicy: 'network-only' }), SWEEP_PROGRESS_EVERY_MS);
    return () => window.clearTimeout(timer);
  }, [running, result.fetching, result.data, reexecute]);
  return [summary, result.data?.sweep, refresh];
}
