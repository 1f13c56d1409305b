import { processEnvironment, type Environment } from '../config/index.js';

/** Where a command writes: process.stdout / process.stderr for a real run, any writable stream in a test. */
export type OutputStream = NodeJS.WritableStream & { readonly isTTY?: boolean; readonly columns?: number };

/**
 * Everything a command takes from the process it runs in: its environment and its two output
 * streams. The composition root passes the process's own (processIo); a test passes a plain
 * object and in-memory streams, so a command runs in-process with nothing global touched.
 */
export interface CliIo {
  /** What loadConfig reads: `NEO4J_URI`, `TRADEGRAPH_SNAPSHOT`, `PORT`… and `DEBUG` for stack traces. */
  readonly env: Environment;
  /** The command's result: summaries, JSON, exports, the served URL. */
  readonly stdout: OutputStream;
  /** Errors, warnings and progress, so that stdout stays clean for a pipe. */
  readonly stderr: OutputStream;
}

/** The running process's environment and streams: what `bin/tradegraph.js` and `npm start` use. */
export function processIo(): CliIo {
  return { env: processEnvironment(), stdout: process.stdout, stderr: process.stderr };
}
