// @ts-check
/**
 * The one way the viewer builds DOM: every string becomes a text node or an attribute value, never
 * markup. Data from documents (names, sentences, titles) therefore cannot inject elements or script:
 * an entity named `<img src=x onerror=alert(1)>` is shown as those characters.
 */

/** @typedef {Node | string | number | null | undefined | false} Leaf */
/**
 * What `h` and `append` accept as children: nodes, strings and numbers (as text), empty values
 * (skipped) and lists of these, two deep (a list of rows, each a list of cells).
 * @typedef {Leaf | ReadonlyArray<Leaf | ReadonlyArray<Leaf>>} Child
 */

/**
 * Element properties: `class`, `text`, `dataset`, `on` (event → handler), `value`, `checked`, and
 * any other key as an attribute (`false`/`null`/`undefined` omits it, `true` sets it empty).
 * @typedef {{
 *   class?: string,
 *   text?: string | number | null,
 *   dataset?: Record<string, string>,
 *   on?: { [K in keyof HTMLElementEventMap]?: (event: HTMLElementEventMap[K]) => void },
 *   value?: string,
 *   checked?: boolean,
 *   [attribute: string]: unknown,
 * }} Props
 */

/**
 * Creates an element. Children: nodes or strings.
 * @template {keyof HTMLElementTagNameMap} K
 * @param {K} tag
 * @param {Props} [props]
 * @param {...Child} children
 * @returns {HTMLElementTagNameMap[K]}
 */
export function h(tag, props = {}, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (value === null || value === undefined || value === false) continue;
    if (key === 'class') el.className = String(value);
    else if (key === 'text') el.textContent = String(value);
    else if (key === 'dataset') Object.assign(el.dataset, value);
    else if (key === 'on') {
      for (const [type, fn] of Object.entries(/** @type {Record<string, EventListener>} */ (value))) el.addEventListener(type, fn);
    } else if (key === 'value' && 'value' in el) el.value = String(value);
    else if (key === 'checked' && el instanceof HTMLInputElement) el.checked = Boolean(value);
    else el.setAttribute(key, value === true ? '' : String(value));
  }
  append(el, children);
  return el;
}

/**
 * Appends nodes and strings (as text) to `parent`, skipping empty values.
 * @template {ParentNode} P
 * @param {P} parent
 * @param {Child[]} children
 * @returns {P}
 */
export function append(parent, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    parent.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return parent;
}

/**
 * Replaces every child of `parent` with `children`.
 * @template {ParentNode} P
 * @param {P} parent
 * @param {...Child} children
 * @returns {P}
 */
export function replace(parent, ...children) {
  parent.replaceChildren();
  return append(parent, children);
}

/**
 * Shorthand for `document.querySelector`, throwing when the page lacks the element.
 * @param {string} selector
 * @param {ParentNode} [root]
 * @returns {HTMLElement}
 */
export function $(selector, root = document) {
  return $as(HTMLElement, selector, root);
}

/**
 * `$` for an element of a known kind (`$as(HTMLInputElement, '#path-from')`), throwing when the
 * page lacks it or it is of another kind, so a renamed or retyped element in index.html fails
 * loudly at start-up instead of reading `undefined`.
 * @template {Element} E
 * @param {{ new (): E, prototype: E }} type
 * @param {string} selector
 * @param {ParentNode} [root]
 * @returns {E}
 */
export function $as(type, selector, root = document) {
  const el = root.querySelector(selector);
  if (!el) throw new Error(`viewer: the page has no element matching ${selector}`);
  if (!(el instanceof type)) throw new Error(`viewer: ${selector} is a <${el.tagName.toLowerCase()}>, expected a ${type.name}`);
  return el;
}
