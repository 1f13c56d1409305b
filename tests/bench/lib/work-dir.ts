import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Where a scale's generated corpus and snapshot live during a bench run (kept afterwards for inspection; /tmp is cleaned by the system). */
export function workDir(scale: number, seed: number): { root: string; corpus: string; snapshot: string } {
  const root = join(process.env.BENCH_WORK_DIR ?? join(tmpdir(), 'tradegraph-bench'), `x${scale}-s${seed}`);
  return { root, corpus: join(root, 'corpus'), snapshot: join(root, 'graph.json') };
}

/** Snapshots the stage bench built in this run, by scale, for the HTTP bench to serve; `failed` holds the scales whose build failed (not to be tried again). */
export const builtSnapshots = Object.assign(new Map<number, string>(), { failed: new Set<number>() });

/** The corpus seed every bench uses (BENCH_SEED overrides it). */
export const BENCH_SEED = Number(process.env.BENCH_SEED ?? 1);

/** 1×, 10×, 100× the sample; `npm run bench:large` adds 1000×; BENCH_SCALES=1,10 picks others. */
export function benchScales(): number[] {
  if (process.env.BENCH_SCALES) return process.env.BENCH_SCALES.split(',').map(Number);
  return process.env.BENCH_LARGE ? [1, 10, 100, 1000] : [1, 10, 100];
}
