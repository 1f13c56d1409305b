/**
 * The one way the viewer builds DOM: every string becomes a text node or an attribute value, never
 * markup. Data from documents (names, sentences, titles) therefore cannot inject elements or script:
 * an entity named `<img src=x onerror=alert(1)>` is shown as those characters.
 */

/**
 * Creates an element. `props`: `class`, `text`, `dataset`, `on` (event → handler), and any other
 * key as an attribute (`false`/`null` omits it, `true` sets it empty). Children: nodes or strings.
 * @param {string} tag
 * @param {Record<string, any>} [props]
 * @param {...(Node|string|number|null|undefined|false)} children
 * @returns {HTMLElement}
 */
export function h(tag, props = {}, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (value === null || value === undefined || value === false) continue;
    if (key === 'class') el.className = value;
    else if (key === 'text') el.textContent = String(value);
    else if (key === 'dataset') Object.assign(el.dataset, value);
    else if (key === 'on') for (const [type, fn] of Object.entries(value)) el.addEventListener(type, fn);
    else if (key === 'value') el.value = value;
    else if (key === 'checked') el.checked = Boolean(value);
    else el.setAttribute(key, value === true ? '' : String(value));
  }
  append(el, children);
  return el;
}

/** Appends nodes and strings (as text) to `parent`, skipping empty values. */
export function append(parent, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    parent.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return parent;
}

/** Replaces every child of `parent` with `children`. */
export function replace(parent, ...children) {
  parent.replaceChildren();
  return append(parent, children);
}

/** Shorthand for `document.querySelector`, throwing when the page lacks the element. */
export function $(selector, root = document) {
  const el = root.querySelector(selector);
  if (!el) throw new Error(`viewer: the page has no element matching ${selector}`);
  return el;
}
