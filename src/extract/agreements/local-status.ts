import type { AgreementKind, AgreementStatus } from '../../domain/index.js';
import { STATUS_PHRASINGS } from './status-phrasings.js';

/** How far either side of a name a status phrasing may sit. */
const REACH = 60;

/**
 * The status the words right beside one mention of an agreement give (`ratification of the X`,
 * `the X signed in 2015`, `upgrading the X`), or null when they say nothing and the sentence's
 * cue decides. Reads only the mention's own clause, so two agreements in one sentence can differ;
 * a row kept to some kinds (`concluded the X` of a trade agreement) reads only an agreement of those.
 */
export function localStatus(sentence: string, start: number, end: number, kind: AgreementKind | null = null): AgreementStatus | null {
  // Quotes around the name itself (`the “Alpha Agreement” released on …`) are not a clause break.
  const before = sentence.slice(Math.max(0, start - REACH), start).replace(/\s*[“"‘]$/, ' ').replace(/^.*[;:“”"]/s, '');
  const after = sentence.slice(end, end + REACH).replace(/^[”"’]/, '').replace(/[;:“”"].*$/s, '');
  for (const p of STATUS_PHRASINGS) {
    if (p.kinds !== undefined && (kind === null || !p.kinds.has(kind))) continue;
    if (p.pattern.test(p.side === 'before' ? before : p.side === 'after' ? after : `${before}§${after}`)) return p.status;
  }
  return null;
}
