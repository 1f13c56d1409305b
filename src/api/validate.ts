import { z } from 'zod';
import { InvalidRequestError, escapeRegExp, AGREEMENT_KINDS, AGREEMENT_STATUSES, NODE_LABELS, RELATIONSHIP_TYPES } from '../domain/index.js';

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

/*
 * Every rule below is written once as a regular expression (or length in code points, as JSON
 * Schema counts) and used both here and in the OpenAPI document, so a client generated from the
 * document and the server agree on what is valid (schemathesis checks both directions).
 */

/** `mou` → `[mM][oO][uU]`: JSON Schema patterns have no case-insensitive flag. */
function caseless(value: string): string {
  return [...value].map((ch) => (ch.toLowerCase() !== ch.toUpperCase() ? `[${ch.toLowerCase()}${ch.toUpperCase()}]` : escapeRegExp(ch))).join('');
}

/** Comma-separated members of `values`, any case, spaces around commas allowed, no empty member. */
export function csvPattern(values: readonly string[]): string {
  const item = `(?:${values.map(caseless).join('|')})`;
  return `^ *${item}(?: *, *${item})* *$`;
}

/** A comma-separated list of members of `values`, any case: `labels=person,Organization` → canonical names. */
export function csvOf<const T extends readonly [string, ...string[]]>(values: T) {
  const canonical = new Map<string, T[number]>(values.map((value) => [value.toLowerCase(), value]));
  return z
    .string()
    .regex(new RegExp(csvPattern(values)), `expected a comma-separated list of ${values.join(', ')} (any case)`)
    .transform((text) => text.split(',').map((part) => canonical.get(part.trim().toLowerCase())!));
}

/**
 * An integer in [min, max], from a query string. The document says `integer` (a client sends
 * digits); the string-only `^\d+$` zod checks first is dropped from it by the parameter generator.
 */
export function intIn(min: number, max: number, fallback: number) {
  return z
    .string()
    .regex(/^\d+$/, `expected an integer from ${min} to ${max}`)
    .transform(Number)
    .pipe(z.number().int().min(min, `expected at least ${min}`).max(max, `expected at most ${max}`))
    .default(fallback as never)
    .meta({ type: 'integer', minimum: min, maximum: max });
}

/** Characters String.prototype.trim removes, spelt out: Python's \s (schemathesis) is another set. */
const SPACE = '\\t\\n\\v\\f\\r \\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000\\ufeff';
/** Something besides white space. */
export const NOT_BLANK_PATTERN = `[^${SPACE}]`;

/** A string of `min`–`max` characters counted as JSON Schema does (code points, not UTF-16 units). */
export function textOf(min: number, max: number, what: string) {
  return z
    .string()
    .refine((text) => {
      const length = [...text].length;
      return length >= min && length <= max;
    }, `expected ${what} of ${min} to ${max} characters`)
    .meta({ minLength: min, maxLength: max });
}

/** textOf that must hold something besides white space; the answer is the text as sent. */
export function notBlankText(max: number, what: string, blank: string) {
  return textOf(1, max, what)
    .pipe(z.string().regex(new RegExp(NOT_BLANK_PATTERN), blank))
    .meta({ pattern: NOT_BLANK_PATTERN });
}

export const ISO_DAY_PATTERN = '^\\d{4}-\\d{2}-\\d{2}$';
export const isoDay = z
  .string()
  .regex(new RegExp(ISO_DAY_PATTERN), 'expected a date as YYYY-MM-DD')
  // `2025-13-45` has the shape but names no day; Date would roll it over silently.
  .refine((day) => {
    const time = new Date(`${day}T00:00:00Z`).getTime();
    return !Number.isNaN(time) && new Date(time).toISOString().startsWith(day);
  }, 'expected a real calendar date as YYYY-MM-DD')
  .meta({ format: 'date' });

export const NODE_ID_MAX = 500;
export const nodeId = textOf(1, NODE_ID_MAX, 'a node id such as person:kim-jung-kwan');

export const EDGE_ID_MAX = 1000;
export const COUNTRY_CODE_PATTERN = '^[A-Za-z]{2}$';
/** Longest country name accepted: `The Democratic Republic of the Congo`, with room to spare. */
export const COUNTRY_NAME_MAX = 100;
/** Bounds of `offset` and `limit` on paged lists. */
export const MAX_OFFSET = 1_000_000;
export const MAX_PAGE = 500;

export const labelsParam = csvOf(NODE_LABELS);
export const typesParam = csvOf(RELATIONSHIP_TYPES);
export const kindsParam = csvOf(AGREEMENT_KINDS);
export const statusesParam = csvOf(AGREEMENT_STATUSES);
