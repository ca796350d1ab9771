import { HealthBadge, StateBadge } from '../../components/badges';
import { formatDate, METHOD_LABEL } from '../../components/labels';
import { authorizationPath, Link } from '../../routing';
import { ownerFilterOf, type OwnerFilter } from './owner-filter';
import { ownerOf, type AuthorizationRow, type SortField, type SortOrder } from './sort';

const COLUMNS: { field: SortField; label: string }[] = [
  { field: 'LABEL', label: 'Label' },
  { field: 'HEALTH', label: 'Health' },
  { field: 'METHOD', label: 'Method' },
  { field: 'OWNER', label: 'Owner' },
  { field: 'CREATED_AT', label: 'Created' },
];

export function AuthorizationsTable({
  rows,
  order,
  onSort,
  onPickOwner,
}: {
  rows: AuthorizationRow[];
  order: SortOrder;
  onSort: (order: SortOrder) => void;
  onPickOwner: (owner: OwnerFilter) => void;
}) {
  if (rows.length === 0) {
    return (
      <div className="empty">
        <p>No authorizations match.</p>
        <Link to="/authorizations/new">Add the first one</Link>
      </div>
    );
  }
  const sortBy = (field: SortField) => onSort({ field, direction: order.field === field && order.direction === 'ASC' ? 'DESC' : 'ASC' });
  return (
    <div className="table-scroll">
      <table className="table">
        <thead>
          <tr>
            {COLUMNS.map((column) => (
              <th
                key={column.field}
                scope="col"
                aria-sort={order.field === column.field ? (order.direction === 'ASC' ? 'ascending' : 'descending') : 'none'}
              >
                <button type="button" className="sort" onClick={() => sortBy(column.field)}>
                  {column.label}
                  <span aria-hidden="true" className="sort-arrow">
                    {order.field === column.field ? (order.direction === 'ASC' ? '▲' : '▼') : '↕'}
                  </span>
                </button>
              </th>
            ))}
            <th scope="col">Token</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} data-health={row.health}>
              <th scope="row">
                <Link to={authorizationPath(row.id)}>{row.label}</Link>
                {row.description && <span className="muted small block">{row.description}</span>}
              </th>
              <td>
                <HealthBadge health={row.health} />
              </td>
              <td>{METHOD_LABEL[row.method]}</td>
              <td>
                <OwnerCell row={row} onPick={onPickOwner} />
              </td>
              <td>{formatDate(row.createdAt)}</td>
              <td>
                <StateBadge state={row.tokenStatus.state} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The owner's name; a click lists only that owner's authorizations. */
function OwnerCell({ row, onPick }: { row: AuthorizationRow; onPick: (owner: OwnerFilter) => void }) {
  const owner = ownerFilterOf(row);
  if (!owner) return <>{ownerOf(row)}</>;
  return (
    <button type="button" className="button-link owner-pick" onClick={() => onPick(owner)} title={`Only ${owner.name}'s authorizations`}>
      {ownerOf(row)}
    </button>
  );
}
