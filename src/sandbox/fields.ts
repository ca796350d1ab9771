// `fields=id,name,business{id,name}` (docs/graph-api.md "Requests and responses" field selection).
import { fail } from './errors.ts';

/** field → its nested selection (`business{id,name}`), or undefined for a plain field */
export type FieldSelection = Map<string, FieldSelection | undefined>;

export function parseFields(raw: string | undefined): FieldSelection | undefined {
  if (raw === undefined || raw.trim() === '') return undefined;
  const selection: FieldSelection = new Map();
  let depth = 0;
  let start = 0;
  const take = (end: number) => {
    const part = raw.slice(start, end).trim();
    start = end + 1;
    if (!part) return;
    const brace = part.indexOf('{');
    // modifiers such as `name.limit(5)` are accepted and ignored
    const name = (brace === -1 ? part : part.slice(0, brace)).split('.')[0]!.trim();
    selection.set(name, brace === -1 ? undefined : (parseFields(part.slice(brace + 1, part.lastIndexOf('}'))) ?? new Map()));
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
  getters: Record<string, (nested: FieldSelection | undefined) => unknown>,
  selection: FieldSelection,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [field, nested] of [...selection, ['id', undefined] as const]) {
    const getter = getters[field];
    if (!getter) throw fail.nonexistingField(field, nodeType);
    const value = getter(nested);
    if (value !== undefined) out[field] = value;
  }
  return out;
}
