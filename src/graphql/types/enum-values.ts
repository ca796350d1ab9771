// Enum values built from the domain's `as const` lists: the domain owns the stored values, the schema
// names them in SCREAMING_CASE (GraphQL's convention) and describes each one.

/** `data_access` → DATA_ACCESS, `ads_management` → ADS_MANAGEMENT. */
export const enumValueName = (value: string) => value.toUpperCase().replace(/[^A-Z0-9]+/g, '_');

type EnumValues<Value extends string> = Record<string, { value: Value; description: string }>;

/**
 * `values` for builder.enumType: one entry per stored value, named in SCREAMING_CASE, with its description.
 * The record must describe every value of the domain's list (the compiler checks `Record<Value, string>`).
 * `unknown`, when given, describes an extra UNKNOWN value for stored values this version does not know.
 */
export function describedValues<Value extends string>(descriptions: Record<Value, string>): EnumValues<Value>;
export function describedValues<Value extends string>(descriptions: Record<Value, string>, unknown: string): EnumValues<Value | 'UNKNOWN'>;
export function describedValues<Value extends string>(
  descriptions: Record<Value, string>,
  unknown?: string,
): EnumValues<Value | 'UNKNOWN'> {
  const entries = Object.entries(descriptions) as [Value, string][];
  const values = entries.map(([value, description]) => [enumValueName(value), { value, description }] as const);
  return Object.fromEntries(unknown === undefined ? values : [...values, ['UNKNOWN', { value: 'UNKNOWN', description: unknown }]]);
}

/**
 * Values read back from stored rows outlive the code that wrote them: one this version does not know
 * becomes UNKNOWN (the value describedValues adds) rather than an error that breaks the whole page.
 */
export function knownOr<Value extends string>(known: readonly Value[], value: string): Value | 'UNKNOWN' {
  return (known as readonly string[]).includes(value) ? (value as Value) : 'UNKNOWN';
}
