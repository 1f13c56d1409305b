import type { AnalysedText } from '../analysed-text.js';
import { analyse, type AnalyseLimits } from '../nlp/index.js';
import { sentenceWords, type Word } from '../words.js';

/** The body split into sentences, tagged tokens, and words per sentence. */
export interface Sentences {
  readonly text: AnalysedText;
  readonly words: readonly (readonly Word[])[];
}

/** Step 1: sentences, POS-tagged tokens and words, every offset into the body. */
export function splitSentences(body: string, limits?: AnalyseLimits): Sentences {
  const text = analyse(body, limits);
  return { text, words: sentenceWords(text) };
}
