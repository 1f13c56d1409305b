import type { CoveredOffsets, Word } from '../words.js';
import type { OrgEntry, OrgTable } from './org-table.js';

/**
 * Offices of heads of state that releases name by the building's proper name, with no head word
 * (`summit talks at Cheong Wa Dae`, `the presidential office Cheong Wa Dae said`): reference data
 * about governments, like country names. Each form maps to the name the office goes by.
 */
export const SEATS_OF_GOVERNMENT: ReadonlyMap<string, string> = new Map([
  ['Cheong Wa Dae', 'Cheong Wa Dae'],
  ['Blue House', 'Cheong Wa Dae'],
]);

const LETTER = /[\p{L}\p{N}]/u;

/**
 * A seat named after `at`, `from` or `in` is where something happened (`summit talks at Cheong Wa
 * Dae`, `took part from Cheong Wa Dae`): a venue, which the annotations leave out (25 of 38
 * releases that name the seat only as a venue do not list it); one that speaks or has a
 * spokesperson is the office.
 */
const VENUE_BEFORE = /\b(?:at|from|in)\s+(?:the\s+)?$/i;

/** Every whole-word mention of a seat of government not already inside a named body and not a venue: a government body. */
export function addSeatsOfGovernment(table: OrgTable, body: string, words: readonly (readonly Word[])[], covered: CoveredOffsets): void {
  for (const [form, name] of SEATS_OF_GOVERNMENT) {
    for (let at = body.indexOf(form); at >= 0; at = body.indexOf(form, at + form.length)) {
      const end = at + form.length;
      if (covered.has(at) || LETTER.test(body[at - 1] ?? '') || LETTER.test(body[end] ?? '')) continue;
      if (VENUE_BEFORE.test(body.slice(Math.max(0, at - 12), at))) continue;
      const sentenceIndex = words.findIndex((s) => s.length > 0 && s[0]!.start <= at && s[s.length - 1]!.end >= end);
      // `the Office of the President (Cheong Wa Dae) announced`: the seat in brackets names the office just named.
      const named = bracketedAfter(table, body, at);
      table.add({ name: named?.name ?? name, start: at, end, sentenceIndex: Math.max(0, sentenceIndex), kind: named?.kind ?? 'government', acronym: null }, form);
    }
  }
}

/** The government body whose mention ends just before the bracket opening at `at`, if any. */
function bracketedAfter(table: OrgTable, body: string, at: number): OrgEntry | undefined {
  const open = body.lastIndexOf('(', at);
  if (open < 0 || body.slice(open + 1, at).trim() !== '') return undefined;
  const close = body.slice(0, open).trimEnd().length;
  return table.entries.find((e) => e.kind === 'government' && e.mentions.some((m) => m.end === close));
}
