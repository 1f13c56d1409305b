import type { AnalysedText, Sentence, Token } from '../analysed-text.js';
import { nlp } from './model.js';

// One buffer reused across calls: allocating a zeroed typed array per document cost more than
// filling it. `analyse` is synchronous, so no two calls share it at once.
let scratch = new Int32Array(4096);
function startsFor(count: number): Int32Array {
  if (scratch.length < count) scratch = new Int32Array(Math.max(count, scratch.length * 2));
  return scratch;
}

/**
 * Splits a body into sentences and POS-tagged tokens with UTF-16 offsets into `text`.
 * wink-nlp reports each token's value and the whitespace before it; walking those from the start
 * gives exact offsets (its tokens concatenate back to the input, accents and emoji included).
 * Whitespace tokens are dropped, and so are sentences made only of whitespace.
 */
export function analyse(text: string): AnalysedText {
  const engine = nlp();
  const its = engine.its;
  const doc = engine.readDoc(text);
  const values = doc.tokens().out(its.value) as string[];
  const spaces = doc.tokens().out(its.precedingSpaces) as string[];
  const tags = doc.tokens().out(its.pos) as string[];
  const spans = doc.sentences().out(its.span) as unknown as [number, number][];

  const starts = startsFor(values.length);
  let cursor = 0;
  for (let i = 0; i < values.length; i += 1) {
    const value = values[i]!;
    cursor += spaces[i]?.length ?? 0;
    // Defensive: should the model ever normalise a token, find it rather than drift.
    if (!text.startsWith(value, cursor)) {
      const found = text.indexOf(value, cursor);
      if (found >= 0) cursor = found;
    }
    starts[i] = cursor;
    cursor += value.length;
  }

  const sentences: Sentence[] = [];
  const tokens: Token[] = [];
  for (const [first, last] of spans) {
    let index = sentences.length;
    const previous = sentences[index - 1];
    let sentenceStart = -1;
    let sentenceEnd = -1;
    for (let i = first; i <= last; i += 1) {
      const value = values[i]!;
      const pos = tags[i] ?? 'X';
      if (pos === 'SPACE' || value.trim() === '') continue;
      const start = starts[i]!;
      if (sentenceStart < 0) {
        sentenceStart = start;
        // The model sometimes breaks inside `Korea–U.S. FTA` after `U.`: no space, no new sentence.
        if (previous && previous.end === start) index = previous.index;
      }
      sentenceEnd = start + value.length;
      tokens.push({ text: value, start, end: sentenceEnd, pos, sentenceIndex: index });
    }
    if (sentenceStart < 0) continue;
    if (previous && index === previous.index) {
      sentences[index] = { ...previous, text: text.slice(previous.start, sentenceEnd), end: sentenceEnd };
    } else {
      sentences.push({ index, text: text.slice(sentenceStart, sentenceEnd), start: sentenceStart, end: sentenceEnd });
    }
  }
  return { text, sentences, tokens };
}
