/**
 * `npm run bench`: runs every tests/bench/*.bench.ts in turn (or only those named on the command
 * line, e.g. `npm run bench -- stages http`: a name is that bench, or else every bench it begins),
 * prints their figures and writes them to bench-results/<date>-<commit>.json. `npm run bench:large` adds 1000× the sample. Speed and
 * memory targets live here, never in timed unit tests.
 */
import { readdirSync } from 'node:fs';
import { loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { writeResults } from './lib/results.js';
import { selectBenches } from './lib/select-benches.js';

const here = dirname(fileURLToPath(import.meta.url));
/** Benches that must run in this order: the HTTP bench serves the 100× snapshot the stage bench built. */
const ORDER = ['extract', 'dedupe', 'stages', 'http', 'neo4j-load', 'http-neo4j', 'browser'];
const wanted = process.argv.slice(2);
const benches = selectBenches(readdirSync(here), wanted, ORDER);

if (benches.length === 0) {
  console.error(`No benchmark matches ${wanted.join(', ') || '*'} in ${here}.`);
  process.exit(1);
}
// The machine may be shared: say how busy it was, since every figure below depends on it.
console.log(`load average at start: ${loadavg().map((l) => l.toFixed(2)).join(', ')}`);
let failures = 0;
for (const name of benches) {
  console.log(`\n=== ${name}`);
  const started = performance.now();
  try {
    const module = (await import(pathToFileURL(join(here, name)).href)) as { default: () => Promise<void> };
    await module.default();
  } catch (error) {
    failures += 1;
    console.error(`${name} failed: ${error instanceof Error ? error.stack : String(error)}`);
  }
  console.log(`(${name}: ${((performance.now() - started) / 1000).toFixed(1)} s)`);
}
console.log(`\nload average at end: ${loadavg().map((l) => l.toFixed(2)).join(', ')}`);
const written = writeResults();
if (written) console.log(`figures written to ${written}`);
process.exit(failures === 0 ? 0 : 1);
