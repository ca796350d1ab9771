import { useQuery } from 'urql';
import { HealthCountsQuery } from './documents';

export interface HealthSummary {
  total: number;
  healthy: number;
  unhealthy: number;
  unknown: number;
}

/**
 * The header's counts. Today: one query of four aliased `totalCount`s. When the gateway has
 * `authorizationsSummary { total byHealth { health count } }`, only this hook changes.
 */
export function useHealthSummary(): [HealthSummary | undefined, () => void] {
  const [result, reexecute] = useQuery({ query: HealthCountsQuery });
  const data = result.data;
  const summary = data && {
    total: data.all.totalCount,
    healthy: data.healthy.totalCount,
    unhealthy: data.unhealthy.totalCount,
    unknown: data.unknown.totalCount,
  };
  return [summary, () => reexecute({ requestPolicy: 'network-only' })];
}
