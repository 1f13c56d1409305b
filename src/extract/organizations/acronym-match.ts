/**
 * Whether an acronym can be read off a name: every letter in order, each word it uses starting
 * with the next letter, later letters allowed from inside a word, words allowed to be skipped.
 * `KOSAC` ← `KOrea SAlt Corporation`; `MOTIR` ← `Ministry Of Trade, Industry and
 * Resources`; `USTR` ← `U.S. Trade Representative`. The first and last words must be used, and at
 * least three words (two for a two-letter acronym), so `Kobe Transport` is not `KOBTA`.
 */
export function acronymFits(acronym: string, words: readonly string[]): boolean {
  const letters = acronym.replace(/[^\p{L}]/gu, '').toUpperCase();
  const ws = words.map((w) => w.replace(/[^\p{L}]/gu, '').toUpperCase()).filter((w) => w.length > 0);
  if (letters.length < 2 || ws.length === 0 || ws[0]![0] !== letters[0]) return false;
  const minWords = Math.min(3, letters.length);
  const memo = new Map<string, boolean>();
  // fits(i, w, p, used): letters[i..] can be matched from word w, position p (0: the word's start).
  const fits = (i: number, w: number, p: number, used: number): boolean => {
    if (i === letters.length) return w === ws.length - 1 && p > 0 && used >= minWords;
    if (w >= ws.length) return false;
    const key = `${i}:${w}:${p}:${used}`;
    const known = memo.get(key);
    if (known !== undefined) return known;
    const word = ws[w]!;
    let ok: boolean;
    if (p === 0) {
      ok = (word[0] === letters[i] && fits(i + 1, w, 1, used + 1)) || (w > 0 && fits(i, w + 1, 0, used));
    } else {
      const at = word.indexOf(letters[i]!, p);
      ok = (at >= 0 && fits(i + 1, w, at + 1, used)) || fits(i, w + 1, 0, used);
    }
    memo.set(key, ok);
    return ok;
  };
  return fits(0, 0, 0, 0);
}
