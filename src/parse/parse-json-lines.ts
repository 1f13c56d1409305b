import { DEFAULT_INPUT_LIMITS, type InputLimits, type InputIssue, type RawDocument } from '../domain/index.js';
import { splitLines } from './clean-text.js';
import { decodeInput } from './decode-input.js';
import { inputError, inputWarning, where } from './input-issue.js';
import { readJsonRecord } from './json-record.js';
import type { ParseResult } from './parse-result.js';
import { takeRecord } from './take-record.js';

/**
 * Reads JSON Lines: one `{ title, body, date?, category?, url? }` object per line, blank lines
 * ignored. Pure; never throws: a line that is not JSON is reported (BAD_JSON) with its 1-based line
 * and the other lines are still read.
 */
export function parseJsonLines(bytes: Uint8Array | string, file: string, limits: InputLimits = DEFAULT_INPUT_LIMITS): ParseResult {
  const decoded = decodeInput(bytes, file);
  if (decoded.text === null) return { documents: [], issues: decoded.issues, filesRead: 0, recordsSeen: 0 };
  const issues: InputIssue[] = [...decoded.issues];
  const documents: RawDocument[] = [];
  let recordsSeen = 0;
  splitLines(decoded.text).forEach((text, i) => {
    if (text.trim() === '') return;
    const line = i + 1;
    recordsSeen++;
    const source = { file, record: recordsSeen, line };
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      issues.push(inputError('BAD_JSON', file, line, `${where(file, line)} (record ${recordsSeen}): expecting one JSON object on the line, instead found invalid JSON (${reason}); skipped.`));
      return;
    }
    takeRecord(() => readJsonRecord(value, source), limits, { file, line, record: recordsSeen }, { documents, issues });
  });
  if (recordsSeen === 0) issues.push(inputWarning('EMPTY_FILE', file, null, `${file}: expecting JSON Lines records, instead found an empty file.`));
  return { documents, issues, filesRead: 1, recordsSeen };
}
