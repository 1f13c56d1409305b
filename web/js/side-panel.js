/**
 * The right-hand panel where details open (an entity, an edge's evidence, a document, a path, a
 * country). Views stack so "Back" returns from a document to the evidence that opened it; Escape
 * or the close button hides the panel.
 */
import { $, h, replace } from './dom.js';

export function createSidePanel(root, { onClose } = {}) {
  const title = $('#panel-title', root);
  const body = $('#panel-body', root);
  const back = $('#panel-back', root);
  const close = $('#panel-close', root);
  const stack = [];

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
    stack.length = 0;
    render();
    onClose?.();
  }

  back.addEventListener('click', () => {
    stack.pop();
    render();
  });
  close.addEventListener('click', hide);

  return {
    /** Shows a view; `push` keeps the current one underneath for Back. */
    open(view, { push = false } = {}) {
      if (!push) stack.length = 0;
      stack.push(view);
      render();
      title.focus();
    },
    /** Shows a placeholder while a request runs. */
    loading(titleText, opts) {
      this.open({ title: titleText, content: h('p', { class: 'muted', text: 'Loading…' }) }, opts);
    },
    hide,
    get isOpen() {
      return !root.hidden;
    },
  };
}
