// @ts-check
/**
 * Where the marks fall in a sentence or a document, as plain data: marked-text.js turns it into
 * DOM. Offsets are the API's (UTF-16 code units into the document body, `end` exclusive).
 */

/**
 * @typedef {import('../../src/domain/evidence.js').Evidence} Evidence
 * @typedef {import('../../src/query/types.js').MarkedMention} MarkedMention
 */

/**
 * A run of text inside one paragraph: the mention covering it (or null), and whether it lies in
 * the passage being read.
 * @typedef {{ text: string, mention: MarkedMention | null, inTarget: boolean }} Run
 */

/**
 * A sentence cut around its evidence: `[before, hit, after]`. Offsets outside the sentence are
 * clamped to it, so a stale or partial offset still shows the sentence.
 * @param {Pick<Evidence, 'sentence' | 'sentenceStart' | 'start' | 'end'>} evidence
 * @returns {[string, string, string]}
 */
export function sentenceParts(evidence) {
  const { sentence, sentenceStart } = evidence;
  const from = Math.max(0, Math.min(sentence.length, evidence.start - sentenceStart));
  const to = Math.max(from, Math.min(sentence.length, evidence.end - sentenceStart));
  return [sentence.slice(0, from), sentence.slice(from, to), sentence.slice(to)];
}

/**
 * A document's text as paragraphs (split at blank lines) of runs, cut wherever a mention or the
 * target range starts or ends. Mentions must be sorted by start and not overlap (as the API sends
 * them); offsets outside the text are ignored.
 * @param {string} text
 * @param {readonly MarkedMention[]} mentions
 * @param {{ start: number, end: number } | null} [target]
 * @returns {Run[][]}
 */
export function documentRuns(text, mentions, target = null) {
  const cuts = new Set([0, text.length]);
  for (const m of mentions) cuts.add(m.start).add(m.end);
  if (target) cuts.add(target.start).add(target.end);
  const points = [...cuts].filter((n) => n >= 0 && n <= text.length).sort((a, b) => a - b);
  /** @type {Run[][]} */
  const paragraphs = [[]];
  let mi = 0;
  for (let i = 0; i < points.length - 1; i += 1) {
    const start = /** @type {number} */ (points[i]);
    const end = /** @type {number} */ (points[i + 1]);
    while (mi < mentions.length && /** @type {MarkedMention} */ (mentions[mi]).end <= start) mi += 1;
    const candidate = mentions[mi];
    const mention = candidate && candidate.start <= start && candidate.end >= end ? candidate : null;
    const inTarget = Boolean(target && target.start <= start && target.end >= end);
    text
      .slice(start, end)
      .split(/\n\s*\n/)
      .forEach((piece, index) => {
        if (index > 0) paragraphs.push([]);
        if (piece) /** @type {Run[]} */ (paragraphs.at(-1)).push({ text: piece, mention, inTarget });
      });
  }
  return paragraphs;
}
