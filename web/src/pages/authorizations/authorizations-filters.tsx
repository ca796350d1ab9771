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
      <FilterSelect
        label="Health"
        anyLabel="Any health"
        value={filter.health}
        options={Object.entries(HEALTH_LABEL)}
        onChange={(health) => onChange({ ...filter, health: health as AuthorizationHealth | undefined })}
      />
      <FilterSelect
        label="Method"
        anyLabel="Any method"
        value={filter.method}
        options={Object.entries(METHOD_LABEL)}
        onChange={(method) => onChange({ ...filter, method: method as AuthorizationMethod | undefined })}
      />
      <FilterSelect
        label="Expires"
        anyLabel="Any time or never"
        value={filter.expiresWithinDays?.toString()}
        options={EXPIRY_WINDOWS.map((days) => [String(days), `Within ${days} days`])}
        onChange={(days) => onChange({ ...filter, expiresWithinDays: days ? Number(days) : undefined })}
      />
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

/** A select whose empty first option means "no filter": `onChange` gets undefined for it. */
function FilterSelect({
  label,
  anyLabel,
  value,
  options,
  onChange,
}: {
  label: string;
  anyLabel: string;
  value: string | null | undefined;
  options: [value: string, label: string][];
  onChange: (value: string | undefined) => void;
}) {
  return (
    <label className="field">
      <span>{label}</span>
      <select value={value ?? ''} onChange={(event) => onChange(event.target.value || undefined)}>
        <option value="">{anyLabel}</option>
        {options.map(([optionValue, optionLabel]) => (
          <option key={optionValue} value={optionValue}>
            {optionLabel}
          </option>
        ))}
      </select>
    </label>
  );
}
