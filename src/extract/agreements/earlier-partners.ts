import type { Sentence } from '../analysed-text.js';
import type { CountryMention } from '../passes/countries.js';
import { compoundOf } from './parties.js';
import type { SentenceHit } from './sentence-hit.js';

/**
 * `Alphania will be Korea's third FTA partner in Latin America, after Chile (2004) and Peru (2011)`,
 * `its second free trade partner in the region after Chile, whose agreement has been in force since
 * 2004`, `the third free trade agreement with a Latin American country, after those with Chile and
 * Peru`: an ordinal FTA followed by `after` and the earlier partners. Each earlier partner's FTA is
 * one in force, which the annotators list.
 */
const ORDINAL_FTA_AFTER = /\b(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:nd|rd|th))\s+(?:[\w-]+\s+){0,2}?(?:FTA|free\s+trade)\s+(?:partner|agreement)\b[^.;]{0,60}?\bafter\s+(?:those\s+with\s+|the\s+ones?\s+with\s+)?/g;
/** After a partner: its year in brackets; then a list separator before the next partner. */
const YEAR = /^\s*\(\d{4}\)/;
const SEPARATOR = /^(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?/;

/** The FTAs of the earlier partners an ordinal FTA is counted after, each in force. */
export function earlierPartners(sentence: Sentence, countries: readonly CountryMention[], home: string | null): SentenceHit[] {
  const text = sentence.text;
  if (home === null || !text.includes(' after ')) return [];
  const hits: SentenceHit[] = [];
  for (const m of text.matchAll(ORDINAL_FTA_AFTER)) {
    let at = m.index + m[0].length;
    for (;;) {
      const country = countries.find((c) => c.start - sentence.start === at && c.form !== 'demonym');
      // `Chile (2004) and Peru (2011), and Alphania's first with …`: a possessive starts another clause.
      if (!country || country.code === home || text.startsWith('’s', country.end - sentence.start) || text.startsWith("'s", country.end - sentence.start)) break;
      const start = country.start - sentence.start;
      hits.push({ name: `${compoundOf([home, country.code])} FTA`, aliases: [], kind: 'FTA', parties: [home, country.code], start, end: country.end - sentence.start, stated: 'in_force' });
      at = country.end - sentence.start;
      at += YEAR.exec(text.slice(at))?.[0].length ?? 0;
      const separator = SEPARATOR.exec(text.slice(at));
      if (!separator) break;
      at += separator[0].length;
    }
  }
  return hits;
}
