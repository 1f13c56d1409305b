import type { InputIssue } from '../domain/index.js';
import { inputError, where } from './input-issue.js';

/** The issue for a record that broke its reader: skipped, named by file, line and record number, the others still read. */
export function recordFailed(file: string, line: number | null, record: number, error: unknown): InputIssue {
  const reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return inputError('RECORD_FAILED', file, line, `${where(file, line)} (record ${record}): could not be read (${reason}); skipped, the other records were read.`);
}
