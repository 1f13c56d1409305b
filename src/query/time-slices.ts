import { nextTurn, SLICE_MS } from './event-loop-turn.js';

/**
 * A pause to await between steps of long work done at start (building an index over every node):
 * it yields a turn of the event loop once `sliceMs` have passed since the last one, so requests
 * that arrive meanwhile wait at most a slice, and costs a clock read otherwise.
 */
export function timeSlices(sliceMs = SLICE_MS, now: () => number = () => performance.now()): () => Promise<void> | undefined {
  let started = now();
  return () => {
    if (now() - started <= sliceMs) return undefined;
    return nextTurn().then(() => {
      started = now();
    });
  };
}
