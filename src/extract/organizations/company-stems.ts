import { fold } from '../fold.js';
import { ORG_HEADS, STATE_COMPANY_HEADS } from '../lexicons/org-forms.js';
import { TITLE_NOUNS } from '../lexicons/titles.js';
import type { CoveredOffsets, Word } from '../words.js';
import type { OrgTable } from './org-table.js';

const COUNTRY_WORD = /^(?:Korea|Japan|China|USA|America|Europe|Asia|Vietnam|India|Germany|France|UK)$/;

const GIVEN_NAME = /^\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)?$/u;

/**
 * `Jean-Baptiste Morel` when `Morel Industries` is named: the word ends a person's name, not a
 * company's short form. A capitalised word mid-sentence (or a hyphenated one anywhere) before it
 * is taken for a given name.
 */
export function endsPersonName(words: readonly Word[], i: number): boolean {
  const prev = words[i - 1]?.text ?? '';
  return GIVEN_NAME.test(prev) && (i - 1 > 0 || prev.includes('-')) && !COUNTRY_WORD.test(prev);
}

/** Tags a lower-case brand word gets; never a verb's or a function word's. */
const BRAND_POS: ReadonlySet<string> = new Set(['NOUN', 'PROPN', 'ADJ', 'X']);

/** `VK hynor`: a lower-case word of letters, tagged as a name or noun, right after a stem written in capitals. */
const brandAfterCapitals = (stem: string, next: Word): boolean =>
  /^\p{Lu}{2,}$/u.test(stem) && /^\p{Ll}{3,}$/u.test(next.text) && BRAND_POS.has(next.pos) && next.start > 0;

/**
 * A company named once in full (`Daewon Technology`) is then called by its first word (`Daewon`),
 * and its national arm by that word and a country (`Daewon Korea`). The stem is the word before a
 * company head, when that word is the only one.
 */
export function addCompanyStems(table: OrgTable, sentences: readonly (readonly Word[])[], covered: CoveredOffsets): void {
  const stems = new Map<string, (typeof table.entries)[number]>();
  for (const entry of table.entries) {
    const parts = entry.name.split(' ');
    const head = ORG_HEADS.get(parts[1] ?? '');
    // `Velmar Railways`: a state's company is named for its country, which its first word still names.
    if (STATE_COMPANY_HEADS.has(parts[1] ?? '')) continue;
    if (entry.kind === 'company' && parts.length >= 2 && head?.company && !stems.has(parts[0]!)) stems.set(parts[0]!, entry);
  }
  if (stems.size === 0) return;
  for (const words of sentences) {
    words.forEach((w, i) => {
      const owner = stems.get(w.text);
      if (!owner || covered.has(w.start) || endsPersonName(words, i)) return;
      const next = words[i + 1];
      if (next && COUNTRY_WORD.test(next.text) && !covered.has(next.start)) {
        const name = `${w.text} ${next.text}`;
        const arm = table.entries.find((e) => e.name.startsWith(`${w.text} `) && e.name.endsWith(` ${next.text}`) && fold(e.name) !== fold(owner.name));
        table.add({ name: arm?.name ?? name, start: w.start, end: next.end, sentenceIndex: w.sentenceIndex, kind: 'company', acronym: null }, name);
        return;
      }
      // `Velco Caltrin` beside `Velco Energy`: the word opens another name of the same group, not the short form;
      // so does a lower-case brand word after a stem in capitals (`VK hynor` beside `VK Group`).
      if (next && /^\p{Lu}\p{Ll}/u.test(next.text) && !TITLE_NOUNS.has(next.text)) return;
      if (next && brandAfterCapitals(w.text, next)) return;
      table.add({ name: owner.name, start: w.start, end: w.end, sentenceIndex: w.sentenceIndex, kind: owner.kind, acronym: null }, w.text);
    });
  }
}

/**
 * `battery plants by VK and …` after `VK Group Chairman …`: a company read by its bare word by any
 * finder is the group that word opens, when the release names `<word> Group`; the group is the
 * parent the bare word stands for.
 */
export function foldIntoGroups(table: OrgTable): void {
  for (const entry of [...table.entries]) {
    if (entry.kind !== 'company' || entry.name.includes(' ')) continue;
    const group = table.find(`${entry.name} Group`);
    if (group && group !== entry && group.kind === 'company') table.merge(entry, group);
  }
}
