#!/usr/bin/env node
/**
 * The composition root: every command is registered here and only here does anything listen or
 * exit. Nothing imports cli/.
 */
import { Command } from 'commander';
import { registerBuildCommand } from './commands/build.js';

export function createProgram(): Command {
  const program = new Command('tradegraph')
    .description('Knowledge graph of government trade press releases: who met whom, agreements, posts, with evidence')
    .version('0.1.0')
    .showHelpAfterError();
  registerBuildCommand(program);
  return program;
}

await createProgram().parseAsync(process.argv);
