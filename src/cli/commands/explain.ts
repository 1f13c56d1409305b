import type { Command } from 'commander';
import { explain, formatExplanation, type ResolvedCorpus } from '../../resolve/index.js';
import type { CliIo } from '../cli-io.js';
import { DEFAULT_INPUTS } from './build.js';

export interface ExplainDeps {
  /** Reads, deduplicates, extracts and resolves the inputs (the pipeline up to resolve). */
  readonly loadCorpus: (inputs: string[]) => Promise<ResolvedCorpus>;
}

interface ExplainOptions {
  readonly input: string[];
  readonly json?: boolean;
}

/**
 * `tradegraph explain ENTITY [--input PATH...] [--json]`: every mention and release behind a node
 * and the rule behind each merge, e.g. why `JK Kim` is Kim Jung-kwan or why a `Minister Kim` was
 * kept apart.
 */
export function registerExplainCommand(program: Command, io: CliIo, deps: ExplainDeps): void {
  program
    .command('explain')
    .description('Show the mentions, releases and merge decisions behind an entity (name, alias, acronym or node key)')
    .argument('<entity>', 'e.g. "JK Kim", MOTIR, person:kim-jung-kwan')
    .option('--input <paths...>', 'dump files or folders to resolve', DEFAULT_INPUTS)
    .option('--json', 'print the explanation as JSON')
    .action(
      async (entity: string, options: ExplainOptions) => {
        const corpus = await deps.loadCorpus(options.input);
        const explanation = explain(corpus, entity);
        io.stdout.write(options.json ? `${JSON.stringify(explanation, null, 2)}\n` : `${formatExplanation(explanation)}\n`);
      },
    );
}
