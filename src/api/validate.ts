import { z } from 'zod';
import { InvalidRequestError } from '../domain/errors.js';
import { AGREEMENT_KINDS, AGREEMENT_STATUSES, NODE_LABELS, RELATIONSHIP_TYPES } from '../domain/labels.js';

/**
 * Parses request input with a zod schema, or throws InvalidRequestError `BAD_PARAMETER` naming
 * the first bad parameter, what it must be and what was sent.
 */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown, where: 'query' | 'body' | 'path'): z.output<S> {
  const result = schema.safeParse(input ?? {});
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  // Only the top-level name: a list's element index means nothing to someone who sent `a,b,c`.
  const key = issue.path[0];
  const name = key === undefined ? where : String(key);
  const sent = key === undefined ? input : (input as Record<PropertyKey, unknown> | undefined)?.[key as PropertyKey];
  const found = sent === undefined ? 'nothing' : JSON.stringify(sent)?.slice(0, 80);
  throw new InvalidRequestError('BAD_PARAMETER', `${where} parameter "${name}": ${issue.message}; found ${found}.`);
}

/** A comma-separated list of members of `values`: `labels=Person,Organization`. */
export function csvOf<const T extends readonly [string, ...string[]]>(values: T) {
  return z
    .string()
    .transform((text) => text.split(',').map((part) => part.trim()).filter(Boolean))
    .pipe(z.array(z.enum(values, { error: `expected a comma-separated list of ${values.join(', ')}` })).min(1));
}

/** An integer in [min, max], from a query string. */
export function intIn(min: number, max: number, fallback: number) {
  return z
    .string()
    .regex(/^\d+$/, `expected an integer from ${min} to ${max}`)
    .transform(Number)
    .pipe(z.number().int().min(min, `expected at least ${min}`).max(max, `expected at most ${max}`))
    .default(fallback as never);
}

export const isoDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD')
  // `2025-13-45` has the shape but names no day; Date would roll it over silently.
  .refine((day) => {
    const time = new Date(`${day}T00:00:00Z`).getTime();
    return !Number.isNaN(time) && new Date(time).toISOString().startsWith(day);
  }, 'expected a real calendar date as YYYY-MM-DD');
export const nodeId = z.string().min(1, 'expected a node id such as person:kim-jung-kwan').max(500);

export const labelsParam = csvOf(NODE_LABELS);
export const typesParam = csvOf(RELATIONSHIP_TYPES);
export const kindsParam = csvOf(AGREEMENT_KINDS);
export const statusesParam = csvOf(AGREEMENT_STATUSES);
