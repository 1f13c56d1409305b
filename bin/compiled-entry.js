/**
 * Where the command line runs from: the compiled dist/, compiled first when src/ changed.
 *
 * Running the TypeScript sources through tsx cost the server a share of its CPU on every request
 * (esbuild's keepNames wraps each closure in a `__name(...)` call: ≈ 13% of /api/path's CPU at
 * 1000×) and transpiled ≈ 400 modules at every start. dist/ has neither. The price is a compile
 * step, made automatic here and cheap when nothing changed: a walk of src/'s modification times
 * (a few ms) decides, and only a change runs `tsc -b tsconfig.build.json`, which is incremental
 * (dist/.tsbuildinfo). A checkout without src/ (the Docker image) runs dist/ as it is.
 *
 * Plain JavaScript: it runs before anything is compiled.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync, utimesSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import process from 'node:process';
import { URL, fileURLToPath, pathToFileURL } from 'node:url';

/** The repository (or installed package) root: bin/ sits one level down. */
export const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** The compiler's record of its last build; its modification time is when dist/ was last made. */
export const BUILD_INFO = 'dist/.tsbuildinfo';
const ENTRY = 'dist/cli/main.js';
const BUILD_CONFIG = 'tsconfig.build.json';
/** Besides every file and folder under src/ (a folder's time changes when a file is added, removed or renamed). */
const CONFIG_INPUTS = ['tsconfig.json', BUILD_CONFIG];

/** Thrown when src/ changed and `tsc -b` did not compile it (its errors went to stderr). */
export class CompileFailedError extends Error {
  /** @readonly */
  code = 'COMPILE_FAILED';
  /** @param {string} message */
  constructor(message) {
    super(message);
    this.name = 'CompileFailedError';
  }
}

/**
 * Whether dist/ must be (re)compiled: it has no entry or no build record, or a source, a folder
 * of src/ or a compiler setting was modified after the record. Without src/ nothing can be.
 * @param {string} root
 * @returns {boolean}
 */
export function needsCompile(root) {
  if (!existsSync(join(root, 'src'))) return false;
  const built = mtimeMs(join(root, BUILD_INFO));
  if (built === null || !existsSync(join(root, ENTRY))) return true;
  for (const input of CONFIG_INPUTS) {
    const changed = mtimeMs(join(root, input));
    if (changed !== null && changed > built) return true;
  }
  return newestUnder(join(root, 'src')) > built;
}

/**
 * Compiles src/ to dist/ when needsCompile says so; returns whether it compiled. A failed compile
 * leaves the build record marked old, so the next run compiles (and reports) again rather than
 * running what the failed compile left.
 * @param {string} [root]
 * @param {{ stderr?: { write(text: string): unknown } }} [options]
 * @returns {boolean}
 */
export function ensureCompiled(root = ROOT, options = {}) {
  if (!needsCompile(root)) return false;
  const stderr = options.stderr ?? process.stderr;
  stderr.write(`tradegraph: compiling src/ to dist/ (${BUILD_CONFIG}; the sources changed since the last compile)\n`);
  const tsc = createRequire(join(root, 'package.json')).resolve('typescript/bin/tsc');
  const result = spawnSync(process.execPath, [tsc, '-b', join(root, BUILD_CONFIG)], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });
  // The compiler's errors go to stderr: stdout is the command's own (`--json`).
  stderr.write(`${result.stdout ?? ''}${result.stderr ?? ''}`);
  const record = join(root, BUILD_INFO);
  if (result.status === 0) {
    // tsc -b leaves the record's time alone when it finds nothing to emit (a touched file, same
    // content): dated now, the next start does not ask it again.
    const now = new Date();
    utimesSync(record, now, now);
    return true;
  }
  if (existsSync(record)) utimesSync(record, 0, 0);
  throw new CompileFailedError(`tsc -b ${BUILD_CONFIG} failed (${result.error?.message ?? `exit code ${result.status}`}); fix the errors above`);
}

/**
 * The URL of the compiled command line, compiled first when needed.
 * @param {string} [root]
 * @returns {string}
 */
export function compiledEntry(root = ROOT) {
  ensureCompiled(root);
  return pathToFileURL(join(root, ENTRY)).href;
}

/** @param {string} path @returns {number | null} */
function mtimeMs(path) {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return null;
  }
}

/** @param {string} dir @returns {number} the newest modification time of dir and everything under it */
function newestUnder(dir) {
  let newest = statSync(dir).mtimeMs;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    const time = statSync(join(entry.parentPath, entry.name)).mtimeMs;
    if (time > newest) newest = time;
  }
  return newest;
}
