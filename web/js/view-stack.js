// @ts-check
/**
 * The side panel's history as plain data: which views are stacked under the one shown, so "Back"
 * returns from a document to the evidence that opened it. Pure: side-panel.js renders the top.
 */

/**
 * A view of the side panel. `placeholder` marks a stand-in (Loading…) that the next view opened
 * replaces instead of covering, so Back never returns to it.
 * @template C
 * @typedef {{ title: string, content: C, placeholder?: boolean, afterRender?: (body: HTMLElement) => void }} PanelView
 */

/**
 * The stack after opening `view`: on top of the current views when `push`, alone otherwise. A
 * placeholder on top is dropped first.
 * @template C
 * @param {readonly PanelView<C>[]} stack
 * @param {PanelView<C>} view
 * @param {boolean} push
 * @returns {PanelView<C>[]}
 */
export function openView(stack, view, push) {
  if (!push) return [view];
  const under = stack.at(-1)?.placeholder ? stack.slice(0, -1) : stack;
  return [...under, view];
}

/**
 * The stack after "Back": the top view gone, and any placeholder it uncovers with it.
 * @template C
 * @param {readonly PanelView<C>[]} stack
 * @returns {PanelView<C>[]}
 */
export function backView(stack) {
  const rest = stack.slice(0, -1);
  while (rest.at(-1)?.placeholder) rest.pop();
  return rest;
}
