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
 * global it did not ask for.
 *
 * Its cost is the live heap, not the garbage: at 1000× 2.2–3.3 s CPU before the build (0.9 GB live)
 * and before the snapshot write (1.0 GB), against 0.15 s at 100×, which is what pushes those two
 * stages' growth exponents over 1.05. It also resets V8's allocation limit to a little over the
 * live heap, so at 1000× the build's own allocation (~0.65 GB) meets a second full collection of
 * the same heap mid-stage (none at 100×); and on a loaded machine, where the snapshot write ran
 * 257 s of wall time, two more memory-reducing collections came 117 and 119 s apart (seemingly
 * V8's memory-reducer watchdog, which collects after 100 s without one). Less
 * live at the boundary is the lever: see buildGraphFromInputs and extractDocuments, which let go
 * of the extractions before the build.
 *
 * Measured without the two collections (1000x, load 17–33, heap in use per StageFigures): resolve
 * starts with 517 MB live and ends at 1,578 MB in use with no collection of V8's own in between
 * (its limit had grown past the resolve's garbage), the build ends at 2,150 MB and the process
 * peaks at 2,632 MiB in the snapshot write; build 7.2 s and write 26.5 s CPU, exponents 0.87 and
 * 0.99 against the forced-collection 100x run. So the collections are what keeps the peak down,
 * and the garbage resolve leaves (~1 GB) is the part to avoid making, not only to collect. At
 * 100x the live heap before the build is 77 MB: document bodies 24 MB (two-byte, and rightly:
 * every generated release has curly quotes or dashes), 101k resolved mentions 8.5 MB plus their
 * arrays, 47k evidence 2.5 MB, code and module sources ~10 MB; no sliced string pins anything but
 * its document's body.
 *
 * `headroom` sets how far the heap may then grow, as a multiple of what the collection left live,
 * before V8 starts its next full collection; without it V8 chooses, and after a forced collection
 * at 1000x it chose ~2x before the build and ~1.3x before the write, so each of those stages met
 * one more full collection of the whole heap midway, which no smaller corpus met (see
 * settle-before.ts).
 */
export function collectGarbage(headroom?: number): void {
  collector ??= fetchCollector();
  if (headroom === undefined) {
    collector();
    return;
  }
  // V8 sets the limit of its next full collection as this one ends, from this factor; 0 gives it
  // back its own choice, so only this collection's limit is changed.
  setFlagsFromString(`--heap-growing-percent=${Math.round((headroom - 1) * 100)}`);
  try {
    collector();
  } finally {
    setFlagsFromString('--heap-growing-percent=0');
  }
}

function fetchCollector(): () => void {
  const exposed = (globalThis as { gc?: () => void }).gc;
  if (exposed) return exposed;
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as () => void;
  setFlagsFromString('--no-expose-gc');
  return gc;
}
