import type { Sentence } from '../analysed-text.js';
import { CALENDAR_WORDS } from '../lexicons/events.js';
import type { CountryMention } from '../passes/countries.js';
import { compoundOf, partiesIn } from './parties.js';
import type { SentenceHit } from './sentence-hit.js';

/** `the Government of the Republic of Korea`, `the Government of the People's Republic of China`: one side of a treaty's title. */
const GOVERNMENT = String.raw`the\s+Government\s+of\s+(?:the\s+)?[\p{Lu}][\p{L}.’']*(?:\s+(?:of\s+(?:the\s+)?)?(?!(?:Concerning|Regarding)\b)[\p{Lu}][\p{L}.’']*)*`;
/** `the Promotion, Protection and Liberalisation of Investment`: a comma inside a list of capitalised words closed by `and`. */
const LISTED_WORD = String.raw`,\s+(?=[\p{Lu}][\p{L}-]*(?:,\s+[\p{Lu}][\p{L}-]*)*,?\s+and\s+\p{Lu})`;
/** A capitalised topic: `Cooperation`, `Maritime Search and Rescue`, `the Promotion and Protection of Investments`. */
const TITLE_TOPIC = String.raw`(?:the\s+)?[\p{Lu}][\p{L}-]*(?:(?:\s+(?:(?:and|of|in|for|on|the|of\s+the|in\s+the)\s+)?|${LISTED_WORD})[\p{Lu}][\p{L}-]*)*`;
/**
 * `Agreement for Cooperation between the Government of the Republic of Korea and the Government of
 * the Republic of Alphania Concerning Maritime Search and Rescue`, `Agreement between the
 * Government of Alphania and the Government of Betania on the Avoidance of Double Taxation`: the
 * formal title of a treaty between two governments, its head first, a topic before or after the
 * sides; `Agreement among the Government of A, the Government of B and the Government of C for …`
 * of three or more.
 */
const GOVERNMENT_TITLE = new RegExp(
  String.raw`\b(?:Agreement|Treaty|Convention)(?:\s+(?:for|on)\s+${TITLE_TOPIC})?\s+(?:between|among)\s+${GOVERNMENT}(?:,\s+${GOVERNMENT})*,?\s+and\s+${GOVERNMENT}(?:\s+(?:Concerning|Regarding|on|for|in)\s+${TITLE_TOPIC})?(?![\p{L}])`,
  'gu',
);

const PLACE_AND_DAY = new RegExp(String.raw`(?:\s+in\s+[\p{Lu}][\p{L}-]*)?\s+on\s+${CALENDAR_WORDS.source.replace(/^\^|\$$/g, '')}$`, 'u');

/** Treaties a sentence names by their formal title between two governments, kind `treaty`, named as written. */
export function governmentTitles(sentence: Sentence, countries: readonly CountryMention[]): SentenceHit[] {
  if (!sentence.text.includes('between the Government of') && !sentence.text.includes('among the Government of')) return [];
  const hits: SentenceHit[] = [];
  for (const m of sentence.text.matchAll(GOVERNMENT_TITLE)) {
    // `… of Investment in Alphaville on May 3`: a place and a day the capitalised run reads on into.
    const name = m[0].replace(PLACE_AND_DAY, '');
    const parties = partiesIn(name, countries, sentence.start + m.index);
    // `between` two governments; `among` three or more, each side a government.
    if (name.includes(' between ') ? parties.length !== 2 : parties.length < 3) continue;
    // Known short as the two sides' agreement: `Korea–U.S. Agreement`; an investment treaty also as
    // the release's plain words for it (`signed a trilateral investment agreement`).
    const head = /^\S+/.exec(name)![0];
    const investment = head === 'Agreement' && /\bInvestments?$/.test(name) ? [`${parties.length === 2 ? 'bilateral' : 'trilateral'} investment agreement`] : [];
    hits.push({ name, aliases: [`${compoundOf(parties)} ${head}`, ...investment], kind: 'treaty', parties, start: m.index, end: m.index + name.length });
  }
  return hits;
}
