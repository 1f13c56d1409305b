import { fold } from '../fold.js';
import { type Draft, KIND_WORDS } from './draft.js';
import type { SentenceHit } from './sentence-hit.js';

/** An agreement acronym a bracket defined (`… Partnership (CPTPP)`), a word of its own. */
const DEFINED_ACRONYM = /^[A-Z]{3,7}$/;

/**
 * `The CPTPP, which entered into force in December 2018, …`: an acronym an earlier sentence gave an
 * agreement, where it recurs alone outside any name found here, is a mention of that agreement. It
 * carries only the status its own words give, never the sentence's (which may be about another thing).
 */
export function definedAcronyms(text: string, drafts: readonly Draft[], found: readonly SentenceHit[]): SentenceHit[] {
  const hits: SentenceHit[] = [];
  // Most sentences hold no run of three capitals: no alias needs trying there.
  if (drafts.length === 0 || !/[A-Z]{3}/.test(text)) return hits;
  for (const d of drafts) {
    for (const acronym of d.aliases) {
      if (!DEFINED_ACRONYM.test(acronym) || KIND_WORDS.has(fold(acronym)) || !text.includes(acronym)) continue;
      for (const m of text.matchAll(new RegExp(`(?<![\\p{L}\\d–-])${acronym}(?![\\p{L}\\d–-])`, 'gu'))) {
        if (found.some((h) => m.index < h.end && m.index + acronym.length > h.start)) continue;
        hits.push({ name: acronym, aliases: [], kind: d.kind, parties: [], start: m.index, end: m.index + acronym.length, repeat: true });
      }
    }
  }
  return hits;
}
