import type { Evidence } from '../../domain/index.js';
import type { AnalysedText } from '../analysed-text.js';

/** Builds Evidence for spans of one document: the sentence holding the span, and the span. */
export function evidenceMaker(docId: string, date: string | null, text: AnalysedText): (start: number, end: number) => Evidence {
  return (start, end) => {
    const sentence = sentenceAt(text, start);
    return { docId, date, sentence: sentence?.text ?? text.text.slice(start, end), sentenceStart: sentence?.start ?? start, start, end };
  };
}

/** The sentence holding `offset` (the last one starting at or before it). */
export function sentenceAt(text: AnalysedText, offset: number): AnalysedText['sentences'][number] | undefined {
  let lo = 0;
  let hi = text.sentences.length - 1;
  let best: AnalysedText['sentences'][number] | undefined;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = text.sentences[mid]!;
    if (s.start <= offset) {
      best = s;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return best;
}
