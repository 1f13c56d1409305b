import { PLURAL_POSTS } from '../lexicons/titles.js';
import type { Word } from '../words.js';
import { nameEnd, type Blocked } from './name-words.js';

/** One name of a country list: its words, and the start offset of the country it is `of`. */
export interface CountryListItem {
  readonly from: number;
  readonly to: number;
  readonly countryAt: number;
}

/** How far before the list's comma the plural post may stand: `the prime ministers of the four Alder Group (AG) countries,`. */
const POST_REACH = 12;

/** The plural posts as words, split once. */
const POST_SEQS: readonly (readonly [readonly string[], string | null])[] = [...PLURAL_POSTS].map(([plural, post]) => [plural.split(' '), post]);

/** The last word of every plural post (`ministers`, `leaders`): a word that is none ends no post. */
const POST_LAST_WORDS: ReadonlySet<string> = new Set(POST_SEQS.map(([parts]) => parts.at(-1)!));

/** The singular post of a lower-case plural that ends at word `end` (exclusive); undefined when none ends there. */
function pluralPostEndingAt(words: readonly Word[], end: number): string | null | undefined {
  if (!POST_LAST_WORDS.has(words[end - 1]?.text ?? '')) return undefined;
  for (const [parts, post] of POST_SEQS) {
    const from = end - parts.length;
    if (from >= 0 && parts.every((p, k) => words[from + k]!.text === p)) return post;
  }
  return undefined;
}

/** Whether a lower-case plural post stands within reach before the comma at `comma`, no other comma between. */
function postBefore(words: readonly Word[], comma: number): string | null | undefined {
  for (let end = comma; end > 0 && comma - end <= POST_REACH; end -= 1) {
    if (end < comma && [',', ';', '.'].includes(words[end]!.text)) return undefined;
    const post = pluralPostEndingAt(words, end);
    if (post !== undefined) return post;
  }
  return undefined;
}

/**
 * `the prime ministers of the four Alder Group countries, Jan Novak of the Czech Republic, Ewa Nowak
 * of Poland and Ede Kovacs of Hungary, held …`: after a lower-case plural post and its comma, a list
 * of two or more names, each `of` a country. Each is a person holding the singular post (`Prime
 * Minister`; `leaders` gives none) for that country. Null unless the comma at `comma` opens such a list.
 */
export function countryListAfter(
  words: readonly Word[],
  comma: number,
  blocked: Blocked,
  countries: ReadonlyMap<number, number>,
): { post: string | null; items: CountryListItem[]; next: number } | null {
  // Most commas are followed by no capitalised name: they are passed over before looking back.
  if (words[comma]?.text !== ',' || !/^\p{Lu}/u.test(words[comma + 1]?.text ?? '')) return null;
  const post = postBefore(words, comma);
  if (post === undefined) return null;
  const items: CountryListItem[] = [];
  let k = comma + 1;
  for (;;) {
    const to = nameEnd(words, k, blocked);
    if (to <= k || words[to]?.text !== 'of') break;
    let c = to + 1;
    if (words[c]?.text === 'the') c += 1;
    const countryEnd = countries.get(words[c]?.start ?? -1);
    if (countryEnd === undefined) break;
    items.push({ from: k, to, countryAt: words[c]!.start });
    k = c + 1;
    while (words[k] && words[k]!.end <= countryEnd) k += 1;
    if (words[k]?.text === ',') k += 1;
    if (words[k]?.text === 'and') k += 1;
    else if (words[k - 1]?.text !== ',') break;
  }
  return items.length >= 2 ? { post, items, next: items.at(-1)!.to } : null;
}
