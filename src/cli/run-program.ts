import { CommanderError, type Command } from 'commander';
import type { CliIo } from './cli-io.js';
import { EXIT_SUCCESS, reportFailure } from './exit.js';

/**
 * Sends commander's own output (help, version, usage errors) to the io's streams and makes it
 * throw instead of calling process.exit, on the command and every subcommand: commander copies
 * these settings only into subcommands created after they are set.
 */
function bindToIo(command: Command, io: CliIo): void {
  command.exitOverride().configureOutput({
    writeOut: (text) => void io.stdout.write(text),
    writeErr: (text) => void io.stderr.write(text),
    // Help wraps to the terminal it is printed on, else at 80 columns, as commander does for process.stdout.
    getOutHelpWidth: () => (io.stdout.isTTY && io.stdout.columns) || 80,
    getErrHelpWidth: () => (io.stderr.isTTY && io.stderr.columns) || 80,
  });
  for (const sub of command.commands) bindToIo(sub, io);
}

/**
 * Parses `argv` (the arguments after the command's name, e.g. `['build', '--json']`) and runs the
 * chosen action to its end; returns the exit code instead of exiting. Usage errors keep commander's
 * message and code; a failed action prints one `tradegraph: [CODE] message` line and gives 1.
 * A command that keeps serving (`serve`, `start`) returns 0 once it listens.
 */
export async function runProgram(program: Command, argv: readonly string[], io: CliIo): Promise<number> {
  bindToIo(program, io);
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return EXIT_SUCCESS;
  } catch (error) {
    // Help and --version arrive here as "errors" with exit code 0; commander has printed them.
    if (error instanceof CommanderError) return error.exitCode;
    return reportFailure(error, io);
  }
}
