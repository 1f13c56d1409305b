import type { InputIssue, RawDocument } from '../domain/index.js';
import { looksLikeBody, looksLikeCategory } from './category-line.js';
import { hasDateMarker, takeDateMarker } from './date-marker.js';
import type { DumpRecordLines } from './dump-records.js';
import { inputError, inputWarning, where } from './input-issue.js';
import { joinBody } from './join-body.js';

/** A record read into a document, or skipped (document null) with the reason among the issues. */
export interface RecordReading {
  readonly document: RawDocument | null;
  readonly issues: InputIssue[];
}

/**
 * Reads one dump record: an optional category line, a title line, then body lines ending in
 * ` dateYYYY-MM-DD`. A lone line ending in a date marker is a body without a title and is skipped
 * (NO_TITLE): inventing a title would put words in the ministry's mouth.
 */
export function readDumpRecord(record: DumpRecordLines, file: string, recordNumber: number): RecordReading {
  // Blank lines may sit anywhere (CR CR LF line ends make one after every line); only the body keeps them, as paragraph breaks.
  const lines = record.lines;
  const filled = lines.filter((l) => l.text !== '');
  const first = filled[0]!;
  const source = { file, record: recordNumber, line: first.line };
  const second = filled[1];
  const hasCategory = second !== undefined && looksLikeCategory(first.text) && !looksLikeBody(second.text, filled.length === 2);
  const titleLine = hasCategory && second ? second : first;
  const bodyLines = lines.slice(lines.indexOf(titleLine) + 1);
  const at = (line: number): string => `${where(file, line)} (record ${recordNumber})`;
  if (!bodyLines.some((l) => l.text !== '')) {
    return hasDateMarker(titleLine.text)
      ? skipped(inputError('NO_TITLE', file, titleLine.line, `${at(titleLine.line)}: expecting a title line before the body, instead found only a dated body line; skipped. Add the title on the line above.`))
      : skipped(inputError('NO_BODY', file, titleLine.line, `${at(titleLine.line)}: expecting body text after the title "${clip(titleLine.text)}", instead found none; skipped.`));
  }
  const lastLine = bodyLines.findLast((l) => l.text !== '')!.line;
  const { body, marker } = takeDateMarker(joinBody(bodyLines));
  if (body === '') {
    return skipped(inputError('NO_BODY', file, titleLine.line, `${at(titleLine.line)}: expecting body text after the title "${clip(titleLine.text)}", instead found only a date marker; skipped.`));
  }
  const issues: InputIssue[] = [];
  if (marker === null) {
    issues.push(inputWarning('NO_DATE', file, lastLine, `${at(lastLine)}: expecting the body to end in " dateYYYY-MM-DD", instead found "…${clip(body.slice(-30))}"; kept without a date.`));
  } else if (marker.date === null) {
    issues.push(inputWarning('BAD_DATE', file, lastLine, `${at(lastLine)}: expecting a real date as dateYYYY-MM-DD, instead found "${marker.raw}"; kept without a date.`));
  }
  const document: RawDocument = {
    source,
    title: titleLine.text,
    body,
    date: marker?.date ?? null,
    category: hasCategory ? first.text : null,
    url: null,
  };
  return { document, issues };
}

function skipped(issue: InputIssue): RecordReading {
  return { document: null, issues: [issue] };
}

function clip(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}
