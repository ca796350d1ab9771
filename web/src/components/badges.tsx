import type { AuthorizationHealth, TokenState } from '../gql/graphql';
import { HEALTH_LABEL, STATE_LABEL } from './labels';

export function HealthBadge({ health }: { health: AuthorizationHealth }) {
  return <span className={`badge badge-${health.toLowerCase()}`}>{HEALTH_LABEL[health]}</span>;
}

const STATE_TONE: Record<TokenState, string> = {
  VALID: 'healthy',
  EXPIRING_SOON: 'warning',
  UNCHECKED: 'unknown',
  EXPIRED: 'unhealthy',
  INVALIDATED: 'unhealthy',
  REVOKED: 'unhealthy',
  MISSING_PERMISSIONS: 'unhealthy',
  DATA_ACCESS_EXPIRED: 'unhealthy',
};

export function StateBadge({ state }: { state: TokenState }) {
  return <span className={`badge badge-${STATE_TONE[state]}`}>{STATE_LABEL[state]}</span>;
}

export function ReadyBadge({ ready }: { ready: boolean }) {
  return <span className={`badge badge-${ready ? 'healthy' : 'unhealthy'}`}>{ready ? 'Ready' : 'Blocked'}</span>;
}
