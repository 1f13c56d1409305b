// @ts-check
/** The evidence panel of one relation: its sentences, their documents, links to the full text. */
import { api, asError } from '../api.js';
import { h } from '../dom.js';
import { dateSpan, relationName } from '../format.js';
import { markedSentence } from '../marked-text.js';
import { errorBox, facts, nodeButton } from '../widgets.js';

/**
 * Fetches an edge and shows who–what–whom with every supporting sentence.
 * @param {import('../side-panel.js').SidePanel} panel
 * @param {string} id
 * @param {import('../controller.js').Actions} actions
 * @param {import('../side-panel.js').OpenOptions} [opts]
 */
export async function openEdgePanel(panel, id, actions, opts) {
  panel.loading('Evidence', opts);
  let edge;
  try {
    edge = await api.edge(id);
  } catch (error) {
    panel.open({ title: 'Evidence', content: errorBox(asError(error)) }, opts);
    return;
  }
  const a = edge.attributes;
  const docs = new Map(edge.documents.map((d) => [d.id, d]));
  const content = h(
    'div',
    { class: 'edge' },
    h('p', { class: 'triple' }, nodeButton(edge.source, actions.openEntity), h('strong', { class: 'rel', text: ` ${relationName(edge.type)} ` }), nodeButton(edge.target, actions.openEntity)),
    facts([
      ['Title', a.title],
      ['Role', a.role],
      ['Status', a.status],
      ['Dates', dateSpan(optionalText(a.firstDate), optionalText(a.lastDate))],
      ['Sentences', a.count ?? edge.evidence.length],
      ['Documents', docs.size],
    ]),
    h('h3', { text: 'Evidence' }),
    h(
      'ol',
      { class: 'evidence' },
      edge.evidence.map((ev) => {
        const doc = docs.get(ev.docId);
        return h(
          'li',
          {},
          markedSentence(ev),
          h(
            'div',
            { class: 'source' },
            h('span', { class: 'doc-title', text: doc?.title ?? ev.docId }),
            h('span', { class: 'muted', text: ` · ${doc?.date ?? ev.date ?? 'undated'} · ` }),
            h('button', { type: 'button', class: 'link', text: 'Read in document', on: { click: () => actions.openDocument(ev.docId, ev, { push: true }) } }),
          ),
        );
      }),
    ),
  );
  panel.open({ title: 'Evidence', content }, opts);
}

/**
 * An edge attribute read as a date: attributes are untyped in the API.
 * @param {unknown} value
 */
const optionalText = (value) => (typeof value === 'string' ? value : undefined);
