/** The path panel: each shortest connection hop by hop, each hop with a sentence that supports it. */
import { h } from '../dom.js';
import { dateSpan, nodeButton, relationName } from '../format.js';
import { markedSentence } from '../marked-text.js';

function hopItem(hop, names, actions) {
  const first = hop.evidence[0];
  return h(
    'li',
    { class: 'hop' },
    h(
      'p',
      { class: 'triple' },
      nodeButton(names.get(hop.source), actions.openEntity),
      h('strong', { class: 'rel', text: ` ${relationName(hop.type)} ` }),
      nodeButton(names.get(hop.target), actions.openEntity),
      h('span', { class: 'muted', text: ` (${dateSpan(hop.firstDate, hop.lastDate)})` }),
    ),
    first ? markedSentence(first) : null,
    h('button', {
      type: 'button',
      class: 'link',
      text: hop.evidence.length > 1 ? `All ${hop.evidence.length} sentences` : 'Evidence and document',
      on: { click: () => actions.openEdge(hop.edgeId, { push: true }) },
    }),
  );
}

/** Shows a PathResult; `onHighlight(path)` draws one path in red when its heading is activated. */
export function openPathPanel(panel, result, actions, onHighlight) {
  const names = new Map();
  for (const path of result.paths) for (const node of path.nodes) names.set(node.id, node);
  const content =
    result.paths.length === 0
      ? h('p', { class: 'empty-result', text: `No connection between ${result.from.name} and ${result.to.name} within the search depth.` })
      : h(
          'div',
          { class: 'paths' },
          h('p', { text: `${result.paths.length} shortest connection${result.paths.length > 1 ? 's' : ''}, ${result.paths[0].hops.length} hop${result.paths[0].hops.length > 1 ? 's' : ''}:` }),
          result.paths.map((path, index) =>
            h(
              'section',
              { class: 'path' },
              h('h3', {}, h('button', { type: 'button', class: 'link', text: `Path ${index + 1}: ${path.nodes.map((n) => n.name).join(' → ')}`, on: { click: () => onHighlight(path) } })),
              h('ol', { class: 'hops' }, path.hops.map((hop) => hopItem(hop, names, actions))),
            ),
          ),
        );
  panel.open({ title: `Path: ${result.from.name} → ${result.to.name}`, content });
}
