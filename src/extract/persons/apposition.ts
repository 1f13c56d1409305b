import type { Word } from '../words.js';
import type { TitleContext } from './candidate.js';
import { titleAt } from './title-match.js';

/** Spans of bodies and countries in one sentence, as the person passes see them. */
export interface SentenceSpans {
  readonly body: string;
  readonly words: readonly Word[];
  /** Organisation mentions: start → end offsets. */
  readonly orgs: ReadonlyMap<number, number>;
  /** Country mentions: start → end offsets (`New Zealand` is one mention of two words). */
  readonly countries: ReadonlyMap<number, number>;
}

/** A lower-case word after `to` other than an article: `to visit`, `to attend` (not `Ambassador to the …`). */
const INFINITIVE = /^(?!the$|a$|an$)\p{Ll}+$/u;

const BRIDGE = new Set(['of', 'at', 'the', 'in', 'to', '’s', "'s"]);

/** Index of the word ending at `end` offset, scanning from `from`. */
const wordEndingAt = (words: readonly Word[], from: number, end: number): number => {
  for (let k = from; k < words.length; k += 1) if (words[k]!.end >= end) return k;
  return words.length - 1;
};

/**
 * Reads a title phrase starting at word `k`: `Director General for Trade and Investment at the
 * Ministry of …`, up to `,` `;` `)` or the sentence's end. Bodies inside are jumped over whole, so
 * their commas do not end the phrase; the last body is the one the title belongs to. A second
 * title after `and` (`Chairman of … and President of …`) is read as its own phrase.
 */
export function titlePhrase(spans: SentenceSpans, k: number, countriesBefore: readonly number[]): TitleContext[] {
  const { words, orgs } = spans;
  if (titleAt(words, k) < 0) return [];
  let j = k;
  let lastOrg: { start: number; end: number; first: number } | null = null;
  const countryAt = [...countriesBefore];
  let inPortfolio = false;
  while (j < words.length) {
    const w = words[j]!;
    // `Minister of Energy, Green Technology and Water`: after a comma that continues a minister's
    // portfolio list, capitalised words are the portfolio, even where a body was read in them.
    if (words[j - 1]?.text === ',' && !inPortfolio && ministerOf(words, k) && listContinues(words, j - 1)) inPortfolio = true;
    const orgEnd = inPortfolio ? undefined : orgs.get(w.start);
    if (orgEnd !== undefined) {
      lastOrg ??= { start: w.start, end: orgEnd, first: j };
      j = wordEndingAt(words, j, orgEnd) + 1;
      // `Seoul Japan Club (SJC) and …`: the bracketed acronym belongs to the body.
      if (words[j]?.text === '(') {
        while (j < words.length && words[j]!.text !== ')') j += 1;
        j += 1;
      }
      continue;
    }
    if (w.text === ',' && listContinues(words, j)) {
      j += 1;
      continue;
    }
    if ([',', ';', ')', '(', ':', '—', '.'].includes(w.text)) break;
    // `the first Korean head of state to visit Iran since …`: an infinitive ends the post, and the
    // country it names is where the holder went, not whom they serve.
    if (w.text === 'to' && j > k && INFINITIVE.test(words[j + 1]?.text ?? '')) break;
    if (w.text === 'and' && titleAt(words, j + 1) > 0 && j > k) {
      return [...finish(spans, k, j, lastOrg, countryAt), ...titlePhrase(spans, j + 1, [])];
    }
    if (spans.countries.has(w.start) && !portfolioCountry(words, j)) countryAt.push(w.start);
    j += 1;
  }
  return finish(spans, k, j, lastOrg, countryAt);
}

/**
 * `Director General for EU Affairs`, `Minister for Asian Affairs`: a country after `for` or before
 * `Affairs` is the post's subject, not the country the holder serves.
 */
function portfolioCountry(words: readonly Word[], j: number): boolean {
  if (words[j - 1]?.text === 'for') return true;
  for (let k = j + 1; k < Math.min(words.length, j + 4); k += 1) {
    if (/^(?:Affairs|Relations)$/.test(words[k]!.text)) return true;
    if (!/^\p{Lu}/u.test(words[k]!.text)) return false;
  }
  return false;
}

/** `Minister of …`, `Deputy Minister for …`: a title at `k` followed by its portfolio. */
function ministerOf(words: readonly Word[], k: number): boolean {
  const end = titleAt(words, k);
  return end > 0 && /Minister$/.test(words[end - 1]!.text) && ['of', 'for'].includes(words[end]?.text ?? '');
}

/** At a comma: `, Security and Democracy at …` continues a list inside the title; `, met` does not. */
function listContinues(words: readonly Word[], comma: number): boolean {
  let k = comma + 1;
  while (/^\p{Lu}/u.test(words[k]?.text ?? '')) k += 1;
  if (k === comma + 1) return false;
  if (words[k]?.text === ',') return listContinues(words, k);
  return words[k]?.text === 'and' && /^\p{Lu}/u.test(words[k + 1]?.text ?? '') && titleAt(words, k + 1) < 0;
}

function finish(
  spans: SentenceSpans,
  k: number,
  stop: number,
  org: { start: number; end: number; first: number } | null,
  countryAt: readonly number[],
): TitleContext[] {
  const { words, body } = spans;
  let last = (org ? org.first : stop) - 1;
  // `… at the`, `… of China’s` before the body belong to neither title nor body.
  while (last > k && (BRIDGE.has(words[last]!.text.toLowerCase()) || (org && spans.countries.has(words[last]!.start)))) last -= 1;
  if (last < k) return [];
  const start = words[k]!.start;
  const end = words[last]!.end;
  // `a researcher at …` → `Researcher`
  const title = body.slice(start, end).replace(/\s+/g, ' ').replace(/^\p{Ll}/u, (c) => c.toUpperCase());
  return [{ title, start, end, orgAt: org ? { start: org.start, end: org.end } : null, countryAt }];
}
