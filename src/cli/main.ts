#!/usr/bin/env node
/**
 * The composition root: every command is registered here and only here does anything listen or
 * exit. Nothing imports cli/.
 */
import { Command } from 'commander';
import { loadConfig, processEnvironment } from '../config/index.js';
import { resolveInputs } from '../pipeline/index.js';
import { registerBuildCommand } from './commands/build.js';
import { registerEvalCommand } from './commands/eval.js';
import { registerExplainCommand } from './commands/explain.js';
import { registerExportCommand } from './commands/export.js';
import { registerExtractCommand } from './commands/extract.js';
import { registerLoadCommand } from './commands/load.js';
import { registerServeCommand } from './commands/serve.js';
import { registerStartCommand } from './commands/start.js';

export function createProgram(): Command {
  const program = new Command('tradegraph')
    .description('Knowledge graph of government trade press releases: who met whom, agreements, posts, with evidence')
    .version('0.1.0')
    .showHelpAfterError();
  registerBuildCommand(program);
  registerStartCommand(program);
  registerServeCommand(program);
  registerLoadCommand(program);
  registerExtractCommand(program);
  registerEvalCommand(program);
  // Resolved with the configured stage options (TRADEGRAPH_CONFIG), as `build` resolved the graph.
  const resolveConfigured = async (inputs: readonly string[]) => {
    const { stages, limits } = loadConfig(processEnvironment());
    return (await resolveInputs(inputs, { stages, limits })).corpus;
  };
  registerExplainCommand(program, { loadCorpus: resolveConfigured });
  registerExportCommand(program);
  return program;
}

await createProgram().parseAsync(process.argv);
