/**
 * Renders text with spans marked, as DOM (never markup): the words of a mention inside its
 * sentence, or every extracted mention of a document plus the one passage the user came to see.
 */
import { h } from './dom.js';
import { nodeClass } from './graph-style.js';

/** A sentence with the characters [start, end) (document offsets) in a <mark>. */
export function markedSentence(evidence) {
  const { sentence, sentenceStart } = evidence;
  const from = Math.max(0, Math.min(sentence.length, evidence.start - sentenceStart));
  const to = Math.max(from, Math.min(sentence.length, evidence.end - sentenceStart));
  return h('q', { class: 'sentence' }, sentence.slice(0, from), h('mark', { class: 'hit', text: sentence.slice(from, to) }), sentence.slice(to));
}

/**
 * A document's text as paragraphs, each extracted mention a <mark> classed by its entity label and
 * the `target` range (the evidence being read) wrapped in an element with id `target`.
 */
export function markedDocument(text, mentions, target) {
  const cuts = new Set([0, text.length]);
  for (const m of mentions) cuts.add(m.start).add(m.end);
  if (target) cuts.add(target.start).add(target.end);
  const points = [...cuts].filter((n) => n >= 0 && n <= text.length).sort((a, b) => a - b);
  const root = h('div', { class: 'doc-text' });
  let para = h('p');
  root.append(para);
  let mi = 0;
  let targetEl = null;
  for (let i = 0; i < points.length - 1; i += 1) {
    const start = points[i];
    const end = points[i + 1];
    while (mi < mentions.length && mentions[mi].end <= start) mi += 1;
    const mention = mentions[mi] && mentions[mi].start <= start && mentions[mi].end >= end ? mentions[mi] : null;
    const inTarget = target && target.start <= start && target.end >= end;
    const pieces = text.slice(start, end).split(/\n\s*\n/);
    pieces.forEach((piece, index) => {
      if (index > 0) {
        para = h('p');
        root.append(para);
      }
      if (!piece) return;
      let node = mention
        ? h('mark', { class: `mention ${nodeClass(mention.label)}`, title: `${mention.name} (${mention.label})`, text: piece })
        : document.createTextNode(piece);
      if (inTarget) {
        node = h('span', { class: 'target' }, node);
        if (!targetEl) {
          targetEl = node;
          node.id = 'target';
        }
      }
      para.append(node);
    });
  }
  return root;
}
