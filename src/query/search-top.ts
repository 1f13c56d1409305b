import { lowerBound } from '../domain/index.js';
import { editsAllowed, expandWord, type TermOptions, type WordExpansion } from './search-expansions.js';
import { fuzzyDistance, type SearchIndex } from './search-index.js';
import type { FormRange } from './search-scoring.js';
import { LENGTH_STEPS, scoreBoundAt, termIdf } from './search-length-bounds.js';
import { prefixWordMaxima } from './search-prefix-maxima.js';

/** What ranks the nodes: the query, which forms count, and how a form's score becomes its node's. */
export interface TopQuery {
  /** The folded query's words, in order. */
  readonly words: readonly string[];
  /** The whole folded query: a form equal to it is multiplied by `exactBoost`. */
  readonly folded: string;
  readonly exactBoost: number;
  readonly termOptions: TermOptions;
  readonly range: FormRange;
  /** Per NODE_LABELS position: what a form of that label is multiplied by (0: not searched). */
  readonly labelWeights: Float64Array;
  readonly limit: number;
  /**
   * A word whose postings in range are more than this share of the forms in range (`korea`,
   * `and`, `cooperation` on the 1000× graph) is common: once the top is full from the other words,
   * it is not walked, only added to the forms they reach. Absent: every word is walked that could
   * change the answer, which is then exactly scoring every form's.
   */
  readonly commonShare?: number;
}

/** A node among the best, its best form and that form's weighted score. */
export interface TopNode {
  readonly node: number;
  readonly form: number;
  readonly score: number;
}

/** Bounds are multiplied by this, so a sum taken in another order (a bit larger by rounding) still counts as below. */
const SAFETY = 1 + 1e-9;
/** Expansions longer than this keep one bound for every form length (taking it per step would cost more than it saves). */
const MAX_STEPPED_EXPANSION = 1024;
/**
 * The same for a word with a kept maximum (search-word-maxima, search-prefix-maxima), already the
 * most it adds to any one form: a short prefix's hundreds of terms cost more over fourteen steps
 * (≈ 2 ms a query on the 100× graph for the `a` of `S.A.`) than its steps save below that maximum.
 */
const MAX_STEPPED_KEPT_EXPANSION = 256;
/** A use of a term is ordered by its query position, then its place in that position's expansion. */
const EXPANSION_SPAN = 2 ** 20;

/**
 * The `limit` best nodes for a query, exactly as scoring every form would rank them (score, then
 * id; a node's best form, the one matched first among equals), without scoring every form; with
 * `commonShare`, among the forms holding a word that is not common (see below).
 *
 * MaxScore, term at a time: each distinct query word has an upper bound on what it can add to a
 * form (its terms' best scores, weighted). Once the `limit`-th best node score found so far (θ)
 * exceeds what the lowest-bounded words could give together, a form holding only those words
 * cannot enter, so only while some other ("essential") word remains are postings walked,
 * cheapest first, and each form they reach is scored whole from its own terms (formTerms). A
 * common word ("korea", "minister") is then usually never walked. Forms equal to the whole query (boosted) are found
 * and scored first. Synchronous: it uses the index's scratch arrays and leaves them clean.
 *
 * With `commonShare`, a change of ranking, not only of cost: once the top is full and only common
 * words are left to walk, they are not walked when every form in the top holds every one of them.
 * Their scores still count on every form the other words reach; what drops out are forms holding
 * only common words, so fewer of the query's words than each form ranked above them (`Korea and Poland Sign MOU to Strengthen Cooperation on Trade Remedies` for
 * a query naming Kenya and intellectual property), which bounds could not settle: in the event
 * names that are most of the bench's queries they share eight words with the query and score
 * near the top, so MaxScore walked `korea` and `and` in full. The guard is on every form of the
 * top, not only the best: a name typed with one word more (`ministry of trade industry and energy
 * sejong`) fills the top from the rarer word with forms lacking the name's common words, so they
 * are walked and the name is scored; and a typo does not decide the top (`soall aerospace inc`
 * reaches `small` first, whose forms lack `aerospace`).
 */
export function topNodes(index: SearchIndex, query: TopQuery): TopNode[] {
  const { scored, termUse, termBits, best, bestScore, term: adds, scoredForms, reachedForms, reachedNodes } = index.scratch;
  const { labelWeights, limit } = query;
  const uses = queryUses(index, query);
  const words = distinctWords(index, query, uses.expansions);
  const maxLabelWeight = labelWeights.reduce((a, b) => Math.max(a, b), 0);
  let scoredCount = 0;
  let nodeCount = 0;
  const top: number[] = [];
  const { nodeRank } = index;
  const before = (a: number, b: number) => bestScore[a]! > bestScore[b]! || (bestScore[a] === bestScore[b] && nodeRank[a]! < nodeRank[b]!);
  let threshold = -Infinity;
  const commonCost = query.commonShare === undefined ? Infinity : query.commonShare * (query.range.to - query.range.from);

  // `boost`: exactBoost for the forms equal to the whole query (all found by exactForms, before
  // any walk), 1 for every form a walk reaches.
  const consider = (form: number, boost: number) => {
    scored[form] = 1;
    scoredForms[scoredCount++] = form;
    const weight = labelWeights[index.formLabel[form]!]!;
    if (weight === 0) return;
    // Most forms a walk reaches on the 1000× graph score below θ: their sum in any order, a hair
    // above the exact one at most (SAFETY), settles them without ordering their terms.
    if (top.length === limit && roughScore(index, form, uses, words.wordOf) * boost * weight * SAFETY < threshold) return;
    const raw = scoreForm(index, form, uses, words.wordOf);
    const first = firstKey;
    const score = raw * boost * weight;
    const node = index.formNode[form]!;
    // A form below θ, or at θ for a node ranked after the cut-off's, can enter the top neither now
    // nor later (θ only rises, and among equals the cut-off's rank only falls); a later form of its
    // node that does enter scores strictly more, so this one need not be held as the node's best.
    // Most forms a walk scores on the 1000× graph end here.
    if (top.length === limit && (score < threshold || (score === threshold && nodeRank[node]! > nodeRank[top[limit - 1]!]!))) return;
    const held = best[node]!;
    if (held === -1) reachedNodes[nodeCount++] = node;
    else if (score < bestScore[node]! || (score === bestScore[node] && !firstMatched(index, form, first, held, uses, words.wordOf))) return;
    best[node] = form;
    bestScore[node] = score;
    const at = top.indexOf(node);
    if (at !== -1) top.splice(at, 1);
    if (top.length === limit && !before(node, top[limit - 1]!)) return;
    let to = top.length;
    while (to > 0 && before(node, top[to - 1]!)) to--;
    top.splice(to, 0, node);
    if (top.length > limit) top.pop();
    if (top.length === limit) threshold = bestScore[top[limit - 1]!]!;
  };

  try {
    for (const form of exactForms(index, query)) consider(form, query.exactBoost);
    const remaining = words.bound.map((_b, word) => word);
    while (remaining.length > 0) {
      const skipped = skippable(remaining, words, maxLabelWeight, threshold);
      const walked = remaining.filter((word) => !skipped.has(word));
      if (walked.length === 0) break;
      if (top.length === limit && walked.every((word) => words.cost[word]! > commonCost) && top.every((node) => holdsWords(index, best[node]!, uses, words.wordOf, walked))) break;
      const whole = remaining.reduce((acc, word) => acc + words.bound[word]!, 0) * remaining.length * maxLabelWeight * SAFETY;
      // Once a word must be walked, the cheapest remaining one goes first, even one that could be
      // left out: the forms it reaches can raise θ enough that a costlier word need not be walked
      // (`s` before the `a` of `S.A.`, whose prefix reaches every term starting with it).
      const word = remaining.reduce((cheapest, next) => (words.cost[next]! < words.cost[cheapest]! ? next : cheapest));
      // What the word adds to each unscored form it reaches (cheap: typed arrays), then a full
      // score only for the forms that, with the most every other remaining word could add, can
      // still reach θ. A form it reaches is reached by no walked word (those scored all theirs),
      // so a form below the bound now stays below it: it is settled for this search.
      // What the other remaining words add at most, per length step: a long form's terms score less.
      // Taken once θ is known: before the top fills, no form can be left out by a bound.
      let restAt: Float64Array | null = null;
      const reachedCount = gainsOf(index, query.range, words.occurrences[word]!, uses.expansions);
      // In form order: the forms' terms, labels and scores are then read front to back rather than
      // at random across the index (on the 1000× graph a walk reaches thousands of forms).
      reachedForms.subarray(0, reachedCount).sort();
      for (let r = 0; r < reachedCount; r++) {
        const form = reachedForms[r]!;
        const gain = adds[form]!;
        adds[form] = 0;
        if (scored[form]) continue;
        if (whole < threshold) continue;
        if (threshold !== -Infinity) restAt ??= restBounds(words, remaining, word);
        if (restAt !== null && (gain + restAt[index.formLengthStep[form]!]!) * remaining.length * labelWeights[index.formLabel[form]!]! * SAFETY < threshold) {
          scored[form] = 1;
          scoredForms[scoredCount++] = form;
        } else consider(form, 1);
      }
      if (whole < threshold) break;
      remaining.splice(remaining.indexOf(word), 1);

    }
    return top.map((node) => ({ node, form: best[node]!, score: bestScore[node]! }));
  } finally {
    for (let f = 0; f < scoredCount; f++) scored[scoredForms[f]!] = 0;
    for (let n = 0; n < nodeCount; n++) best[reachedNodes[n]!] = -1;
    for (const term of uses.terms) {
      termUse[term] = -1;
      termBits[term >>> 5] = 0;
    }
  }
}

/** What the remaining words other than `word` add at most, per length step. */
function restBounds(words: DistinctWords, remaining: readonly number[], word: number): Float64Array {
  const restAt = new Float64Array(LENGTH_STEPS.length);
  for (const other of remaining) {
    if (other === word) continue;
    const bounds = words.boundAt(other);
    for (let step = 0; step < restAt.length; step++) restAt[step] = restAt[step]! + bounds[step]!;
  }
  return restAt;
}

/**
 * Words whose postings need not be walked: together they stay below θ (their bounds' sum times
 * their count, times the highest label weight), so a form holding none of the other words cannot
 * reach the top, and every form holding one of those is reached by walking it. The most costly
 * words are left out first (MaxScore leaves out the lowest bounds; a common word such as "korea"
 * often has a high bound from its fuzzy neighbours but costs most to walk).
 */
function skippable(remaining: readonly number[], words: DistinctWords, maxLabelWeight: number, threshold: number): Set<number> {
  const skipped = new Set<number>();
  let sum = 0;
  for (const word of [...remaining].sort((a, b) => words.cost[b]! - words.cost[a]!)) {
    if ((sum + words.bound[word]!) * (skipped.size + 1) * maxLabelWeight * SAFETY < threshold) {
      sum += words.bound[word]!;
      skipped.add(word);
    }
  }
  return skipped;
}

/**
 * The unscored forms in `range` that the query positions `occurrences` reach, each once, listed in
 * scratch.reachedForms (their count returned), with what those add to it summed into scratch.term
 * (the caller reads and zeroes it).
 */
function gainsOf(index: SearchIndex, range: FormRange, occurrences: readonly number[], expansions: readonly WordExpansion[]): number {
  const { scored, term: adds, reachedForms } = index.scratch;
  let reached = 0;
  for (const occurrence of occurrences) {
    const { terms, weights } = expansions[occurrence]!;
    for (let e = 0; e < terms.length; e++) {
      const forms = index.postingForms[terms[e]!]!;
      const raws = index.postingScores[terms[e]!]!;
      const weight = weights[e]!;
      for (let j = range.from === 0 ? 0 : lowerBound(forms, range.from); j < forms.length; j++) {
        const form = forms[j]!;
        if (form >= range.to) break;
        if (scored[form]) continue;
        if (adds[form] === 0) reachedForms[reached++] = form;
        adds[form] = adds[form]! + weight * raws[j]!;
      }
    }
  }
  return reached;
}

/** Every use of a term by the query: its position, its place in that position's expansion, its weight; chained per term through termUse. */
interface QueryUses {
  readonly expansions: readonly WordExpansion[];
  readonly occurrence: readonly number[];
  readonly place: readonly number[];
  readonly weight: readonly number[];
  readonly next: readonly number[];
  /** The terms whose termUse is set (to clear it after). */
  readonly terms: readonly number[];
}

function queryUses(index: SearchIndex, query: TopQuery): QueryUses {
  const { termUse, termBits } = index.scratch;
  const expansions = query.words.map((word, i) => expandWord(index, word, i, query.termOptions));
  const occurrence: number[] = [];
  const place: number[] = [];
  const weight: number[] = [];
  const next: number[] = [];
  const terms: number[] = [];
  expansions.forEach((expansion, i) => {
    expansion.terms.forEach((term, e) => {
      if (termUse[term] === -1) {
        terms.push(term);
        termBits[term >>> 5] = termBits[term >>> 5]! | (1 << (term & 31));
      }
      occurrence.push(i);
      place.push(e);
      weight.push(expansion.weights[e]!);
      next.push(termUse[term]!);
      termUse[term] = occurrence.length - 1;
    });
  });
  return { expansions, occurrence, place, weight, next, terms };
}

/** The query's distinct words: which one each position is, where each occurs, and each one's bound and walking cost. */
interface DistinctWords {
  readonly wordOf: readonly number[];
  readonly occurrences: readonly (readonly number[])[];
  /** The most a word's uses can add to one form's sum (before the count of matched words multiplies it). */
  readonly bound: readonly number[];
  /**
   * The same per LENGTH_STEPS step: the most it adds to a form at least that long (never above
   * `bound`). Taken when first asked (fourteen bounds over every term of the word's expansion): a
   * word walked first, or while the top is not full, never needs them.
   */
  readonly boundAt: (word: number) => Float64Array;
  /** How many postings walking the word reads. */
  readonly cost: readonly number[];
}

function distinctWords(index: SearchIndex, query: TopQuery, expansions: readonly WordExpansion[]): DistinctWords {
  const numbers = new Map<string, number>();
  const wordOf: number[] = [];
  const occurrences: number[][] = [];
  const bound: number[] = [];
  const stepped: (Float64Array | undefined)[] = [];
  const positions: PositionBounds[][] = [];
  const cost: number[] = [];
  const range = rangeBoundsOf(index, query.range);
  query.words.forEach((word, i) => {
    let number = numbers.get(word);
    if (number === undefined) {
      numbers.set(word, (number = numbers.size));
      occurrences.push([]);
      bound.push(0);
      stepped.push(undefined);
      positions.push([]);
      cost.push(0);
    }
    wordOf.push(number);
    occurrences[number]!.push(i);
    const position = positionBounds(index, query, word, i, expansions[i]!, range);
    bound[number] = bound[number]! + position.flat;
    positions[number]!.push(position);
    cost[number] = cost[number]! + position.cost;
  });
  const boundAt = (number: number): Float64Array => {
    const known = stepped[number];
    if (known) return known;
    const sums = new Float64Array(LENGTH_STEPS.length);
    for (const position of positions[number]!) {
      const atSteps = position.atSteps();
      for (let step = 0; step < LENGTH_STEPS.length; step++) sums[step] = sums[step]! + atSteps[step]!;
    }
    stepped[number] = sums;
    return sums;
  };
  return { wordOf, occurrences, bound, boundAt, cost };
}

/** What a form range decides about bounds: which sides it covers, and what a form of those holds at most. */
interface RangeBounds {
  readonly range: FormRange;
  /** A number per range, to key kept bounds by. */
  readonly key: string;
  readonly entities: boolean;
  readonly titles: boolean;
  /** A form holds each term once, so one position adds at most its form's count of distinct terms. */
  readonly most: number;
  /** How many of a form's terms share a beginning of `length` letters, at most (PrefixSharing). */
  readonly sharing: (length: number) => number;
  readonly termMax: (term: number) => number;
}

function rangeBoundsOf(index: SearchIndex, range: FormRange): RangeBounds {
  const entities = range.from < index.firstDocumentForm;
  const titles = range.to > index.firstDocumentForm;
  return {
    range,
    key: `${range.from}:${range.to}`,
    entities,
    titles,
    most: Math.max(entities ? index.maxFieldLengthEntity : 0, titles ? index.maxFieldLengthTitle : 0),
    sharing: (length) => Math.max(entities ? index.prefixSharingEntity.at(length) : 0, titles ? index.prefixSharingTitle.at(length) : 0),
    termMax: (term) => Math.max(entities ? index.termMaxEntity[term]! : 0, titles ? index.termMaxTitle[term]! : 0),
  };
}

/** One query position's bounds (a pure function of its expansion and the form range), and how many postings walking it reads. */
interface PositionBounds {
  readonly flat: number;
  readonly cost: number;
  /** The bound per LENGTH_STEPS step, taken when first asked: a word walked first, or while the top is not full, never needs them. */
  readonly atSteps: () => Float64Array;
}

/**
 * Bounds kept per expansion (which SearchIndex.expansions keeps per word) and form range: most
 * words of a query were in an earlier one, and their bounds (fourteen stepped ones over every term
 * of the expansion) cost as much as expanding them.
 */
const keptBounds = new WeakMap<WordExpansion, Map<string, PositionBounds>>();

function positionBounds(index: SearchIndex, query: TopQuery, word: string, i: number, expansion: WordExpansion, range: RangeBounds): PositionBounds {
  const kept = keptBounds.get(expansion)?.get(range.key);
  if (kept) return kept;
  const { terms, weights, kinds, spellings } = expansion;
  const { most, sharing, termMax } = range;
  const exact = kinds[0] === 'exact' ? terms[0]! : -1;
  const gains = terms.map((term, e) => weights[e]! * termMax(term));
  // The kept maximum of the word's whole contribution, when its expansion is no wider than the one kept.
  const maximum = keptWordMax(index, query, word, i, exact, range.entities, range.titles);
  const groups = expansionGroups(kinds, spellings);
  const flat = Math.min(maximum, occurrenceBound(word, gains, groups, most, sharing));
  let cost = 0;
  for (const term of terms) {
    const forms = index.postingForms[term]!;
    cost += lowerBound(forms, range.range.to) - (range.range.from === 0 ? 0 : lowerBound(forms, range.range.from));
  }
  let steps: Float64Array | undefined;
  const atSteps = (): Float64Array => {
    if (steps) return steps;
    steps = new Float64Array(LENGTH_STEPS.length);
    // A short prefix reaches thousands of terms: its flat bound is kept rather than taken fourteen times.
    const flatOnly = terms.length > (maximum === Infinity ? MAX_STEPPED_EXPANSION : MAX_STEPPED_KEPT_EXPANSION);
    const idfs = flatOnly ? [] : terms.map((term) => termIdf(index, term));
    for (let step = 0; step < LENGTH_STEPS.length; step++) {
      steps[step] = flatOnly ? flat : minOf(maximum, occurrenceBound(word, terms.map((term, e) => weights[e]! * Math.min(termMax(term), scoreBoundAt(index, term, idfs[e]!, LENGTH_STEPS[step]!))), groups, most, sharing));
    }
    return steps;
  };
  const found = { flat, cost, atSteps };
  // A word's kept maximum is filled by the warm-up (warmFuzzyNeighbours, for terms with a fuzzy
  // distance): bounds taken before it, looser, are not kept, so the word gets the tighter ones once
  // its maximum is known.
  const maximumPending = exact !== -1 && fuzzyDistance(word) > 0 && (index.wordMaxEntity[exact]! < 0 || index.wordMaxTitle[exact]! < 0);
  if (!maximumPending) {
    let byRange = keptBounds.get(expansion);
    if (!byRange) keptBounds.set(expansion, (byRange = new Map()));
    byRange.set(range.key, found);
  }
  return found;
}

/**
 * What search-word-maxima kept for the query word at position `i` (Infinity when nothing applies):
 * valid when the word is index term `term`, is not read as a prefix, and reaches no farther than
 * the fuzzy distance its maximum was taken at (a narrower expansion adds a subset of the same terms);
 * for a short word read as a prefix with no typo allowed, what search-prefix-maxima keeps.
 */
function keptWordMax(index: SearchIndex, query: TopQuery, word: string, i: number, term: number, entities: boolean, titles: boolean): number {
  const maxDistance = editsAllowed(query.termOptions, word, i);
  if (query.termOptions.prefix(word, i)) {
    const kept = maxDistance === 0 ? prefixWordMaxima(index, word) : null;
    return kept ? Math.max(entities ? kept.entity : 0, titles ? kept.title : 0) : Infinity;
  }
  if (term === -1 || maxDistance > fuzzyDistance(word)) return Infinity;
  const entity = entities ? index.wordMaxEntity[term]! : 0;
  const title = titles ? index.wordMaxTitle[term]! : 0;
  return entity < 0 || title < 0 ? Infinity : Math.max(entity, title);
}

function minOf(a: number, b: number): number {
  return a < b ? a : b;
}

/**
 * The most one query position can add to a form: its exact term's gain, the best of its prefix
 * terms' (all begin with the word, so a form holds at most sharing(word's length) of them), the best
 * of its fuzzy terms' per first letter (at most sharing(1) each); never more than the `most` best
 * gains of all, a form's largest count of terms.
 */
function occurrenceBound(word: string, gains: readonly number[], groups: ExpansionGroups, most: number, sharing: (length: number) => number): number {
  const exact = groups.exact === -1 ? 0 : gains[groups.exact]!;
  let grouped = exact + bestSum(picked(gains, groups.prefix), sharing(word.length));
  for (const bucket of groups.fuzzyByLetter) grouped += bestSum(picked(gains, bucket), sharing(1));
  return Math.min(grouped, bestSum(gains, most));
}

/** An expansion's terms by how occurrenceBound groups them (positions in the expansion, in its order). */
interface ExpansionGroups {
  /** The exact term's position, -1 when the word is no term. */
  readonly exact: number;
  readonly prefix: readonly number[];
  /** The fuzzy terms per first letter, letters in the order first met. */
  readonly fuzzyByLetter: readonly (readonly number[])[];
}

/**
 * Groups an expansion's terms once per query position: its stepped bounds take occurrenceBound
 * fourteen times over the same terms, and grouping them each time (a map of first letters) was
 * most of that cost.
 */
function expansionGroups(kinds: readonly string[], spellings: readonly string[]): ExpansionGroups {
  let exact = -1;
  const prefix: number[] = [];
  const fuzzyByLetter = new Map<string, number[]>();
  kinds.forEach((kind, e) => {
    if (kind === 'exact') exact = e;
    else if (kind === 'prefix') prefix.push(e);
    else {
      const letter = spellings[e]!.slice(0, 1);
      const bucket = fuzzyByLetter.get(letter);
      if (bucket) bucket.push(e);
      else fuzzyByLetter.set(letter, [e]);
    }
  });
  return { exact, prefix, fuzzyByLetter: [...fuzzyByLetter.values()] };
}

/** The gains at `positions`, in that order. */
function picked(gains: readonly number[], positions: readonly number[]): number[] {
  return positions.map((e) => gains[e]!);
}

/** The sum of the `count` largest of `values`, kept in a small sorted array (expansions run to thousands, `count` to a few dozen). */
function bestSum(values: readonly number[], count: number): number {
  if (values.length <= count) return values.reduce((a, b) => a + b, 0);
  const kept: number[] = [];
  for (const value of values) {
    if (kept.length === count && value <= kept[count - 1]!) continue;
    let at = kept.length;
    while (at > 0 && kept[at - 1]! < value) at--;
    kept.splice(at, 0, value);
    if (kept.length > count) kept.pop();
  }
  return kept.reduce((a, b) => a + b, 0);
}

/** The forms in range equal to the whole query: each holds every query word as a term, so the rarest word's postings hold them all. */
function exactForms(index: SearchIndex, query: TopQuery): number[] {
  let rarest: Int32Array | null = null;
  for (let i = 0; i < query.words.length; i++) {
    const term = index.terms.get(query.words[i]!);
    if (term === undefined) return [];
    const forms = index.postingForms[term]!;
    if (!rarest || forms.length < rarest.length) rarest = forms;
  }
  const found: number[] = [];
  if (!rarest) return found;
  for (let j = lowerBound(rarest, query.range.from); j < rarest.length && rarest[j]! < query.range.to; j++) {
    if (index.formFolded[rarest[j]!] === query.folded) found.push(rarest[j]!);
  }
  return found;
}

/** Reused by scoreForm: one entry per use of a term the form holds (its position, its key, its gain). */
let positions = new Int32Array(64);
let keys = new Float64Array(64);
let values = new Float64Array(64);
let wordSeen = new Int32Array(16);
let stamp = 0;

/** Starts a new count of distinct query words: a word is seen when its slot holds the current stamp. */
function newWordStamp(words: number): void {
  if (wordSeen.length < words) wordSeen = new Int32Array(words * 2);
  if (++stamp === 0x7fffffff) {
    wordSeen.fill(0);
    stamp = 1;
  }
}

/** The key of the first use scoreForm added up: which form a search matched first, among equals. */
let firstKey = Infinity;

/**
 * One form's score, added up as scoring every form does (per query position, its terms' weighted
 * scores in expansion order; the positions' sums in query order; times the distinct words matched),
 * so the bits are the same. Sets firstKey.
 */
function scoreForm(index: SearchIndex, form: number, uses: QueryUses, wordOf: readonly number[]): number {
  const { start, terms, scores } = index.formTerms;
  const { termUse, termBits } = index.scratch;
  let count = 0;
  for (let k = start[form]!, end = start[form + 1]!; k < end; k++) {
    const term = terms[k]!;
    if ((termBits[term >>> 5]! & (1 << (term & 31))) === 0) continue;
    for (let use = termUse[term]!; use !== -1; use = uses.next[use]!) {
      if (count === keys.length) grow();
      const at = uses.occurrence[use]!;
      const key = at * EXPANSION_SPAN + uses.place[use]!;
      const value = uses.weight[use]! * scores[k]!;
      // Insertion sort as they come: a form holds a handful of the query's terms.
      let j = count - 1;
      while (j >= 0 && keys[j]! > key) {
        keys[j + 1] = keys[j]!;
        values[j + 1] = values[j]!;
        positions[j + 1] = positions[j]!;
        j--;
      }
      keys[j + 1] = key;
      values[j + 1] = value;
      positions[j + 1] = at;
      count++;
    }
  }
  newWordStamp(wordOf.length);
  let total = 0;
  let matched = 0;
  let position = -1;
  let sum = 0;
  for (let i = 0; i < count; i++) {
    const at = positions[i]!;
    if (at !== position) {
      if (position !== -1) total = total + sum;
      position = at;
      sum = 0;
      const word = wordOf[at]!;
      if (wordSeen[word] !== stamp) {
        wordSeen[word] = stamp;
        matched++;
      }
    }
    sum = sum + values[i]!;
  }
  if (position !== -1) total = total + sum;
  firstKey = count > 0 ? keys[0]! : Infinity;
  return total * matched;
}

/**
 * A form's score as scoreForm adds it up, but summed in the order its terms come (so it may differ
 * from the exact score in the last bits), with no ordering of the uses: a quick test that a form
 * stays below θ, which decides most of the forms a walk reaches.
 */
function roughScore(index: SearchIndex, form: number, uses: QueryUses, wordOf: readonly number[]): number {
  const { start, terms, scores } = index.formTerms;
  const { termUse, termBits } = index.scratch;
  newWordStamp(wordOf.length);
  let total = 0;
  let matched = 0;
  for (let k = start[form]!, end = start[form + 1]!; k < end; k++) {
    const term = terms[k]!;
    if ((termBits[term >>> 5]! & (1 << (term & 31))) === 0) continue;
    for (let use = termUse[term]!; use !== -1; use = uses.next[use]!) {
      total += uses.weight[use]! * scores[k]!;
      const word = wordOf[uses.occurrence[use]!]!;
      if (wordSeen[word] !== stamp) {
        wordSeen[word] = stamp;
        matched++;
      }
    }
  }
  return total * matched;
}

/** Whether `form` holds each of the distinct query words `wanted` (through any term of their expansions). */
function holdsWords(index: SearchIndex, form: number, uses: QueryUses, wordOf: readonly number[], wanted: readonly number[]): boolean {
  const { start, terms } = index.formTerms;
  const { termUse, termBits } = index.scratch;
  newWordStamp(wordOf.length);
  for (let k = start[form]!, end = start[form + 1]!; k < end; k++) {
    const term = terms[k]!;
    if ((termBits[term >>> 5]! & (1 << (term & 31))) === 0) continue;
    for (let use = termUse[term]!; use !== -1; use = uses.next[use]!) {
      wordSeen[wordOf[uses.occurrence[use]!]!] = stamp;
    }
  }
  return wanted.every((word) => wordSeen[word] === stamp);
}

function grow(): void {
  const larger = (array: Float64Array) => {
    const copy = new Float64Array(array.length * 2);
    copy.set(array);
    return copy;
  };
  keys = larger(keys);
  values = larger(values);
  const copy = new Int32Array(positions.length * 2);
  copy.set(positions);
  positions = copy;
}

/** Whether `form` (first matched at key `first`) was matched before `held`, another form of the same node scoring the same. */
function firstMatched(index: SearchIndex, form: number, first: number, held: number, uses: QueryUses, wordOf: readonly number[]): boolean {
  scoreForm(index, held, uses, wordOf);
  return first < firstKey || (first === firstKey && form < held);
}
