import type { InputIssue } from '../domain/index.js';
import { inputError, inputWarning, where } from './input-issue.js';
import { firstInvalidUtf8, lineOfByte } from './utf8.js';

/** The text of one input file, or null when the file was rejected whole (binary). */
export interface DecodedInput {
  readonly text: string | null;
  readonly issues: InputIssue[];
}

const decoder = new TextDecoder('utf-8', { fatal: false, ignoreBOM: false });

/**
 * Turns file contents into text: NUL bytes mean a binary file (rejected), malformed UTF-8 is
 * replaced with U+FFFD and reported once with the line of the first bad byte, and a leading BOM is
 * dropped. Strings are taken as already decoded.
 */
export function decodeInput(input: Uint8Array | string, file: string): DecodedInput {
  if (typeof input === 'string') {
    if (input.includes('\u0000')) return { text: null, issues: [binary(file)] };
    return { text: input.replace(/^\uFEFF/, ''), issues: [] };
  }
  if (input.includes(0)) return { text: null, issues: [binary(file)] };
  const issues: InputIssue[] = [];
  const bad = firstInvalidUtf8(input);
  if (bad >= 0) {
    const line = lineOfByte(input, bad);
    issues.push(
      inputWarning(
        'INVALID_UTF8',
        file,
        line,
        `${where(file, line)}: expecting UTF-8 text, instead found the byte 0x${input[bad]!.toString(16).padStart(2, '0')} at offset ${bad}; ` +
          'malformed bytes were replaced with U+FFFD and the records kept. Re-save the file as UTF-8 to read it exactly.',
      ),
    );
  }
  return { text: decoder.decode(input), issues };
}

function binary(file: string): InputIssue {
  return inputError(
    'BINARY_FILE',
    file,
    null,
    `${file}: expecting a text dump, instead found NUL bytes (a binary file); the file was skipped. Pass only .txt dumps or .jsonl files.`,
  );
}
