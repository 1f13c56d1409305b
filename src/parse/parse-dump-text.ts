import { DEFAULT_INPUT_LIMITS, type InputLimits, type InputIssue, type RawDocument } from '../domain/index.js';
import { cleanLine, splitLines } from './clean-text.js';
import { decodeInput } from './decode-input.js';
import { readDumpRecord } from './dump-record.js';
import { splitDumpRecords } from './dump-records.js';
import { inputWarning } from './input-issue.js';
import type { ParseResult } from './parse-result.js';
import { takeRecord } from './take-record.js';

/**
 * Reads a press-release dump: records separated by lines holding only `-`, each an optional
 * category line, a title line and a body ending in ` dateYYYY-MM-DD`. Pure; never throws: every
 * problem becomes an InputIssue naming `file` and the 1-based line, and the good records are kept;
 * a record that breaks the reader is skipped (RECORD_FAILED) and the others are still read.
 */
export function parseDumpText(bytes: Uint8Array | string, file: string, limits: InputLimits = DEFAULT_INPUT_LIMITS): ParseResult {
  const decoded = decodeInput(bytes, file);
  if (decoded.text === null) return { documents: [], issues: decoded.issues, filesRead: 0, recordsSeen: 0 };
  const lines = splitLines(decoded.text).map((text, i) => ({ text: cleanLine(text), line: i + 1 }));
  const { records, issues: splitIssues } = splitDumpRecords(lines, file);
  const issues: InputIssue[] = [...decoded.issues, ...splitIssues];
  if (records.length === 0) {
    issues.push(inputWarning('EMPTY_FILE', file, null, `${file}: expecting press-release records, instead found none (the file is empty or holds only separators).`));
  }
  const documents: RawDocument[] = [];
  records.forEach((record, i) => {
    const line = record.lines[0]?.line ?? null;
    takeRecord(() => readDumpRecord(record, file, i + 1), limits, { file, line, record: i + 1 }, { documents, issues });
  });
  issues.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  return { documents, issues, filesRead: 1, recordsSeen: records.length };
}
