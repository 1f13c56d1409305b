import type { InputIssue, SourceRef } from '../domain/index.js';
import { cleanLine } from './clean-text.js';
import { takeDateMarker } from './date-marker.js';
import { inputError, inputWarning, where } from './input-issue.js';
import { isIsoDate } from './iso-date.js';
import type { RecordReading } from './dump-record.js';

/**
 * Reads one parsed JSON Lines value `{ title, body, date?, category?, url? }`. Title and body are
 * required strings; a wrong optional field is dropped with a warning. A date may also be an ISO
 * timestamp (its day is kept) or, when absent, come from a dump-style marker at the end of the body.
 */
export function readJsonRecord(value: unknown, source: SourceRef): RecordReading {
  const { file, line } = source;
  const at = `${where(file, line)} (record ${source.record})`;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return skip(inputError('BAD_JSON', file, line, `${at}: expecting a JSON object {title, body, date?}, instead found ${describe(value)}; skipped.`));
  }
  const record = value as Record<string, unknown>;
  const issues: InputIssue[] = [];
  const text = (field: string, required: boolean): string | null => {
    const raw = record[field];
    if (raw === undefined || raw === null) return null;
    if (typeof raw === 'string') return cleanText(raw);
    const problem = `${at}: expecting "${field}" to be a string, instead found ${describe(raw)}`;
    issues.push(required ? inputError('BAD_FIELD', file, line, `${problem}; skipped.`) : inputWarning('BAD_FIELD', file, line, `${problem}; ignored.`));
    return null;
  };
  const title = text('title', true);
  const rawBody = text('body', true);
  const category = text('category', false) || null;
  const url = webAddress(text('url', false) || null, at, file, line, issues);
  const rawDate = text('date', false);
  if (issues.some((i) => i.severity === 'error')) return { document: null, issues };
  if (!title) return skip(inputError('NO_TITLE', file, line, `${at}: expecting a non-empty "title", instead found none; skipped.`));
  const { body, marker } = takeDateMarker(rawBody ?? '');
  if (!body) return skip(inputError('NO_BODY', file, line, `${at}: expecting a non-empty "body", instead found none; skipped.`));
  const date = readDate(rawDate ?? marker?.raw.slice(4) ?? null, at, file, line, issues);
  return { document: { source, title, body, date, category, url }, issues };
}

/**
 * Only an absolute http(s) address may become the link to a release's source: `javascript:`,
 * `data:` and the like would run or show content of the input's choosing in the viewer.
 */
function webAddress(raw: string | null, at: string, file: string, line: number, issues: InputIssue[]): string | null {
  if (raw === null) return null;
  let protocol: string | null = null;
  try {
    protocol = new URL(raw).protocol;
  } catch {
    protocol = null;
  }
  if (protocol === 'http:' || protocol === 'https:') return raw;
  issues.push(inputWarning('BAD_FIELD', file, line, `${at}: expecting "url" to be an http(s) address, instead found ${JSON.stringify(raw.slice(0, 80))}; ignored.`));
  return null;
}

function readDate(raw: string | null, at: string, file: string, line: number, issues: InputIssue[]): string | null {
  if (raw === null || raw === '') {
    issues.push(inputWarning('NO_DATE', file, line, `${at}: expecting a "date" as YYYY-MM-DD, instead found none; kept without a date.`));
    return null;
  }
  const day = raw.slice(0, 10);
  if (isIsoDate(day) && (raw.length === 10 || raw[10] === 'T')) return day;
  issues.push(inputWarning('BAD_DATE', file, line, `${at}: expecting "date" as a real YYYY-MM-DD date, instead found "${raw}"; kept without a date.`));
  return null;
}

function cleanText(text: string): string {
  return text
    .split(/\r\n|\n|\r/)
    .map(cleanLine)
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

function skip(issue: InputIssue): RecordReading {
  return { document: null, issues: [issue] };
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'string' ? `the string "${value.slice(0, 40)}"` : `a ${typeof value}`;
}
