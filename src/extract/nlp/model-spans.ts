/** A stretch of text the language model may read: `[start, end)` offsets. */
export interface ModelSpan {
  readonly start: number;
  readonly end: number;
}

/**
 * The stretches of `text` between runs of more than `maxTokenChars` non-space characters.
 * `"Hello xxxx…(100 KB)… there"` → `[Hello ]` and `[ there]`: the run is left out.
 * One linear scan; ordinary text (no such run) comes back as one span.
 */
export function modelSpans(text: string, maxTokenChars: number): ModelSpan[] {
  const spans: ModelSpan[] = [];
  let spanStart = 0;
  let runStart = -1;
  const closeRun = (end: number): void => {
    if (runStart >= 0 && end - runStart > maxTokenChars) {
      if (runStart > spanStart) spans.push({ start: spanStart, end: runStart });
      spanStart = end;
    }
    runStart = -1;
  };
  for (let i = 0; i < text.length; i += 1) {
    if (isSpace(text.charCodeAt(i))) closeRun(i);
    else if (runStart < 0) runStart = i;
  }
  closeRun(text.length);
  if (spanStart < text.length) spans.push({ start: spanStart, end: text.length });
  return spans;
}

// The whitespace the model splits tokens at: ASCII spaces and line breaks, NBSP and the Unicode spaces.
function isSpace(code: number): boolean {
  return code === 0x20 || (code >= 0x09 && code <= 0x0d) || code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000;
}
