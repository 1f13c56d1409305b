import { Command } from 'commander';
import { loadConfig } from '../config/index.js';
import { resolveInputs } from '../pipeline/index.js';
import type { CliIo } from './cli-io.js';
import { registerBuildCommand } from './commands/build.js';
import { registerEvalCommand } from './commands/eval.js';
import { registerExplainCommand } from './commands/explain.js';
import { registerExportCommand } from './commands/export.js';
import { registerExtractCommand } from './commands/extract.js';
import { registerLoadCommand } from './commands/load.js';
import { registerServeCommand } from './commands/serve.js';
import { registerStartCommand } from './commands/start.js';

/** The `tradegraph` command with every subcommand, each reading its environment and writing to `io`. */
export function createProgram(io: CliIo): Command {
  const program = new Command('tradegraph')
    .description('Knowledge graph of government trade press releases: who met whom, agreements, posts, with evidence')
    .version('0.1.0')
    .showHelpAfterError();
  registerBuildCommand(program, io);
  registerStartCommand(program, io);
  registerServeCommand(program, io);
  registerLoadCommand(program, io);
  registerExtractCommand(program, io);
  registerEvalCommand(program, io);
  // Resolved with the configured stage options (TRADEGRAPH_CONFIG), as `build` resolved the graph.
  const resolveConfigured = async (inputs: readonly string[]) => {
    const { stages, limits } = loadConfig(io.env);
    return (await resolveInputs(inputs, { stages, limits })).corpus;
  };
  registerExplainCommand(program, io, { loadCorpus: resolveConfigured });
  registerExportCommand(program, io);
  return program;
}
