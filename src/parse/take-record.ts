import type { InputLimits, InputIssue, RawDocument } from '../domain/index.js';
import type { RecordReading } from './dump-record.js';
import { withOwnStrings } from './own-strings.js';
import { checkRecord } from './record-checks.js';
import { recordFailed } from './record-failed.js';

/** Where the readers of both formats put what one record gave. */
export interface RecordSink {
  readonly documents: RawDocument[];
  readonly issues: InputIssue[];
}

/**
 * Reads one record with `read`, checks what it gives against the limits and keeps it; a reader
 * that throws costs only its own record, named by file, line and number (RECORD_FAILED). What is
 * kept holds its own strings, not slices of the file (see withOwnStrings).
 */
export function takeRecord(read: () => RecordReading, limits: Pick<InputLimits, 'maxRecordChars'>, at: { file: string; line: number | null; record: number }, sink: RecordSink): void {
  try {
    const reading = read();
    sink.issues.push(...reading.issues);
    if (!reading.document) return;
    const checked = checkRecord(reading.document, limits);
    sink.documents.push(withOwnStrings(checked.document));
    sink.issues.push(...checked.issues);
  } catch (error) {
    sink.issues.push(recordFailed(at.file, at.line, at.record, error));
  }
}
