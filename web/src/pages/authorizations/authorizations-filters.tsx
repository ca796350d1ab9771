import type { AuthorizationFilter, AuthorizationHealth, AuthorizationMethod } from '../../gql/graphql';
import { HEALTH_LABEL, METHOD_LABEL } from '../../components/labels';
import type { OwnerFilter } from './owner-filter';

const EXPIRY_WINDOWS = [7, 30, 60];

/** Filters the gateway applies (`authorizations(filter:)`). The owner filter is picked from a row. */
export function AuthorizationsFilters({
  filter,
  owner,
  onChange,
  onClearOwner,
}: {
  filter: AuthorizationFilter;
  owner: OwnerFilter | undefined;
  onChange: (filter: AuthorizationFilter) => void;
  onClearOwner: () => void;
}) {
  return (
    <div className="filters" role="search">
      <label className="field">
        <span>Search</span>
        <input
          type="search"
          placeholder="Label, description or Facebook user"
          defaultValue={filter.search ?? ''}
          onChange={(event) => onChange({ ...filter, search: event.target.value || undefined })}
        />
      </label>
      <label className="field">
        <span>Health</span>
        <select
          value={filter.health ?? ''}
          onChange={(event) => onChange({ ...filter, health: (event.target.value || undefined) as AuthorizationHealth | undefined })}
        >
          <option value="">Any health</option>
          {Object.entries(HEALTH_LABEL).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>Method</span>
        <select
          value={filter.method ?? ''}
          onChange={(event) => onChange({ ...filter, method: (event.target.value || undefined) as AuthorizationMethod | undefined })}
        >
          <option value="">Any method</option>
          {Object.entries(METHOD_LABEL).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>Expires</span>
        <select
          value={filter.expiresWithinDays ?? ''}
          onChange={(event) => onChange({ ...filter, expiresWithinDays: event.target.value ? Number(event.target.value) : undefined })}
        >
          <option value="">Any time or never</option>
          {EXPIRY_WINDOWS.map((days) => (
            <option key={days} value={days}>
              Within {days} days
            </option>
          ))}
        </select>
      </label>
      {owner && (
        <p className="active-filter">
          <span>
            Owner: <strong>{owner.name}</strong>
          </span>
          <button type="button" className="button-link" onClick={onClearOwner} aria-label={`Show every owner, not only ${owner.name}`}>
            Show every owner
          </button>
        </p>
      )}
    </div>
  );
}
