// @ts-check
/**
 * Renders text with spans marked, as DOM (never markup): the words of a mention inside its
 * sentence, or every extracted mention of a document plus the one passage the user came to see.
 * Where the marks fall is decided in text-marks.js.
 */
import { h } from './dom.js';
import { nodeClass } from './graph-style.js';
import { documentRuns, sentenceParts } from './text-marks.js';

/**
 * A sentence with the characters [start, end) (document offsets) in a <mark>.
 * @param {import('./text-marks.js').Evidence} evidence
 */
export function markedSentence(evidence) {
  const [before, hit, after] = sentenceParts(evidence);
  return h('q', { class: 'sentence' }, before, h('mark', { class: 'hit', text: hit }), after);
}

/**
 * A document's text as paragraphs, each extracted mention a <mark> classed by its entity label and
 * the `target` range (the evidence being read) wrapped in an element with id `target` (its first
 * piece, when the range crosses paragraphs or mentions).
 * @param {string} text
 * @param {readonly import('./text-marks.js').MarkedMention[]} mentions
 * @param {{ start: number, end: number } | null} [target]
 */
export function markedDocument(text, mentions, target) {
  let targetSeen = false;
  const paragraphs = documentRuns(text, mentions, target).map((runs) =>
    h(
      'p',
      {},
      runs.map(({ text: piece, mention, inTarget }) => {
        const node = mention
          ? h('mark', { class: `mention ${nodeClass(mention.label)}`, title: `${mention.name} (${mention.label})`, text: piece })
          : piece;
        if (!inTarget) return node;
        const id = targetSeen ? null : 'target';
        targetSeen = true;
        return h('span', { class: 'target', id }, node);
      }),
    ),
  );
  return h('div', { class: 'doc-text' }, paragraphs);
}
