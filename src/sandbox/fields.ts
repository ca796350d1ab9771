// `fields=id,name,business{id,name},adspixels.limit(5){id,name}` (docs/graph-api.md "Requests and responses" field
// selection): nested selections and the `.limit(n)` modifier of field expansion.
import { fail } from './errors.ts';

/** field → its nested selection (`business{id,name}`), or undefined for a plain field */
export class FieldSelection extends Map<string, FieldSelection | undefined> {
  /** field → the n of its `.limit(n)` modifier */
  readonly limits = new Map<string, number>();
}

/** What a field getter learns about its own selection besides the nested fields. */
interface FieldExpansion {
  /** the n of the field's `.limit(n)` modifier */
  limit: number | undefined;
}

export function parseFields(raw: string | undefined): FieldSelection | undefined {
  if (raw === undefined || raw.trim() === '') return undefined;
  const selection = new FieldSelection();
  let depth = 0;
  let start = 0;
  const take = (end: number) => {
    const part = raw.slice(start, end).trim();
    start = end + 1;
    if (!part) return;
    const brace = part.indexOf('{');
    const [name = '', ...modifiers] = (brace === -1 ? part : part.slice(0, brace)).split('.').map((piece) => piece.trim());
    selection.set(name, brace === -1 ? undefined : (parseFields(part.slice(brace + 1, part.lastIndexOf('}'))) ?? new FieldSelection()));
    for (const modifier of modifiers) {
      const limit = /^limit\((\d+)\)$/.exec(modifier);
      // other modifiers (`.since()`, `.order()`) are accepted and ignored
      if (limit) selection.limits.set(name, Number(limit[1]));
      else if (modifier.startsWith('limit')) throw fail.param(`Syntax error in the fields parameter: ${modifier}`);
    }
  };
  for (let i = 0; i < raw.length; i++) {
    if (raw[i] === '{') depth++;
    else if (raw[i] === '}') depth--;
    else if (raw[i] === ',' && depth === 0) take(i);
    if (depth < 0) throw fail.param('Syntax error in the fields parameter');
  }
  if (depth !== 0) throw fail.param('Syntax error in the fields parameter');
  take(raw.length);
  return selection;
}

/** Picks the requested fields from a node's field getters; `id` always comes along, unknown fields are a 100. */
export function selectFields(
  nodeType: string,
  getters: Record<string, (nested: FieldSelection | undefined, expansion: FieldExpansion) => unknown>,
  selection: FieldSelection,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [field, nested] of [...selection, ['id', undefined] as const]) {
    const getter = getters[field];
    if (!getter) throw fail.nonexistingField(field, nodeType);
    const value = getter(nested, { limit: selection.limits.get(field) });
    if (value !== undefined) out[field] = value;
  }
  return out;
}

/** A selection written back as a fields parameter (for the `next` link of an expanded edge). */
export function formatFields(selection: FieldSelection): string {
  return [...selection]
    .map(([field, nested]) => {
      const limit = selection.limits.get(field);
      return `${field}${limit === undefined ? '' : `.limit(${limit})`}${nested ? `{${formatFields(nested)}}` : ''}`;
    })
    .join(',');
}
