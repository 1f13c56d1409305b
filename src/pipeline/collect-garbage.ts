import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

let collector: (() => void) | undefined;

/**
 * Runs a full garbage collection now. Between stages everything a finished stage made and let go
 * (dedupe's folded bodies and shingles, resolve's clusters and indexes, the evidence table) is dead
 * at once, but V8 collects when its heap has grown well past what is live, so without this the
 * next stage's peak sat on top of the last one's garbage: at 1000× the heap reached 1.6 GB with
 * 0.9 GB live after resolve, and the process peaked at 2.8 GB where one collection between stages
 * keeps it under 1.9 GB. Node exposes `gc` only behind `--expose-gc`; the flag is set for the one
 * moment it takes to fetch the function (as jest's leak detector does), so no script sees a `gc`
 * global it did not ask for. A collection costs a fraction of a second on a 1 GB heap.
 */
export function collectGarbage(): void {
  collector ??= fetchCollector();
  collector();
}

function fetchCollector(): () => void {
  const exposed = (globalThis as { gc?: () => void }).gc;
  if (exposed) return exposed;
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as () => void;
  setFlagsFromString('--no-expose-gc');
  return gc;
}
