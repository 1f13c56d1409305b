import type { AnalysedText, Sentence, Token } from '../analysed-text.js';
import { BOUNDARY_RULES, type BoundaryRule } from './boundary-rules.js';

const JOINS = BOUNDARY_RULES.filter((r) => r.action === 'join');
const SPLITS = BOUNDARY_RULES.filter((r) => r.action === 'split');

// Every rule looks at a gap after a token that ends in a full stop: most gaps are not, so the
// rules run on a few tokens per sentence.
const endsWithStop = (token: Token): boolean => token.text.charCodeAt(token.text.length - 1) === 46;

/** The indices of the tokens that end in a full stop. */
function stopsOf(tokens: readonly Token[]): number[] {
  const stops: number[] = [];
  for (let i = 0; i < tokens.length; i += 1) if (endsWithStop(tokens[i]!)) stops.push(i);
  return stops;
}

// No abbreviation a rule names is longer than this (`approx`), so longer words are not glued.
const ABBREVIATION_MAX = 6;

/** The word a gap follows: the model may split `Vol.` into `Vol` and `.`; glue them back. */
function wordBefore(tokens: readonly Token[], i: number): string {
  const before = tokens[i - 1]!;
  const glued = tokens[i - 2];
  return before.text === '.' && glued !== undefined && glued.end === before.start && glued.text.length <= ABBREVIATION_MAX ? glued.text + '.' : before.text;
}

function ruled(rules: readonly BoundaryRule[], before: string, after: Token, next: Token | undefined): boolean {
  for (const rule of rules) if (rule.applies(before, after, next)) return true;
  return false;
}

/**
 * Applies BOUNDARY_RULES to the model's sentences: removes the breaks a join rule governs and
 * adds those a split rule does, renumbering sentences and tokens. A split needs white space in
 * the gap. Returns the input itself when no rule fires, which is most releases. `stops`, the
 * indices of the tokens that end in a full stop in order, saves a pass when the caller has them.
 */
export function settleBoundaries(analysed: AnalysedText, stops: readonly number[] = stopsOf(analysed.tokens)): AnalysedText {
  const { text, tokens } = analysed;
  let starts: Uint8Array | null = null;
  for (const stop of stops) {
    const i = stop + 1;
    if (i >= tokens.length) break;
    const before = tokens[stop]!;
    const after = tokens[i]!;
    const broken = before.sentenceIndex !== after.sentenceIndex;
    const word = wordBefore(tokens, i);
    const flip = broken ? ruled(JOINS, word, after, tokens[i + 1]) : before.end < after.start && ruled(SPLITS, word, after, tokens[i + 1]);
    if (!flip) continue;
    if (starts === null) {
      starts = new Uint8Array(tokens.length);
      for (let j = 1; j < tokens.length; j += 1) starts[j] = tokens[j]!.sentenceIndex !== tokens[j - 1]!.sentenceIndex ? 1 : 0;
    }
    starts[i] = broken ? 0 : 1;
  }
  if (starts === null || tokens.length === 0) return analysed;

  const sentences: Sentence[] = [];
  const renumbered: Token[] = [];
  let first = tokens[0]!;
  const close = (last: Token): void => {
    sentences.push({ index: sentences.length, text: text.slice(first.start, last.end), start: first.start, end: last.end });
  };
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i]!;
    if (i > 0 && starts[i] === 1) {
      close(tokens[i - 1]!);
      first = token;
    }
    renumbered.push(token.sentenceIndex === sentences.length ? token : { ...token, sentenceIndex: sentences.length });
  }
  close(tokens[tokens.length - 1]!);
  return { text, sentences, tokens: renumbered };
}
