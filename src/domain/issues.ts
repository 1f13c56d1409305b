/** A problem found while reading input; reading goes on past it. */
export interface InputIssue {
  readonly severity: 'warning' | 'error';
  readonly code: InputIssueCode;
  readonly file: string;
  /** 1-based line, or null when the problem concerns the whole file. */
  readonly line: number | null;
  readonly message: string;
}

export type InputIssueCode =
  | 'MISSING_PATH'
  | 'EMPTY_FILE'
  | 'BINARY_FILE'
  | 'INVALID_UTF8'
  | 'EMPTY_RECORD'
  | 'NO_TITLE'
  | 'NO_BODY'
  | 'NO_DATE'
  | 'BAD_DATE'
  | 'BAD_JSON'
  | 'BAD_FIELD'
  | 'UNSUPPORTED_FILE'
  | 'READ_FAILED'
  | 'RECORD_CLIPPED'
  | 'RECORD_FAILED'
  | 'NOT_A_PRESS_RELEASE'
  | 'EXTRACT_FAILED';
