/** Where a record came from: the file, its 1-based record number in that file and the line it starts on. */
export interface SourceRef {
  readonly file: string;
  readonly record: number;
  readonly line: number;
}

/** One press release as read from a dump, before duplicates are merged. */
export interface RawDocument {
  readonly source: SourceRef;
  readonly title: string;
  readonly body: string;
  /** ISO date `YYYY-MM-DD`, or null when the record carries no date marker. */
  readonly date: string | null;
  readonly category: string | null;
  readonly url: string | null;
}

/** One distinct article: the fullest text of every record that reports it. */
export interface Document {
  /** Stable content-derived id, e.g. `doc:3f9a1c…`, also its node key (see documentId). */
  readonly id: string;
  readonly title: string;
  readonly body: string;
  readonly date: string | null;
  readonly category: string | null;
  readonly url: string | null;
  /** Every record this article was read from, in input order. */
  readonly sources: readonly SourceRef[];
}
