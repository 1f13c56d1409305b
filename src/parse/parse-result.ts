import type { InputIssue, RawDocument } from '../domain/index.js';

/** What reading one or more inputs produced: the records that could be read and every problem met on the way. */
export interface ParseResult {
  readonly documents: RawDocument[];
  readonly issues: InputIssue[];
  /** Files whose contents were parsed for records (binary, unsupported and unreadable files are not counted). */
  readonly filesRead: number;
  /** Non-empty records met, including the ones skipped for an issue. */
  readonly recordsSeen: number;
}

/** A result that read nothing, to start an accumulation from. */
export function emptyParseResult(): ParseResult {
  return { documents: [], issues: [], filesRead: 0, recordsSeen: 0 };
}

/** Concatenates results in order, so documents and issues keep the order the inputs were given in. */
export function concatParseResults(results: readonly ParseResult[]): ParseResult {
  return {
    documents: results.flatMap((r) => r.documents),
    issues: results.flatMap((r) => r.issues),
    filesRead: results.reduce((n, r) => n + r.filesRead, 0),
    recordsSeen: results.reduce((n, r) => n + r.recordsSeen, 0),
  };
}
