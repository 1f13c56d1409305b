// @ts-check
/**
 * Marks the page busy while requests and layouts run: `body[data-busy]` is "true" until the last
 * one settles, so a test (or a screen reader via the status line) knows when the view is stable.
 */
let pending = 0;

/**
 * Runs `work` (a promise or a function returning one) while the page shows busy.
 * @template T
 * @param {Promise<T> | (() => Promise<T>)} work
 * @returns {Promise<T>}
 */
export async function whileBusy(work) {
  pending += 1;
  document.body.dataset.busy = 'true';
  try {
    return await (typeof work === 'function' ? work() : work);
  } finally {
    pending -= 1;
    if (pending === 0) document.body.dataset.busy = 'false';
  }
}
