import { CAPITAL_CITIES, SEAT_CITIES } from '../lexicons/countries.js';
import { CALENDAR_WORDS, NAME_CONNECTORS } from '../lexicons/events.js';
import type { CountryMention } from '../passes/countries.js';
import type { EventWord } from './event-words.js';

/** Where an occasion took place, as the sentence words it, and the offset of its `at`/`in`. */
export interface Location {
  readonly text: string;
  readonly start: number;
}

const LOCATION_NOUNS = /^(?:conference|room|hall|site|headquarters|office|center|centre|building|campus|plant|auditorium|ballroom)$/;
const PLACE_WORDS = /^(?:at|in|visited)$/;
const BRACKETED_ACRONYM = /^\(\p{Lu}+\)[,.]?$/u;
const ENDS_PHRASE = /[,;:.]$/;
const ENDS_CLAUSE = /[,.]$/;
const TRAILING_PUNCTUATION = /[,;:.]+$/;
const UPPER_START = /^\p{Lu}/u;
const LOWER_START = /^\p{Ll}/u;
const DIGIT_START = /^\d/;
/** Lower-case words that may follow a place: `in Seoul on Monday`, `at KITA, which…`. */
const AFTER_PLACE =
  /^(?:on|from|to|and|with|for|in|at|during|as|which|where|that|this|last|next|under|through|until|by|was|were|is|are|will|has|have|had)$/;
const WITHIN = / in (\p{Lu}[\p{L}-]+)[,.]?$/u;
const INNER = / in (\p{Lu}[\p{L}-]+(?:, \p{Lu}[\p{L}-]+)?)$/u;

/** Whether word `k` can continue a place that so far ends at `last`. */
function continuesPlace(words: readonly EventWord[], k: number, last: number): boolean {
  const w = words[k]!;
  if (w.capitalised || BRACKETED_ACRONYM.test(w.text)) return true;
  if (last < 0) return false;
  if (LOCATION_NOUNS.test(w.bare)) return true;
  const b = w.bare;
  return NAME_CONNECTORS.has(b) && b !== 'in' && b !== 'on' && b !== 'to' && k + 1 < words.length && words[k + 1]!.capitalised;
}

/** The place after `at`/`in`/`visited` at word `i`, or null when what follows is no place. */
function placeAt(sentence: string, words: readonly EventWord[], i: number): string | null {
  let k = i + 1;
  if (/^the$/i.test(words[k]!.text)) k++;
  const first = k;
  let last = -1;
  for (; k < words.length; k++) {
    const b = words[k]!.bare;
    if (!continuesPlace(words, k, last) || CALENDAR_WORDS.test(b) || DIGIT_START.test(b)) break;
    last = k;
    if (ENDS_PHRASE.test(words[k]!.text)) break;
  }
  if (last < first) return null;
  const following = words[last + 1]?.text ?? '';
  // `in the AI sector`: a capitalised modifier of a common noun is no place.
  if (!ENDS_PHRASE.test(words[last]!.text) && LOWER_START.test(following) && !AFTER_PLACE.test(words[last + 1]?.bare ?? '')) return null;
  let text = sentence.slice(words[first]!.start, words[last]!.end).replace(TRAILING_PUNCTUATION, '');
  const within = WITHIN.exec(sentence.slice(words[last]!.end, words[last + 2]?.end ?? words[last]!.end));
  if (following === 'in' && within && !CALENDAR_WORDS.test(within[1]!)) text = `${text}, ${within[1]}`;
  // `Astana, Kazakhstan`: a second capitalised word after the comma names the wider place.
  const next = words[last + 1];
  if (words[last]!.text.endsWith(',') && next?.capitalised && ENDS_CLAUSE.test(next.text) && next.head === null) {
    text = `${text}, ${next.bare}`;
  }
  const inner = INNER.exec(text);
  if (inner) text = `${text.slice(0, inner.index)}, ${inner[1]}`;
  return text;
}

/**
 * Where a sentence says an occasion took place: `in Seoul`, `at the Grand Harbour Hotel Seoul`, `at the
 * KITA conference room in Seoul`, `in Astana, Kazakhstan`. The first place at or after `from`
 * (the trigger's end) wins, else the nearest before it (`met in Gyeongju on the margins of the
 * APEC meeting`, not the `held in Beijing` of an earlier clause). `at the Korea–China summit` names an
 * occasion, so places starting inside or just after a trigger span are skipped.
 */
export function findLocation(
  sentence: string,
  words: readonly EventWord[],
  from: number,
  triggers: readonly (readonly [number, number])[],
): Location | null {
  let nearest: Location | null = null;
  for (let i = 0; i < words.length - 1; i++) {
    const w = words[i]!.text;
    if (!PLACE_WORDS.test(w)) continue;
    const at = words[i + 1]!.start;
    if (triggers.some(([s, e]) => at >= s && at < e + 5)) continue;
    const previous = words[i - 1];
    // `Minister of State at the Department`: a title, not a place.
    if (w !== 'visited' && previous && UPPER_START.test(previous.text) && !ENDS_CLAUSE.test(previous.text)) continue;
    const text = placeAt(sentence, words, i);
    if (text === null) continue;
    const found = { text, start: words[i]!.start };
    if (found.start >= from) return found;
    nearest = found;
  }
  return nearest;
}

/**
 * A word after a city that makes the two a name of talks or a text, not a place: `the deadlock in
 * the Doha Round`, `the Bali Package`, `the Kyoto Protocol`.
 */
const NAMES_AFTER_CITY = /^(?:Round|Development|Agenda|Package|Protocol|Declaration|Process|Initiative|Consensus|Agreement|Accord|Convention|Action|Plan|Principles|Roadmap|Track|Group)$/;

/** The country of a place: a country the place names (`Astana, Kazakhstan`), else a capital city in it. */
export function locationCountry(location: string | null, countries: readonly CountryMention[]): string | null {
  if (!location) return null;
  const inside = countries.find((c) => location.includes(c.text));
  if (inside) return inside.code;
  const words = location.split(/,\s*|\s+/);
  for (const [i, part] of words.entries()) {
    const code = CAPITAL_CITIES.get(part);
    if (code && !SEAT_CITIES.has(part) && !NAMES_AFTER_CITY.test(words[i + 1] ?? '')) return code;
  }
  return null;
}
