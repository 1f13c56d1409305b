import type { AnalysedText, Sentence } from '../analysed-text.js';
import { AMBIGUOUS_COUNTRY_NAMES, COUNTRY_FORMS } from '../lexicons/countries.js';

/** One span of text that names a country, e.g. `UAE` in `Korea–UAE CEPA` (form `compound`). */
export interface CountryMention {
  /** ISO 3166-1 alpha-2, `EU` for the European Union. */
  readonly code: string;
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly sentenceIndex: number;
  readonly form: 'name' | 'short' | 'demonym' | 'compound';
}

/** The sentence holding `offset`: the last one starting at or before it (sentences are in order). */
function sentenceIndexAt(sentences: readonly Sentence[], offset: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  let best = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sentences[mid]!.start <= offset) {
      best = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return sentences[best]?.index ?? 0;
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// Longest form first, so `South Korean` wins over `Korean` and `Latin American` over `American`.
const FORM_PATTERN = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${[...COUNTRY_FORMS.keys()]
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join('|')})(?![\\p{L}\\p{N}])`,
  'gu',
);

const DASH = /^[-‐‑–—]$/;
const CAPITALISED_WORD = /^\p{Lu}[\p{L}'’-]*$/u;

function wordBefore(text: string, start: number): string {
  return /([^\s]+)\s*$/.exec(text.slice(Math.max(0, start - 40), start))?.[1] ?? '';
}

function wordAfter(text: string, end: number): string {
  return /^\s*([^\s]+)/.exec(text.slice(end, end + 40))?.[1] ?? '';
}

/** `US` is the country unless it is part of a shouted phrase (`CONTACT US`) or a currency (`US$`). */
function acceptsUpperUs(text: string, start: number, end: number): boolean {
  if (text[end] === '$') return false;
  const shouted = (w: string): boolean => /^[A-Z]{2,}$/.test(w.replace(/[^\p{L}]/gu, ''));
  return !shouted(wordBefore(text, start)) && !shouted(wordAfter(text, end));
}

/**
 * `Jordan`, `Chad`, `Georgia` are countries unless a neighbouring capitalised word makes them part
 * of a person's or a company's name (`Michael Jordan`, `Georgia Power`) or the text talks of a
 * US state (`the state of Georgia`, `Georgia, U.S.`).
 */
function acceptsAmbiguousName(text: string, start: number, end: number): boolean {
  const before = wordBefore(text, start);
  const after = wordAfter(text, end).replace(/[^\p{L}.]+$/u, '');
  const sentenceInitial = /[.!?:]$/.test(before) || before === '';
  if (!sentenceInitial && CAPITALISED_WORD.test(before) && before !== 'The') return false;
  if (CAPITALISED_WORD.test(after) || after === 'U.S.') return false;
  const window = text.slice(Math.max(0, start - 60), end + 60);
  return !/\bstate\b|\bU\.S\.|\bUS\b|United States|Atlanta/.test(window);
}

/**
 * Finds every span naming a country: names (`Kazakhstan`, `the United States`), short forms
 * (`U.S.`, `UAE`), demonyms (`Kazakh`, `Emirati`) and dash compounds (`Korea–UAE`). Matching is
 * case-sensitive, so the pronoun `us` and `china` the porcelain are never countries.
 */
export function findCountryMentions(text: AnalysedText): CountryMention[] {
  const body = text.text;
  const found: Omit<CountryMention, 'sentenceIndex'>[] = [];
  for (const match of body.matchAll(FORM_PATTERN)) {
    const entry = COUNTRY_FORMS.get(match[0]);
    const start = match.index;
    const end = start + match[0].length;
    if (!entry?.code) continue;
    if (match[0] === 'US' && !acceptsUpperUs(body, start, end)) continue;
    if (AMBIGUOUS_COUNTRY_NAMES.has(match[0]) && !acceptsAmbiguousName(body, start, end)) continue;
    found.push({ code: entry.code, text: match[0], start, end, form: entry.form });
  }
  return found.map((mention, i) => {
    const joined =
      (DASH.test(body[mention.start - 1] ?? '') && found[i - 1]?.end === mention.start - 1) ||
      (DASH.test(body[mention.end] ?? '') && found[i + 1]?.start === mention.end + 1);
    return {
      ...mention,
      form: joined ? 'compound' : mention.form,
      sentenceIndex: sentenceIndexAt(text.sentences, mention.start),
    };
  });
}
