/**
 * A document body after sentence splitting and tagging: what every extraction pass reads.
 * Offsets are UTF-16 indices into `text` (the Document body), `end` exclusive.
 */
export interface Sentence {
  readonly index: number;
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

export interface Token {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** Universal POS tag from wink-nlp, e.g. PROPN, NOUN, VERB, ADP, PUNCT. */
  readonly pos: string;
  readonly sentenceIndex: number;
}

export interface AnalysedText {
  readonly text: string;
  readonly sentences: readonly Sentence[];
  readonly tokens: readonly Token[];
}
