// @ts-check
/** The full text of a document, every extracted mention marked, the passage being read scrolled to. */
import { api, asError } from '../api.js';
import { h } from '../dom.js';
import { markedDocument } from '../marked-text.js';
import { errorBox, facts } from '../widgets.js';
import { webAddress } from '../format.js';

/**
 * Fetches a document; `target` ({ start, end }) is the evidence to highlight, or null.
 * @param {import('../side-panel.js').SidePanel} panel
 * @param {string} id
 * @param {{ start: number, end: number } | null} target
 * @param {import('../side-panel.js').OpenOptions} [opts]
 */
export async function openDocumentPanel(panel, id, target, opts) {
  panel.loading('Document', opts);
  let doc;
  try {
    doc = await api.document(id);
  } catch (error) {
    panel.open({ title: 'Document', content: errorBox(asError(error)) }, opts);
    return;
  }
  const address = webAddress(doc.url);
  const content = h(
    'article',
    { class: 'document' },
    h('h3', { class: 'doc-heading', text: doc.title }),
    facts([
      ['Date', doc.date ?? 'undated'],
      ['Category', doc.category],
      ['Read from', doc.sources],
    ]),
    address ? h('p', {}, h('a', { class: 'doc-url', href: address, target: '_blank', rel: 'noopener noreferrer', text: 'Original page' })) : null,
    markedDocument(doc.text, doc.mentions, target),
  );
  panel.open(
    {
      title: 'Document',
      content,
      afterRender: (body) => body.querySelector('#target')?.scrollIntoView({ block: 'center' }),
    },
    opts,
  );
}
