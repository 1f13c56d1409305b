import { lowerBound } from '../domain/index.js';
import { expandWord } from './search-expansions.js';
import type { SearchIndex } from './search-index.js';
import type { TopNode, TopQuery } from './search-top.js';

/** Distinct words a form's matched-word mask (one bit each in scratch.scored) can tell apart. */
const MASKED_WORDS = 8;

/**
 * The `limit` best nodes for a query by scoring every form its words reach (one pass over their
 * postings in typed arrays), each node's best form the first matched among equals: the same answer
 * as topNodes. Cheaper than pruning for a query of one or two words, where the pruned walk reaches
 * nearly the same forms but scores each on its own.
 *
 * Scores are added up as the tests' reference scoreForms (tests/unit/query/support) adds them (per
 * word, its terms in expansion order; the words' sums in query order; times the distinct words
 * matched), but the forms reached are listed in the index's scratch arrays rather than in arrays
 * made per search (a short last word read as a prefix reaches thousands of forms on the 1000×
 * graph, and each list was garbage after one query), and scratch.scored holds, per form, one bit
 * per distinct word that matched it. Synchronous: the
 * scratch arrays are shared by every search of the index and left clean.
 */
export function exhaustiveTopNodes(index: SearchIndex, query: TopQuery): TopNode[] {
  const { total, term: termScore, matched, scored: wordMask, best, bestScore, scoredForms: touched, reachedForms: wordTouched, reachedNodes: reached } = index.scratch;
  const { range, words } = query;
  const numbers = new Map<string, number>();
  for (const word of words) if (!numbers.has(word)) numbers.set(word, numbers.size);
  // Beyond MASKED_WORDS distinct words (never from search(), which prunes from three), each word's forms are kept in a set.
  const matchedBy = numbers.size > MASKED_WORDS ? new Map<number, Set<number>>() : null;
  let touchedCount = 0;
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const number = numbers.get(word)!;
    const bit = 1 << (number % MASKED_WORDS);
    let formsOfWord = matchedBy?.get(number);
    if (matchedBy && !formsOfWord) matchedBy.set(number, (formsOfWord = new Set()));
    const { terms, weights } = expandWord(index, word, i, query.termOptions);
    let wordCount = 0;
    for (let e = 0; e < terms.length; e++) {
      const weight = weights[e]!;
      const forms = index.postingForms[terms[e]!]!;
      const raws = index.postingScores[terms[e]!]!;
      for (let j = range.from === 0 ? 0 : lowerBound(forms, range.from); j < forms.length; j++) {
        const form = forms[j]!;
        if (form >= range.to) break;
        // Every contribution is positive, so 0 means not matched yet by this word.
        if (termScore[form] === 0) wordTouched[wordCount++] = form;
        termScore[form] = termScore[form]! + weight * raws[j]!;
      }
    }
    for (let t = 0; t < wordCount; t++) {
      const form = wordTouched[t]!;
      if (total[form] === 0) touched[touchedCount++] = form;
      total[form] = total[form]! + termScore[form]!;
      termScore[form] = 0;
      // A repeated word adds its score again but counts as one matched word.
      if (formsOfWord) {
        if (!formsOfWord.has(form)) {
          formsOfWord.add(form);
          matched[form] = matched[form]! + 1;
        }
      } else if ((wordMask[form]! & bit) === 0) {
        wordMask[form] = wordMask[form]! | bit;
        matched[form] = matched[form]! + 1;
      }
    }
  }
  let nodeCount = 0;
  for (let i = 0; i < touchedCount; i++) {
    const form = touched[i]!;
    const raw = total[form]! * matched[form]!;
    total[form] = 0;
    matched[form] = 0;
    wordMask[form] = 0;
    const weight = query.labelWeights[index.formLabel[form]!]!;
    if (weight === 0) continue;
    const node = index.formNode[form]!;
    const score = raw * (index.formFolded[form] === query.folded ? query.exactBoost : 1) * weight;
    if (best[node] === -1) reached[nodeCount++] = node;
    else if (!(score > bestScore[node]!)) continue;
    best[node] = form;
    bestScore[node] = score;
  }
  const { nodeRank } = index;
  const before = (a: number, b: number) => bestScore[a]! > bestScore[b]! || (bestScore[a] === bestScore[b] && nodeRank[a]! < nodeRank[b]!);
  const top: number[] = [];
  for (let n = 0; n < nodeCount; n++) {
    const node = reached[n]!;
    if (top.length === query.limit && !before(node, top[query.limit - 1]!)) continue;
    let at = top.length;
    while (at > 0 && before(node, top[at - 1]!)) at--;
    top.splice(at, 0, node);
    if (top.length > query.limit) top.pop();
  }
  const found = top.map((node) => ({ node, form: best[node]!, score: bestScore[node]! }));
  for (let n = 0; n < nodeCount; n++) best[reached[n]!] = -1;
  return found;
}
