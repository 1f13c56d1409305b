/** Work longer than this without a pause holds up every request waiting behind it. */
export const SLICE_MS = 8;

/** Lets the requests queued behind long work in first (the next turn of the event loop). */
export function nextTurn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
