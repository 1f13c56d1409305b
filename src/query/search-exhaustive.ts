import type { SearchIndex } from './search-index.js';
import { scoreForms } from './search-scoring.js';
import type { TopNode, TopQuery } from './search-top.js';

/**
 * The `limit` best nodes for a query by scoring every form its words reach (one pass over their
 * postings in typed arrays), each node's best form the first matched among equals: the same answer
 * as topNodes. Cheaper than pruning for a query of one or two words, where the pruned walk reaches
 * nearly the same forms but scores each on its own.
 */
export function exhaustiveTopNodes(index: SearchIndex, query: TopQuery): TopNode[] {
  const { forms, scores } = scoreForms(index, query.words, query.termOptions, query.range);
  const { best, bestScore } = index.scratch;
  const reached: number[] = [];
  for (let i = 0; i < forms.length; i++) {
    const form = forms[i]!;
    const weight = query.labelWeights[index.formLabel[form]!]!;
    if (weight === 0) continue;
    const node = index.formNode[form]!;
    const score = scores[i]! * (index.formFolded[form] === query.folded ? query.exactBoost : 1) * weight;
    if (best[node] === -1) reached.push(node);
    else if (!(score > bestScore[node]!)) continue;
    best[node] = form;
    bestScore[node] = score;
  }
  const { nodeRank } = index;
  const before = (a: number, b: number) => bestScore[a]! > bestScore[b]! || (bestScore[a] === bestScore[b] && nodeRank[a]! < nodeRank[b]!);
  const top: number[] = [];
  for (const node of reached) {
    if (top.length === query.limit && !before(node, top[query.limit - 1]!)) continue;
    let at = top.length;
    while (at > 0 && before(node, top[at - 1]!)) at--;
    top.splice(at, 0, node);
    if (top.length > query.limit) top.pop();
  }
  const found = top.map((node) => ({ node, form: best[node]!, score: bestScore[node]! }));
  for (const node of reached) best[node] = -1;
  return found;
}
