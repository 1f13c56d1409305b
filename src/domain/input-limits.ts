/**
 * Bounds that keep every stage linear whatever the input holds. Real press releases are a few
 * thousand characters, sentences a few hundred and words a few dozen; these limits sit far above
 * that, so they only ever touch hostile or broken input (a base64 blob pasted into a body, a dump
 * whose line breaks were lost, a file of one 10 MB line).
 */
export interface InputLimits {
  /**
   * Longest run of non-space characters read as one word. Longer runs (a 100 KB token) are kept in
   * the text but not given to the language model, whose per-token checks grow with the square of
   * the token's length; they become one untagged token of their own.
   */
  readonly maxTokenChars: number;
  /**
   * Longest sentence the extraction passes see. A longer one (a body with no full stops) is cut at
   * token boundaries into pieces of at most this length, each a sentence of its own, so per-sentence
   * patterns never scan megabytes.
   */
  readonly maxSentenceChars: number;
  /**
   * Longest record body kept. A longer body is cut at the last space before the limit and the record
   * is kept with a RECORD_CLIPPED warning naming its file and record.
   */
  readonly maxRecordChars: number;
}

export const DEFAULT_INPUT_LIMITS: InputLimits = Object.freeze({
  maxTokenChars: 256,
  maxSentenceChars: 4_000,
  maxRecordChars: 2_000_000,
});
