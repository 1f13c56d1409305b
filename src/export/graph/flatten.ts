/** An attribute value a flat format (GraphML, GEXF) can hold. */
export type FlatValue = string | number | boolean;

/**
 * Lists and objects (aliases, docIds, evidence) become JSON strings, so tools that read only scalar
 * attributes still get all of it and can parse it back; scalars pass through. Absent values are dropped.
 */
export function flattenAttributes(attributes: object): Record<string, FlatValue> {
  const flat: Record<string, FlatValue> = {};
  const record = attributes as Readonly<Record<string, unknown>>;
  for (const key of Object.keys(record).sort()) {
    const value = record[key];
    if (value === undefined || value === null) continue;
    flat[key] = typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? value : JSON.stringify(value);
  }
  return flat;
}
