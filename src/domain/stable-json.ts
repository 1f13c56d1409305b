import { sortKeys } from './sort-keys.js';

/**
 * JSON with object keys sorted at every depth, so the same graph always serialises to the same
 * bytes whatever order its attributes were set in. Arrays keep their order (they are sorted data).
 * Undefined object fields are left out, as JSON.stringify does. Written out by hand: a replacer
 * copying every object was the slowest part of writing a large snapshot.
 */
export function stableStringify(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) {
    let out = '[';
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i];
      out += (i > 0 ? ',' : '') + (item === undefined || typeof item === 'function' ? 'null' : stableStringify(item));
    }
    return `${out}]`;
  }
  const record = value as Record<string, unknown>;
  const keys = sortKeys(Object.keys(record));
  let out = '{';
  for (const key of keys) {
    const item = record[key];
    if (item === undefined || typeof item === 'function') continue;
    out += `${out.length > 1 ? ',' : ''}${JSON.stringify(key)}:${stableStringify(item)}`;
  }
  return `${out}}`;
}
