import type { Sentence } from '../analysed-text.js';
import type { CountryMention } from '../passes/countries.js';
import { compoundOf, partiesIn } from './parties.js';
import type { SentenceHit } from './sentence-hit.js';

/** `the Government of the Republic of Korea`, `the Government of Japan`: one side of a treaty's title. */
const GOVERNMENT = String.raw`the\s+Government\s+of\s+(?:the\s+)?[\p{Lu}][\p{L}.]*(?:\s+(?:of\s+(?:the\s+)?)?(?!(?:Concerning|Regarding)\b)[\p{Lu}][\p{L}.]*)*`;
/** A capitalised topic: `Cooperation`, `Maritime Search and Rescue`, `the Promotion and Protection of Investments`. */
const TITLE_TOPIC = String.raw`(?:the\s+)?[\p{Lu}][\p{L}-]*(?:\s+(?:(?:and|of|in|for|on|the|of\s+the|in\s+the)\s+)?[\p{Lu}][\p{L}-]*)*`;
/**
 * `Agreement for Cooperation between the Government of the Republic of Korea and the Government of
 * the Republic of Alphania Concerning Maritime Search and Rescue`, `Agreement between the
 * Government of Alphania and the Government of Betania on the Avoidance of Double Taxation`: the
 * formal title of a treaty between two governments, its head first, a topic before or after the sides.
 */
const GOVERNMENT_TITLE = new RegExp(
  String.raw`\b(?:Agreement|Treaty|Convention)(?:\s+(?:for|on)\s+${TITLE_TOPIC})?\s+between\s+${GOVERNMENT}\s+and\s+${GOVERNMENT}(?:\s+(?:Concerning|Regarding|on|for|in)\s+${TITLE_TOPIC})?(?![\p{L}])`,
  'gu',
);

/** Treaties a sentence names by their formal title between two governments, kind `treaty`, named as written. */
export function governmentTitles(sentence: Sentence, countries: readonly CountryMention[]): SentenceHit[] {
  if (!sentence.text.includes('between the Government of')) return [];
  const hits: SentenceHit[] = [];
  for (const m of sentence.text.matchAll(GOVERNMENT_TITLE)) {
    const name = m[0];
    const parties = partiesIn(name, countries, sentence.start + m.index);
    if (parties.length !== 2) continue;
    // Known short as the two sides' agreement: `Korea–U.S. Agreement`.
    hits.push({ name, aliases: [`${compoundOf(parties)} ${/^\S+/.exec(name)![0]}`], kind: 'treaty', parties, start: m.index, end: m.index + name.length });
  }
  return hits;
}
