import { TradegraphError } from '../domain/index.js';
import { wantsStackTraces } from '../config/index.js';

/** Exit codes: 0 success, 1 the work failed, 2 the command line was wrong (commander's own). */
export const EXIT_FAILURE = 1;

/**
 * Wraps a command action so a failure prints one actionable line (`tradegraph: [CODE] message`)
 * and sets a non-zero exit code instead of dumping a stack trace. DEBUG=tradegraph shows the stack.
 */
export function runAction<A extends unknown[]>(action: (...args: A) => Promise<void>): (...args: A) => Promise<void> {
  return async (...args: A) => {
    try {
      await action(...args);
    } catch (error) {
      process.exitCode = EXIT_FAILURE;
      if (error instanceof TradegraphError) {
        process.stderr.write(`tradegraph: [${error.code}] ${error.message}\n`);
      } else {
        process.stderr.write(`tradegraph: unexpected error: ${error instanceof Error ? error.message : String(error)}\n`);
      }
      if (wantsStackTraces() && error instanceof Error) process.stderr.write(`${error.stack}\n`);
    }
  };
}
