/** How many distinct property layouts get a copier; records of further layouts stay as they are. */
const MAX_LAYOUTS = 256;

type Copier = (record: Readonly<Record<string, unknown>>) => Record<string, unknown>;

const copiers = new Map<string, Copier | null>();

/**
 * `record` copied into a plain object of the same own properties in the same order, each held in
 * the object itself. A decoded edge's attributes come from JSON.parse with the written fields and
 * then gain those the writer left out (docIds, count, firstDate, lastDate): V8 keeps properties
 * added after creation in a separate PropertyArray, one more object per edge (≈ 600k in the 1000×
 * served graph) for the collector to mark on every full collection. An object literal lays all its
 * properties out inline, so one literal is compiled per layout (a few dozen in a snapshot) and
 * reused for every record of that layout. A layout with `__proto__` (which a literal would take as
 * the prototype) or beyond MAX_LAYOUTS keeps the record as it is: the same values either way.
 */
export function inObjectCopy<T extends object>(record: T): T {
  const names = Object.keys(record);
  const layout = names.join('\u0000');
  let copier = copiers.get(layout);
  if (copier === undefined) {
    copier = copiers.size < MAX_LAYOUTS && !names.includes('__proto__') ? literalOf(names) : null;
    copiers.set(layout, copier);
  }
  return copier ? (copier(record as Readonly<Record<string, unknown>>) as T) : record;
}

/**
 * A function returning `{"a": record["a"], "b": record["b"], …}` for these names. The names come
 * from the snapshot file, so each is written as a JSON string literal (valid JavaScript), never as
 * code.
 */
function literalOf(names: readonly string[]): Copier {
  const fields = names.map((name) => `${JSON.stringify(name)}:record[${JSON.stringify(name)}]`).join(',');
  return new Function('record', `return {${fields}};`) as Copier;
}
