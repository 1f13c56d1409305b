// @ts-check
/**
 * The hub controls: the document-count threshold above which nodes are hidden, the hubs hidden
 * from the current drawing (each with "show"), and the ones shown anyway (each with "hide").
 */
import { $as, h, replace } from './dom.js';
import { plural } from './format.js';

/**
 * @typedef {object} HubEvents
 * @property {(threshold: string | undefined) => void} threshold `undefined` = automatic
 * @property {(id: string) => void} show
 * @property {(id: string) => void} hide
 */

/**
 * Wires the controls inside `root` (which holds #hub-threshold, #hub-auto, #hub-list).
 * @param {HTMLElement} root
 * @param {HubEvents} on
 */
export function createHubControls(root, on) {
  const input = $as(HTMLInputElement, '#hub-threshold', root);
  const auto = $as(HTMLButtonElement, '#hub-auto', root);
  const list = $as(HTMLElement, '#hub-list', root);
  input.addEventListener('change', () => {
    const value = input.value.trim();
    on.threshold(value === '' ? undefined : String(Math.max(0, Math.floor(Number(value)) || 0)));
  });
  auto.addEventListener('click', () => on.threshold(undefined));

  return {
    /**
     * Shows the rule in force and the hubs it hides from the drawing.
     * @param {import('./hubs.js').HubRule & { automatic: boolean }} rule
     * @param {readonly { id: string, name: string, docCount?: unknown }[]} hidden
     * @param {readonly { id: string, name: string }[]} shown hubs drawn because the user asked
     */
    render(rule, hidden, shown) {
      input.value = String(rule.threshold);
      input.title = rule.threshold === 0 ? 'No node is hidden for its document count' : `Nodes mentioned in ${rule.threshold} documents or more are hidden`;
      auto.disabled = rule.automatic;
      replace(
        list,
        hidden.length === 0 ? h('li', { class: 'muted', text: 'No hub hidden here.' }) : null,
        hidden.map((node) =>
          h(
            'li',
            { class: 'hub-item', 'data-hub': node.id },
            h('span', { class: 'hub-name', title: node.name, text: node.name }),
            typeof node.docCount === 'number' ? h('span', { class: 'muted', text: plural(node.docCount, 'doc') }) : null,
            h('button', { type: 'button', class: 'link', text: 'show', 'aria-label': `Show ${node.name}`, on: { click: () => on.show(node.id) } }),
          ),
        ),
        shown.map((node) =>
          h(
            'li',
            { class: 'hub-item shown', 'data-hub-shown': node.id },
            h('span', { class: 'hub-name', title: node.name, text: node.name }),
            h('button', { type: 'button', class: 'link', text: 'hide', 'aria-label': `Hide ${node.name}`, on: { click: () => on.hide(node.id) } }),
          ),
        ),
      );
    },
  };
}

/** @typedef {ReturnType<typeof createHubControls>} HubControls */
