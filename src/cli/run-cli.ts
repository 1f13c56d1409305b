import { processIo, type CliIo } from './cli-io.js';
import { createProgram } from './program.js';
import { runProgram } from './run-program.js';

/**
 * Runs one `tradegraph` command line in this process and returns its exit code: what the bin does
 * with the process's environment and streams, and what a test does with its own, e.g.
 * `await runCli(['build', '--json', '--out', file], { env: {}, stdout, stderr })`.
 */
export function runCli(argv: readonly string[], io: CliIo = processIo()): Promise<number> {
  return runProgram(createProgram(io), argv, io);
}
