import type { InputIssue, InputIssueCode } from '../domain/index.js';

/**
 * Severity rule used throughout parse/: `error` when content is dropped (a file or a record is
 * skipped), `warning` when everything was kept but something about it is degraded or unusual.
 */
export function inputError(code: InputIssueCode, file: string, line: number | null, message: string): InputIssue {
  return { severity: 'error', code, file, line, message };
}

/** A problem after which the content was still kept (see inputError for the rule). */
export function inputWarning(code: InputIssueCode, file: string, line: number | null, message: string): InputIssue {
  return { severity: 'warning', code, file, line, message };
}

/** `file:line` or `file` for messages. */
export function where(file: string, line: number | null): string {
  return line === null ? file : `${file}:${line}`;
}
