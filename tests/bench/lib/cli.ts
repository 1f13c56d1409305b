import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureCompiled } from '../../../bin/compiled-entry.js';

/** The repository root. */
export const REPO = fileURLToPath(new URL('../../..', import.meta.url));

/**
 * How the bench runs the real command line: node with tsx's loader on src/cli/main.ts, as
 * `npm run tradegraph` does but without npm and tsx's own wrapper process, so the measured process
 * is the CLI itself.
 */
export function cliCommand(...args: string[]): [string, string[]] {
  return tsxScript('src/cli/main.ts', ...args);
}

/** Any TypeScript script of the repository run the same way (path relative to the repository root). */
export function tsxScript(script: string, ...args: string[]): [string, string[]] {
  return [process.execPath, ['--import', 'tsx', join(REPO, script), ...args]];
}

/**
 * The V8 flags `npm start` gives the server's node (package.json `start`: `node <flags>
 * bin/tradegraph.js start`), read from that script so the bench serves the way users do. A larger young generation
 * for the long-running server: at 1000× its 1.3 GB of old heap makes every scavenge slow, and
 * fewer of them cut p99 (meetings 73 → 36 ms, posts 51 → 37 ms at 1000×, 2026-12-06).
 */
export function serverNodeFlags(startScript: string = startScriptOf(REPO)): string[] {
  const words = startScript.trim().split(/\s+/);
  if (words[0] !== 'node') return [];
  const flags: string[] = [];
  for (const word of words.slice(1)) {
    if (word === '--import' || !word.startsWith('--')) break;
    flags.push(word);
  }
  return flags;
}

function startScriptOf(repo: string): string {
  const manifest = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8')) as { scripts?: Record<string, string> };
  return manifest.scripts?.start ?? '';
}

/**
 * The real `tradegraph serve` (or any CLI command) run as a server, the way users run it: the
 * installed command `bin/tradegraph.js`, which runs the compiled dist/, with the node flags `npm
 * start` uses. Call ensureServerCompiled first, so a compile is never timed as the server's start.
 */
export function serverCommand(...args: string[]): [string, string[]] {
  // BENCH_SERVE_FLAGS: node flags added for an experiment (e.g. --trace-gc, another heap sizing).
  const extra = process.env.BENCH_SERVE_FLAGS?.split(/\s+/).filter(Boolean) ?? [];
  return [process.execPath, [...serverNodeFlags(), ...extra, join(REPO, 'bin/tradegraph.js'), ...args]];
}

/** Compiles src/ to dist/ when it changed (what bin/tradegraph.js would do at its start); returns whether it did. */
export function ensureServerCompiled(): boolean {
  return ensureCompiled(REPO);
}
