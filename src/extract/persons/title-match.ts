import { PORTFOLIO_WORDS, ROYAL_TITLES, STAND_IN_RANKS, TITLES } from '../lexicons/titles.js';
import type { Word } from '../words.js';

/** Titles indexed by their first word, longest first, so each word costs one map lookup. */
function byFirstWord(list: readonly string[]): Map<string, string[][]> {
  const index = new Map<string, string[][]>();
  for (const seq of list.map((t) => t.split(' ')).sort((a, b) => b.length - a.length)) {
    index.set(seq[0]!, [...(index.get(seq[0]!) ?? []), seq]);
  }
  return index;
}
const TITLE_SEQS = byFirstWord(TITLES);
const ROYAL_SEQS = byFirstWord(ROYAL_TITLES);

/**
 * `then-Secretary General`, `former-Minister`, `ex-Ambassador`: a time prefix joined to a title's
 * first word by a hyphen; the title is read without it.
 */
const TIME_PREFIX = /^(?:then|former|ex)-(?=\p{Lu})/u;

function matchAt(words: readonly Word[], i: number, index: ReadonlyMap<string, string[][]>): number {
  const first = words[i]?.text ?? '';
  let seqs = index.get(first);
  // Most words miss the index; only those starting `then-`, `former-` or `ex-` get a second look.
  if (!seqs && (first.charCodeAt(0) === 116 || first.charCodeAt(0) === 102 || first.charCodeAt(0) === 101) && TIME_PREFIX.test(first)) seqs = index.get(first.replace(TIME_PREFIX, ''));
  if (!seqs) return -1;
  for (const seq of seqs) if (seq.every((part, k) => k === 0 || words[i + k]?.text === part)) return i + seq.length;
  return -1;
}

/** The head a portfolio stands before: `Agriculture Minister`, `Housing Secretary`. */
const PORTFOLIO_HEADS = new Set(['Minister', 'Secretary', 'Commissioner']);

/** Ranks that stand before a portfolio title: `Deputy Foreign Minister`, `Assistant Commerce Minister`. */
const RANKS = new Set(['Deputy', 'Vice', 'Assistant', 'Acting', 'First', 'Second', 'Senior']);

/** Words that join portfolios in a title: `Land and Transport`, `Trade, Industry and Energy`. */
const PORTFOLIO_JOINERS = new Set(['and', ',']);

/**
 * `Agriculture Minister`, `Land and Transport Minister`, `Trade, Industry and Energy Minister`,
 * `Home Secretary`: one to four portfolio words (joined by `and` or commas) before a ministerial
 * head, whatever the portfolio. End index or -1.
 */
function portfolioTitleAt(words: readonly Word[], i: number): number {
  // `Deputy Foreign Minister`, `Vice Trade Minister`, `First Vice Foreign Minister`: a rank before the portfolio.
  let k = i;
  while (k < i + 2 && RANKS.has(words[k]?.text ?? '')) k += 1;
  let portfolio = 0;
  while (k < words.length && portfolio < 4 && (PORTFOLIO_WORDS.has(words[k]!.text) || (portfolio > 0 && PORTFOLIO_JOINERS.has(words[k]!.text) && PORTFOLIO_WORDS.has(words[k + 1]?.text ?? '')))) {
    if (!PORTFOLIO_JOINERS.has(words[k]!.text)) portfolio += 1;
    k += 1;
  }
  return portfolio > 0 && PORTFOLIO_HEADS.has(words[k]?.text ?? '') ? k + 1 : -1;
}

/** `FKI Acting Chairman X`, `Interim President Y`: a stand-in holds the post the title after the rank names. */
const STAND_INS: ReadonlySet<string> = new Set(STAND_IN_RANKS);
const standInTitleAt = (words: readonly Word[], i: number): number => (STAND_INS.has(words[i]?.text ?? '') ? matchAt(words, i + 1, TITLE_SEQS) : -1);

/** End index (exclusive) of the longest title starting at word `i`, or -1: `Trade Minister`, `Director General`. */
export const titleAt = (words: readonly Word[], i: number): number => Math.max(matchAt(words, i, TITLE_SEQS), portfolioTitleAt(words, i), standInTitleAt(words, i));

/** End index of a royal title starting at `i` (`Crown Princess`), or -1. */
export const royalTitleAt = (words: readonly Word[], i: number): number => matchAt(words, i, ROYAL_SEQS);

/**
 * A chain of titles joined by `and` ending just before `end`: `Deputy Prime Minister and Minister`.
 * Returns the chain's first word index, or -1 when no title ends at `end`.
 */
export function titleChainBefore(words: readonly Word[], end: number): number {
  let first = -1;
  // Seven words back: `Trade , Industry and Energy Minister` is six.
  for (let i = Math.max(0, end - 7); i < end; i += 1) {
    if (titleAt(words, i) === end) {
      first = i;
      break;
    }
  }
  if (first < 0) return -1;
  if (words[first - 1]?.text === 'and') {
    const earlier = titleChainBefore(words, first - 1);
    if (earlier >= 0) return earlier;
  }
  return first;
}
