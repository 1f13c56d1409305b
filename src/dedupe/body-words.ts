const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
const COMBINING_MARKS = /\p{M}/gu;

/**
 * The words of a body, lower-cased, accents removed, split at anything that is not a letter or a
 * digit: `"Korea’s Šefčovič, U.S."` → `["korea", "s", "sefcovic", "u", "s"]`. A hand-written scan
 * rather than the domain's foldName because bodies are long and Unicode-class regexes over whole
 * bodies dominated dedupe time; the result matches foldName word for word (a test checks the seeds).
 */
export function bodyWords(body: string): string[] {
  const words: string[] = [];
  let start = -1;
  let wide = false;
  const flush = (end: number): void => {
    if (start >= 0) words.push(wide ? foldWide(body.slice(start, end)) : body.slice(start, end).toLowerCase());
    start = -1;
    wide = false;
  };
  for (let i = 0; i < body.length; i++) {
    const code = body.charCodeAt(i);
    let inWord: boolean;
    let width = 1;
    if (code < 0x80) {
      inWord = (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
    } else {
      const char = String.fromCodePoint(body.codePointAt(i)!);
      width = char.length;
      inWord = LETTER_OR_DIGIT.test(char) || /^\p{M}$/u.test(char);
      wide ||= inWord;
    }
    if (inWord && start < 0) start = i;
    else if (!inWord) flush(i);
    i += width - 1;
  }
  flush(body.length);
  return words;
}

// NFKD then marks dropped and NFKC again, as foldName does: `Šefčovič` → `sefcovic`, Hangul kept whole.
function foldWide(word: string): string {
  return word.normalize('NFKD').replace(COMBINING_MARKS, '').normalize('NFKC').toLowerCase();
}
