import { COUNTRY_FORMS } from '../lexicons/countries.js';
import {
  INTERNATIONAL_NAMES,
  INTERNATIONAL_ORGS,
  TRADE_LIST_BEFORE,
  TRADE_PLACE_BEFORE,
  UNION_COORDINATED_AFTER,
  UNION_COORDINATED_BEFORE,
  UNION_LEFT_BEFORE,
  UNIONS_ALSO_BODIES,
} from '../lexicons/international-orgs.js';
import type { CoveredOffsets, Word } from '../words.js';
import type { OrgTable } from './org-table.js';

const INTERNATIONAL = new Set(INTERNATIONAL_NAMES);
const LETTER = /[\p{L}\p{N}]/u;
const NEXT_WORD = /^ (\p{Lu}[\p{L}-]*)/u;

/** Words after a body's name that make the whole a place named after it: `the United Nations Memorial Cemetery`. */
const PLACE_NOUNS = new Set(['Memorial', 'Cemetery', 'Park', 'Hall', 'Plaza', 'Building', 'Square', 'Tower', 'Avenue', 'Street', 'Road']);

/**
 * `the United Nations Memorial Cemetery`, `the United Nations Conference on …`: a listed name
 * that begins a longer listed name, or a place named after the body, is not the body itself
 * (`the United Nations General Assembly` is the body's organ and still names it).
 */
function beginsLongerName(body: string, at: number, name: string): boolean {
  const next = NEXT_WORD.exec(body.slice(at + name.length, at + name.length + 40))?.[1];
  if (next === undefined) return false;
  return PLACE_NOUNS.has(next) || INTERNATIONAL_NAMES.some((longer) => longer.length > name.length && longer.startsWith(name) && body.startsWith(longer, at));
}

/** Whether some run of the words, ending (or beginning) where they do, is a country's name: `the United States`, `Korea`. */
function namesCountry(words: string, at: 'end' | 'start'): boolean {
  const parts = words.split(/\s+/u);
  for (let n = 1; n <= parts.length; n += 1) {
    const run = (at === 'end' ? parts.slice(-n) : parts.slice(0, n)).join(' ');
    if (COUNTRY_FORMS.get(run)?.code) return true;
  }
  return false;
}

/**
 * A union named in passing, a party or a place rather than a body: beside a country (`Korea and
 * the European Union`, `the European Union, Mexico`), or as what a country leaves.
 */
function unionInPassing(before: string, after: string): boolean {
  if (UNION_LEFT_BEFORE.test(before.slice(-40))) return true;
  const previous = UNION_COORDINATED_BEFORE.exec(before.slice(-60))?.[1];
  if (previous !== undefined && namesCountry(previous, 'end')) return true;
  const next = UNION_COORDINATED_AFTER.exec(after.slice(0, 60))?.[1];
  return next !== undefined && namesCountry(next, 'start');
}

/**
 * International bodies named in full with no head word the span reader knows (`the Andean
 * Community`, `Eurasian Economic Union`), found by their listed names; and every listed body is
 * of kind international, whatever its head (`Gulf Cooperation Council`).
 */
export function addInternationalBodies(table: OrgTable, body: string, words: readonly (readonly Word[])[], covered: CoveredOffsets): void {
  const firstStarts = words.map((s) => s[0]?.start ?? Number.MAX_SAFE_INTEGER);
  const sentenceAt = (offset: number): number => {
    let i = 0;
    while (i + 1 < firstStarts.length && firstStarts[i + 1]! <= offset) i += 1;
    return i;
  };
  for (const name of INTERNATIONAL) {
    for (let at = body.indexOf(name); at >= 0; at = body.indexOf(name, at + name.length)) {
      const end = at + name.length;
      if (covered.has(at) || LETTER.test(body[at - 1] ?? '') || LETTER.test(body[end] ?? '') || beginsLongerName(body, at, name)) continue;
      const acronym = [...INTERNATIONAL_ORGS].find(([, full]) => full === name)?.[0] ?? null;
      table.add({ name, start: at, end, sentenceIndex: sentenceAt(at), kind: 'international', acronym }, name);
    }
  }
  for (const [name] of UNIONS_ALSO_BODIES) {
    for (let at = body.indexOf(name); at >= 0; at = body.indexOf(name, at + name.length)) {
      const end = at + name.length;
      if (covered.has(at) || LETTER.test(body[at - 1] ?? '') || LETTER.test(body[end] ?? '')) continue;
      const sentence = sentenceAt(at);
      const before = body.slice(firstStarts[sentence] ?? 0, at);
      if (TRADE_PLACE_BEFORE.test(before.slice(-60)) || TRADE_LIST_BEFORE.test(before) || unionInPassing(before, body.slice(end))) continue;
      table.add({ name, start: at, end, sentenceIndex: sentence, kind: 'international', acronym: null }, name);
    }
  }
  for (const entry of table.entries) if (INTERNATIONAL.has(entry.name) || UNIONS_ALSO_BODIES.has(entry.name)) entry.kind = 'international';
}
