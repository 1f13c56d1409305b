// @ts-check
/**
 * The buttons of an entity's panel (the generic one and an agreement's lifecycle): expand, pin and
 * hide while it is drawn, focus, path ends, and the country view for a country.
 */
import { h } from '../dom.js';

/** @typedef {import('../controller.js').Actions} Actions */

/**
 * @param {string} id
 * @param {string} label
 * @param {{ name: string, country?: string }} attrs
 * @param {Actions} actions
 */
export function actionsBar(id, label, attrs, actions) {
  const bar = h('div', { class: 'actions-bar' });
  /**
   * @param {string} text
   * @param {() => unknown} fn
   * @param {import('../dom.js').Props} [extra]
   */
  const add = (text, fn, extra = {}) => bar.append(h('button', { type: 'button', text, on: { click: fn }, ...extra }));
  if (actions.isDrawn(id)) {
    add(actions.isExpanded(id) ? 'Collapse' : 'Expand', () => actions.toggleExpand(id), { 'data-action': 'expand' });
    add(actions.isPinned(id) ? 'Unpin' : 'Pin', () => actions.togglePin(id), { 'data-action': 'pin' });
    add('Hide', () => actions.hideNode(id), { 'data-action': 'hide', title: 'Hide this node from every view (listed under Hubs, with "show")' });
  }
  add('Focus', () => actions.focus(id), { 'data-action': 'focus' });
  add('Path from here', () => actions.setPathEnd('from', { id, name: attrs.name, label }));
  add('Path to here', () => actions.setPathEnd('to', { id, name: attrs.name, label }));
  const country = attrs.country;
  if (label === 'Country' && country) add('Country view', () => actions.showCountry(country));
  return bar;
}
