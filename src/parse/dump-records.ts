import type { InputIssue } from '../domain/index.js';
import { inputWarning, where } from './input-issue.js';

/** One cleaned line and its 1-based line number in the file. */
export interface NumberedLine {
  readonly text: string;
  readonly line: number;
}

/** The non-blank-bounded lines between two separators. */
export interface DumpRecordLines {
  readonly lines: readonly NumberedLine[];
}

/** A separator is a line holding only `-` once trimmed: ` - ` counts, `--` and `—` do not. */
export function isSeparator(line: string): boolean {
  return line === '-';
}

/**
 * Cuts cleaned lines into records at separator lines. Leading and trailing separators are normal
 * and silent; a record that is empty between two separators is reported (EMPTY_RECORD) because it
 * usually means a record was lost when the dump was made.
 */
export function splitDumpRecords(lines: readonly NumberedLine[], file: string): { records: DumpRecordLines[]; issues: InputIssue[] } {
  const records: DumpRecordLines[] = [];
  const issues: InputIssue[] = [];
  let current: NumberedLine[] = [];
  let previousSeparator: number | null = null;
  const close = (separatorLine: number | null): void => {
    const content = trimBlank(current);
    if (content.length > 0) records.push({ lines: content });
    else if (previousSeparator !== null && separatorLine !== null) {
      issues.push(
        inputWarning(
          'EMPTY_RECORD',
          file,
          separatorLine,
          `${where(file, separatorLine)}: expecting a record between the separators on lines ${previousSeparator} and ${separatorLine}, instead found nothing; skipped. Remove the extra \`-\` line.`,
        ),
      );
    }
    current = [];
  };
  for (const line of lines) {
    if (isSeparator(line.text)) {
      close(line.line);
      previousSeparator = line.line;
    } else {
      current.push(line);
    }
  }
  close(null);
  return { records, issues };
}

function trimBlank(lines: readonly NumberedLine[]): NumberedLine[] {
  let start = 0;
  let end = lines.length;
  while (start < end && lines[start]!.text === '') start++;
  while (end > start && lines[end - 1]!.text === '') end--;
  return lines.slice(start, end);
}
