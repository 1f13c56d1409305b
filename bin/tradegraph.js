#!/usr/bin/env node
/**
 * The `tradegraph` command (package.json `bin`; `npm start` and `npm run tradegraph` run it too):
 * runs the compiled command line in dist/, compiling src/ first when it changed since the last
 * compile (see compiled-entry.js), so `npx tradegraph …` works on a fresh clone and never runs a
 * stale dist/.
 */
import process from 'node:process';
import { CompileFailedError, compiledEntry } from './compiled-entry.js';

let entry;
try {
  entry = compiledEntry();
} catch (error) {
  if (!(error instanceof CompileFailedError)) throw error;
  process.stderr.write(`tradegraph: [${error.code}] ${error.message}\n`);
  process.exit(1);
}
await import(entry);
