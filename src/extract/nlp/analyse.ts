import type { AnalysedText, Sentence, Token } from '../analysed-text.js';
import { nlp } from './model.js';

interface RawToken {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly pos: string;
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

  const raw: RawToken[] = [];
  let cursor = 0;
  values.forEach((value, i) => {
    cursor += spaces[i]?.length ?? 0;
    // Defensive: should the model ever normalise a token, find it rather than drift.
    const found = text.startsWith(value, cursor) ? cursor : text.indexOf(value, cursor);
    const start = found < 0 ? cursor : found;
    raw.push({ text: value, start, end: start + value.length, pos: tags[i] ?? 'X' });
    cursor = start + value.length;
  });

  const sentences: Sentence[] = [];
  const tokens: Token[] = [];
  for (const [first, last] of spans) {
    const own = raw.slice(first, last + 1).filter((t) => t.pos !== 'SPACE' && t.text.trim() !== '');
    if (own.length === 0) continue;
    const previous = sentences[sentences.length - 1];
    // The model sometimes breaks inside `Korea–U.S. FTA` after `U.`: no space, no new sentence.
    if (previous && previous.end === own[0]!.start) {
      const end = own[own.length - 1]!.end;
      sentences[sentences.length - 1] = { ...previous, text: text.slice(previous.start, end), end };
      for (const t of own) tokens.push({ ...t, sentenceIndex: previous.index });
      continue;
    }
    const index = sentences.length;
    const start = own[0]!.start;
    const end = own[own.length - 1]!.end;
    sentences.push({ index, text: text.slice(start, end), start, end });
    for (const t of own) tokens.push({ ...t, sentenceIndex: index });
  }
  return { text, sentences, tokens };
}
