import type { AnalysedText, Sentence, Token } from '../analysed-text.js';

/**
 * Cuts every sentence longer than `maxChars` at token boundaries into sentences of at most that
 * length (a lone token longer than that stays whole), renumbering sentences and tokens. A body
 * with no full stops would otherwise be one sentence of megabytes for every per-sentence pattern.
 * Returns the input itself when no sentence is too long, which is every real release.
 */
export function capSentences(analysed: AnalysedText, maxChars: number): AnalysedText {
  if (analysed.sentences.every((s) => s.end - s.start <= maxChars)) return analysed;
  const { text } = analysed;
  const sentences: Sentence[] = [];
  const tokens: Token[] = [];
  let current: { original: number; start: number; end: number } | null = null;
  const close = (): void => {
    if (current) sentences.push({ index: sentences.length, text: text.slice(current.start, current.end), start: current.start, end: current.end });
    current = null;
  };
  for (const token of analysed.tokens) {
    if (current !== null && (current.original !== token.sentenceIndex || token.end - current.start > maxChars)) close();
    current ??= { original: token.sentenceIndex, start: token.start, end: token.end };
    current.end = token.end;
    tokens.push(token.sentenceIndex === sentences.length ? token : { ...token, sentenceIndex: sentences.length });
  }
  close();
  return { text, sentences, tokens };
}
