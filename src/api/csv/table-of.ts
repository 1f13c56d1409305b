import type { z } from 'zod';

/*
 * A list answer as a table with the same rows as its JSON and columns that follow from the row's
 * zod shape, so they are the same for every answer, an empty one included: a nested object
 * becomes dotted columns (`organization.name`), a list one column of its items joined by "; ",
 * a record of names one column of its JSON.
 */

/** What separates a list's items inside one cell. */
export const ITEM_SEPARATOR = '; ';

export interface Table {
  readonly header: readonly string[];
  readonly rows: readonly (readonly string[])[];
}

/** The columns of a row shape, as dotted paths, in the shape's field order. */
export function columnsOf(schema: z.ZodType, prefix = ''): string[] {
  const def = (schema as unknown as { _zod: { def: { type: string; innerType?: z.ZodType; shape?: Record<string, z.ZodType> } } })._zod.def;
  if (def.innerType && ['readonly', 'optional', 'nullable', 'default', 'nonoptional', 'catch'].includes(def.type)) return columnsOf(def.innerType, prefix);
  if (def.type === 'object' && def.shape) return Object.entries(def.shape).flatMap(([name, field]) => columnsOf(field, `${prefix}${name}.`));
  return [prefix.slice(0, -1)];
}

/** `rows` as a table of the columns of `schema`. */
export function tableOf(schema: z.ZodType, rows: readonly unknown[]): Table {
  const header = columnsOf(schema);
  return { header, rows: rows.map((row) => header.map((column) => cellOf(valueAt(row, column)))) };
}

function valueAt(row: unknown, path: string): unknown {
  let value = row;
  for (const key of path.split('.')) value = value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined;
  return value;
}

/** One value as cell text: nothing for null, lists joined, an item of a list by its name. */
export function cellOf(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.map(itemText).join(ITEM_SEPARATOR);
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/**
 * An object inside a list, by what a reader knows it by: its `name`, its person's name (a post's
 * holders), its `title`, its `sentence` (evidence), its `summary` or its `id`; its JSON otherwise.
 */
function itemText(item: unknown): string {
  if (item === null || typeof item !== 'object') return cellOf(item);
  const record = item as Record<string, unknown>;
  const person = record.person as Record<string, unknown> | undefined;
  for (const text of [record.name, person?.name, record.title, record.sentence, record.summary, record.id]) if (typeof text === 'string') return text;
  return JSON.stringify(item);
}
