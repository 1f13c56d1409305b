/**
 * `npm run bench`: runs every tests/bench/*.bench.ts in turn (or only those named on the command
 * line, e.g. `npm run bench -- extract http`) and prints their figures. Speed and memory targets
 * live here, never in timed unit tests.
 */
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const wanted = process.argv.slice(2);
const benches = readdirSync(here)
  .filter((name) => name.endsWith('.bench.ts'))
  .filter((name) => wanted.length === 0 || wanted.some((w) => name.startsWith(w)))
  .sort();

if (benches.length === 0) {
  console.error(`No benchmark matches ${wanted.join(', ') || '*'} in ${here}.`);
  process.exit(1);
}
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
process.exit(failures === 0 ? 0 : 1);
