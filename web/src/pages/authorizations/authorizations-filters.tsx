import type { AuthorizationFilter, AuthorizationHealth, AuthorizationMethod } from '../../gql/graphql';
import { HEALTH_LABEL, METHOD_LABEL } from '../../components/labels';

/** Filters the gateway applies (`authorizations(filter:)`). */
export function AuthorizationsFilters({
  filter,
  onChange,
}: {
  filter: AuthorizationFilter;
  onChange: (filter: AuthorizationFilter) => void;
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
    </div>
  );
}
