import { TradegraphError } from '../domain/index.js';
import { wantsStackTraces } from '../config/index.js';
import type { CliIo } from './cli-io.js';

/** Exit codes: 0 success, 1 the work failed or the command line was wrong (commander's own code for that). */
export const EXIT_SUCCESS = 0;
export const EXIT_FAILURE = 1;

/**
 * Prints a failed command's one actionable line on stderr (`tradegraph: [CODE] message`) instead
 * of a stack trace, and returns the exit code. `DEBUG=tradegraph` in the environment adds the stack.
 */
export function reportFailure(error: unknown, io: Pick<CliIo, 'env' | 'stderr'>): number {
  if (error instanceof TradegraphError) {
    io.stderr.write(`tradegraph: [${error.code}] ${error.message}\n`);
  } else {
    io.stderr.write(`tradegraph: unexpected error: ${error instanceof Error ? error.message : String(error)}\n`);
  }
  if (wantsStackTraces(io.env) && error instanceof Error) io.stderr.write(`${error.stack}\n`);
  return EXIT_FAILURE;
}
