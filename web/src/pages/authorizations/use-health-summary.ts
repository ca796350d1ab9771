import { useQuery } from 'urql';
import type { AuthorizationHealth } from '../../gql/graphql';
import { AuthorizationsSummaryQuery } from './documents';

export interface HealthSummary {
  total: number;
  healthy: number;
  unhealthy: number;
  unknown: number;
}

/** The header's counts, from `authorizationsSummary`. */
export function useHealthSummary(): [HealthSummary | undefined, () => void] {
  const [result, reexecute] = useQuery({ query: AuthorizationsSummaryQuery });
  const data = result.data?.authorizationsSummary;
  const count = (health: AuthorizationHealth) => data?.byHealth.find((row) => row.health === health)?.count ?? 0;
  const summary = data && { total: data.total, healthy: count('HEALTHY'), unhealthy: count('UNHEALTHY'), unknown: count('UNKNOWN') };
  return [summary, () => reexecute({ requestPolicy: 'network-only' })];
}
