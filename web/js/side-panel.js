// @ts-check
/**
 * The right-hand panel where details open (an entity, an edge's evidence, a document, a path, a
 * country). Views stack (view-stack.js) so "Back" returns from a document to the evidence that
 * opened it; Escape or the close button hides the panel.
 */
import { $, h, replace } from './dom.js';
import { backView, openView } from './view-stack.js';

/** @typedef {import('./view-stack.js').PanelView<import('./dom.js').Child>} View */
/** @typedef {{ push?: boolean }} OpenOptions `push` keeps the current view underneath for Back */

/**
 * @param {HTMLElement} root the panel, holding #panel-title, #panel-body, #panel-back, #panel-close
 * @param {{ onClose?: () => void }} [options]
 */
export function createSidePanel(root, { onClose } = {}) {
  const title = $('#panel-title', root);
  const body = $('#panel-body', root);
  const back = $('#panel-back', root);
  const close = $('#panel-close', root);
  /** @type {View[]} */
  let stack = [];

  function render() {
    const top = stack.at(-1);
    if (!top) {
      root.hidden = true;
      return;
    }
    root.hidden = false;
    title.textContent = top.title;
    back.hidden = stack.length < 2;
    replace(body, top.content);
    body.scrollTop = 0;
    top.afterRender?.(body);
  }

  function hide() {
    stack = [];
    render();
    onClose?.();
  }

  back.addEventListener('click', () => {
    stack = backView(stack);
    render();
  });
  close.addEventListener('click', hide);

  return {
    /**
     * Shows a view; `push` keeps the current one underneath for Back.
     * @param {View} view
     * @param {OpenOptions} [options]
     */
    open(view, { push = false } = {}) {
      stack = openView(stack, view, push);
      render();
      title.focus();
    },
    /**
     * Shows a placeholder while a request runs; the view opened next takes its place.
     * @param {string} titleText
     * @param {OpenOptions} [opts]
     */
    loading(titleText, opts) {
      this.open({ title: titleText, content: h('p', { class: 'muted', text: 'Loading…' }), placeholder: true }, opts);
    },
    hide,
    get isOpen() {
      return !root.hidden;
    },
  };
}

/** @typedef {ReturnType<typeof createSidePanel>} SidePanel */
