import { DEFAULT_INPUT_LIMITS, type InputLimits, type InputIssue, type RawDocument } from '../domain/index.js';
import { inputWarning, where } from './input-issue.js';

/** A body shorter than this many words is a fragment, not a release (the shortest seed has ~120). */
export const MIN_BODY_WORDS = 20;
/** A title longer than this is a paragraph that lost its line breaks, not a headline. */
export const MAX_TITLE_CHARS = 250;

/**
 * Why a record does not look like a press release, one short reason per failed rule. The title
 * decides, because a headline is what a dump of ordinary prose lacks: a record is doubted when its
 * title reads like prose (longer than MAX_TITLE_CHARS, or a sentence ending in a full stop;
 * headlines carry none, and `U.S.` or `Co.` at the end is allowed) and, besides, it carries no date
 * (neither a ` dateYYYY-MM-DD` marker nor a `date` field) or its body has fewer than
 * MIN_BODY_WORDS words. An undated release or a short notice under a real headline is not doubted.
 */
export function pressReleaseDoubts(document: RawDocument): string[] {
  const title = document.title;
  const titleDoubt =
    title.length > MAX_TITLE_CHARS ? `a ${title.length}-character title` : /[a-z]{3,}\.$/.test(title) ? 'a title that is a sentence ending in a full stop' : null;
  if (titleDoubt === null) return [];
  const doubts = [titleDoubt];
  if (document.date === null) doubts.push('no date');
  const words = countWords(document.body, MIN_BODY_WORDS);
  if (words < MIN_BODY_WORDS) doubts.push(`a body of ${words} word${words === 1 ? '' : 's'}`);
  return doubts.length >= 2 ? doubts : [];
}

/**
 * Applies the per-record checks every reader shares: a body longer than `maxRecordChars` is cut
 * at the last space before the limit (RECORD_CLIPPED), and a record that does not look like a
 * press release is kept with a NOT_A_PRESS_RELEASE warning (`--strict` turns those into a failure).
 */
export function checkRecord(document: RawDocument, limits: Pick<InputLimits, 'maxRecordChars'> = DEFAULT_INPUT_LIMITS): { document: RawDocument; issues: InputIssue[] } {
  const { file, line, record } = document.source;
  const at = `${where(file, line)} (record ${record})`;
  const issues: InputIssue[] = [];
  let kept = document;
  if (document.body.length > limits.maxRecordChars) {
    const body = clip(document.body, limits.maxRecordChars);
    issues.push(
      inputWarning(
        'RECORD_CLIPPED',
        file,
        line,
        `${at}: expecting a body of at most ${limits.maxRecordChars} characters, instead found ${document.body.length}; kept its first ${body.length} characters.`,
      ),
    );
    kept = { ...document, body };
  }
  const doubts = pressReleaseDoubts(kept);
  if (doubts.length > 0) {
    issues.push(
      inputWarning(
        'NOT_A_PRESS_RELEASE',
        file,
        line,
        `${at}: expecting a press release (a headline, a dated body), instead found ${doubts.join(', ')}; kept. Check this is the file you meant (see docs/input-formats.md).`,
      ),
    );
  }
  return { document: kept, issues };
}

/** Counts words up to `enough`, so a 10 MB body is not split just to learn it is long. */
function countWords(text: string, enough: number): number {
  let count = 0;
  for (const _ of text.matchAll(/\S+/g)) if (++count >= enough) break;
  return count;
}

/** The longest prefix of at most `max` characters ending before a space, not splitting a surrogate pair. */
function clip(text: string, max: number): string {
  const space = text.lastIndexOf(' ', max);
  let end = space > max / 2 ? space : max;
  const code = text.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end -= 1;
  return text.slice(0, end).trimEnd();
}
