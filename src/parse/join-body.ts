import type { NumberedLine } from './dump-records.js';

/**
 * Joins body lines into text. Consecutive lines are one paragraph hard-wrapped by the dump, so they
 * are joined with a space; a blank line starts a new paragraph, kept as one `\n\n`.
 * (The seed dumps hold every body on one line, so their bodies come out unchanged.)
 */
export function joinBody(lines: readonly NumberedLine[]): string {
  const paragraphs: string[] = [];
  let current: string[] = [];
  for (const { text } of lines) {
    if (text === '') {
      if (current.length > 0) paragraphs.push(current.join(' '));
      current = [];
    } else {
      current.push(text);
    }
  }
  if (current.length > 0) paragraphs.push(current.join(' '));
  return paragraphs.join('\n\n');
}
