import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

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
