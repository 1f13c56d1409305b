/**
 * The JSON texts of presented objects that answers share and never change (a node's summary, a
 * hop, an element's data, an entity list's row: made once per stored record and kept), written once
 * each. Keyed by the object itself, so a text lives as long as its object does: a Neo4j answer's
 * fresh objects take theirs with them.
 */
const texts = new WeakMap<object, string>();

/** `JSON.stringify(value)`, kept for `value`; only for an object no one changes after it is shown. */
export function keptJson(value: object): string {
  let text = texts.get(value);
  if (text === undefined) texts.set(value, (text = JSON.stringify(value)));
  return text;
}

/** `JSON.stringify(items)` of an array of such objects, from their kept texts. */
export function keptListJson(items: readonly object[]): string {
  let text = '[';
  for (let i = 0; i < items.length; i++) text += (i > 0 ? ',' : '') + keptJson(items[i]!);
  return `${text}]`;
}
