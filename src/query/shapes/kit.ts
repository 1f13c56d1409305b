import { z } from 'zod';

/*
 * The few building blocks every response shape is made of. Answers are read-only values, so lists,
 * records and objects infer readonly types; the JSON Schema they generate says nothing of that.
 */

/** A count or an index: an integer from 0. */
export const count = z.number().int().nonnegative();

/** Text that may be unknown: `null`, never absent. */
export const maybeText = z.string().nullable();

export function list<T extends z.ZodType>(item: T) {
  return z.array(item).readonly();
}

/** An object of name → value, names chosen by the data (labels, types, kinds). */
export function recordOf<T extends z.ZodType>(value: T) {
  return z.record(z.string(), value).readonly();
}

/** Attributes of a node or an edge, as stored. */
export const attributes = recordOf(z.unknown());

export function shape<S extends z.ZodRawShape>(fields: S) {
  return z.object(fields).readonly();
}

/** A page of a longer list: where it starts and how many it holds at most. */
export const page = shape({ offset: count, limit: count });
