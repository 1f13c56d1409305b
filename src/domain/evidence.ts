/**
 * The text that supports a mention or a relation. Offsets are UTF-16 code-unit offsets into the
 * Document body (JavaScript string indices), `end` exclusive; `sentence` is the whole sentence.
 */
export interface Evidence {
  readonly docId: string;
  readonly date: string | null;
  readonly sentence: string;
  readonly sentenceStart: number;
  readonly start: number;
  readonly end: number;
}
