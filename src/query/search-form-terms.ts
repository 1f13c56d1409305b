/**
 * The name index read the other way: per form, its terms and each one's BM25+ score, as slices of
 * two flat arrays (form f's are at start[f] up to start[f + 1]). A search that has already decided
 * which forms can still reach its top hits scores each of those by reading its few terms, instead
 * of walking the postings of every common query word for forms it would then throw away.
 */
export interface FormTerms {
  readonly start: Int32Array;
  /** Term numbers, ascending within each form. */
  readonly terms: Int32Array;
  /** The same values as the postings' scores, copied, so both ways of scoring add up the same bits. */
  readonly scores: Float64Array;
}

/**
 * Inverts the postings: every form holds one posting per distinct term (fieldLength[form] of them),
 * so the slices are laid out from those counts and filled term by term.
 */
export function formTermsOf(postingForms: readonly Int32Array[], postingScores: readonly Float64Array[], fieldLength: Int32Array): FormTerms {
  const start = new Int32Array(fieldLength.length + 1);
  for (let form = 0; form < fieldLength.length; form++) start[form + 1] = start[form]! + fieldLength[form]!;
  const next = start.slice(0, fieldLength.length);
  const terms = new Int32Array(start[fieldLength.length]!);
  const scores = new Float64Array(terms.length);
  for (let term = 0; term < postingForms.length; term++) {
    const forms = postingForms[term]!;
    const raws = postingScores[term]!;
    for (let j = 0; j < forms.length; j++) {
      const at = next[forms[j]!]!++;
      terms[at] = term;
      scores[at] = raws[j]!;
    }
  }
  return { start, terms, scores };
}

/** Per term: its highest score among forms numbered below `split`, and among the rest (0 when none). */
export function termMaxima(postingForms: readonly Int32Array[], postingScores: readonly Float64Array[], split: number): { readonly below: Float64Array; readonly above: Float64Array } {
  const below = new Float64Array(postingForms.length);
  const above = new Float64Array(postingForms.length);
  for (let term = 0; term < postingForms.length; term++) {
    const forms = postingForms[term]!;
    const raws = postingScores[term]!;
    for (let j = 0; j < forms.length; j++) {
      const side = forms[j]! < split ? below : above;
      if (raws[j]! > side[term]!) side[term] = raws[j]!;
    }
  }
  return { below, above };
}

/** Prefix lengths for which PrefixSharing is kept: a longer prefix is treated as its first PREFIX_SHARING letters. */
export const PREFIX_SHARING = 5;

/**
 * For each prefix length 1..PREFIX_SHARING, the most terms one form holds that start with the same
 * letters (`korea`, `koreatrade` and `koreaus` share five). A query word's prefix and fuzzy
 * neighbours can number thousands (`a` starts every fifth term), but one form holds only this many
 * of those sharing a beginning, which keeps a search's bound on what the word adds near the truth.
 */
export class PrefixSharing {
  readonly most = new Int32Array(PREFIX_SHARING);

  /** Counts one form's distinct terms. */
  add(terms: readonly string[]): void {
    const sorted = [...terms].sort();
    for (let length = 1; length <= PREFIX_SHARING; length++) {
      let run = 0;
      for (let i = 0; i < sorted.length; i++) {
        run = i > 0 && samePrefix(sorted[i - 1]!, sorted[i]!, length) ? run + 1 : 1;
        if (run > this.most[length - 1]!) this.most[length - 1] = run;
      }
    }
  }

  /** The most terms of one form that begin with the same `length` letters (any length from PREFIX_SHARING on counts as that). */
  at(length: number): number {
    return this.most[Math.min(length, PREFIX_SHARING) - 1]!;
  }
}

/** Whether a.slice(0, length) === b.slice(0, length), without making the slices. */
function samePrefix(a: string, b: string, length: number): boolean {
  const end = Math.min(length, a.length);
  if (end !== Math.min(length, b.length)) return false;
  for (let i = 0; i < end; i++) if (a.charCodeAt(i) !== b.charCodeAt(i)) return false;
  return true;
}
