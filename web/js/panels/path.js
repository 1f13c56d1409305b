// @ts-check
/** The path panel: each shortest connection hop by hop, each hop with a sentence that supports it. */
import { h } from '../dom.js';
import { dateSpan, plural, relationName } from '../format.js';
import { markedSentence } from '../marked-text.js';
import { nodeButton } from '../widgets.js';

/**
 * @typedef {import('../../../src/query/types.js').PathResult} PathResult
 * @typedef {PathResult['paths'][number]} Path
 * @typedef {import('../../../src/query/types.js').NodeSummary} NodeSummary
 */

/**
 * A hop's end by id; a hop whose end is missing from the path's nodes still shows the id.
 * @param {ReadonlyMap<string, NodeSummary>} names
 * @param {string} id
 * @returns {import('../widgets.js').NodeRef}
 */
const endOf = (names, id) => names.get(id) ?? { id, name: id };

/**
 * @param {import('../../../src/query/types.js').Hop} hop
 * @param {ReadonlyMap<string, NodeSummary>} names
 * @param {import('../controller.js').Actions} actions
 */
function hopItem(hop, names, actions) {
  const first = hop.evidence[0];
  return h(
    'li',
    { class: 'hop' },
    h(
      'p',
      { class: 'triple' },
      nodeButton(endOf(names, hop.source), actions.openEntity),
      h('strong', { class: 'rel', text: ` ${relationName(hop.type)} ` }),
      nodeButton(endOf(names, hop.target), actions.openEntity),
      h('span', { class: 'muted', text: ` (${dateSpan(hop.firstDate, hop.lastDate)})` }),
    ),
    first ? markedSentence(first) : null,
    h('button', {
      type: 'button',
      class: 'link',
      text: hop.evidenceTotal > 1 ? `All ${hop.evidenceTotal} sentences` : 'Evidence and document',
      on: { click: () => actions.openEdge(hop.edgeId, { push: true }) },
    }),
  );
}

/**
 * Shows a PathResult; `onHighlight(path)` draws one path in red when its heading is activated.
 * @param {import('../side-panel.js').SidePanel} panel
 * @param {PathResult} result
 * @param {import('../controller.js').Actions} actions
 * @param {(path: Path) => void} onHighlight
 */
export function openPathPanel(panel, result, actions, onHighlight) {
  /** @type {Map<string, NodeSummary>} */
  const names = new Map();
  for (const path of result.paths) for (const node of path.nodes) names.set(node.id, node);
  const first = result.paths[0];
  const content = !first
    ? h('p', { class: 'empty-result', text: `No connection between ${result.from.name} and ${result.to.name} within the search depth.` })
    : h(
      'div',
      { class: 'paths' },
      h('p', { text: `${plural(result.paths.length, 'shortest connection')}, ${plural(first.hops.length, 'hop')}:` }),
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
