import type { AuthorizationHealth } from '../../gql/graphql';
import type { HealthSummary } from './use-health-summary';

const TILES: { key: keyof HealthSummary; label: string; health?: AuthorizationHealth }[] = [
  { key: 'total', label: 'Total' },
  { key: 'healthy', label: 'Healthy', health: 'HEALTHY' },
  { key: 'unhealthy', label: 'Unhealthy', health: 'UNHEALTHY' },
  { key: 'unknown', label: 'Unknown', health: 'UNKNOWN' },
];

/** Counts by health; a tile filters the table to that health. */
export function HealthSummaryHeader({
  summary,
  onPick,
}: {
  summary: HealthSummary | undefined;
  onPick: (health?: AuthorizationHealth) => void;
}) {
  return (
    <section className="summary" aria-label="Summary by health">
      {TILES.map((tile) => (
        <button key={tile.key} type="button" className={`summary-tile tone-${tile.key}`} onClick={() => onPick(tile.health)}>
          <span className="summary-count" data-testid={`summary-${tile.key}`}>
            {summary ? summary[tile.key] : '–'}
          </span>
          <span className="summary-label">{tile.label}</span>
        </button>
      ))}
    </section>
  );
}
