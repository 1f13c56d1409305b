import { escapeRegExp } from '../../domain/index.js';
import type { CoveredOffsets, Word } from '../words.js';
import { NAMED_LEGISLATURES } from '../lexicons/org-forms.js';
import type { OrgTable } from './org-table.js';

/**
 * One scan of the text for every listed legislature, longest name first (`Dewan Perwakilan Rakyat`
 * before `Dewan Rakyat`); ASCII word edges, half the cost of Unicode lookarounds over every
 * release, with a non-ASCII letter beside a hit checked on the hit alone.
 */
const LEGISLATURE_NAMES = new RegExp(`\\b(?:${[...NAMED_LEGISLATURES.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|')})\\b`, 'g');
const LETTER = /[\p{L}\p{N}]/u;

/**
 * Every mention of a listed legislature not already inside a named body (`addressed the State
 * Duma`, `Vice President of the Storting`, `its House of Representatives`): a government body,
 * its country the list's when the name is the state's own, else left to the text around it.
 */
export function addLegislatures(table: OrgTable, body: string, words: readonly (readonly Word[])[], covered: CoveredOffsets): void {
  LEGISLATURE_NAMES.lastIndex = 0;
  for (let m = LEGISLATURE_NAMES.exec(body); m !== null; m = LEGISLATURE_NAMES.exec(body)) {
    const at = m.index;
    const end = at + m[0].length;
    if (covered.has(at) || LETTER.test(body[at - 1] ?? '') || LETTER.test(body[end] ?? '')) continue;
    const sentenceIndex = words.findIndex((s) => s.length > 0 && s[0]!.start <= at && s[s.length - 1]!.end >= end);
    const entry = table.add({ name: m[0], start: at, end, sentenceIndex: Math.max(0, sentenceIndex), kind: 'government', acronym: null }, m[0]);
    entry.kind = 'government';
    const country = NAMED_LEGISLATURES.get(m[0]);
    if (country) entry.impliedCountry = country;
  }
}
