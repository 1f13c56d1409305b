import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';

/**
 * Starts the extraction worker next to this file. Compiled (`dist/…/extract-worker.js`) it is
 * started directly. From the TypeScript sources (`npm start`, `npm run tradegraph`, the tests) a
 * worker thread does not inherit tsx's loader, so a two-line bootstrap registers tsx in the new
 * thread first and then imports `extract-worker.ts`.
 */
export function spawnExtractWorker(workerData: unknown): Worker {
  const fromSources = import.meta.url.endsWith('.ts');
  const entry = new URL(fromSources ? './extract-worker.ts' : './extract-worker.js', import.meta.url);
  if (!fromSources) return new Worker(entry, { workerData });
  const bootstrap = `import(${JSON.stringify(tsxApi())}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry.href)}); });`;
  return new Worker(bootstrap, { eval: true, workerData });
}

// tsx's ESM API; its package exports only the CommonJS build to require(), so the path is built from its folder.
function tsxApi(): string {
  const tsxFolder = dirname(createRequire(import.meta.url).resolve('tsx/package.json'));
  return pathToFileURL(join(tsxFolder, 'dist/esm/api/index.mjs')).href;
}
