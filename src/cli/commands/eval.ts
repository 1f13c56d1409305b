import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import type { Command } from 'commander';
import { InputError } from '../../domain/index.js';
import { runAction } from '../exit.js';
import { DEFAULT_INPUTS } from './build.js';
import { extractInputs, formatExtractions } from './extract.js';

const run = promisify(execFile);

interface EvalOptions {
  readonly gold: string;
  readonly scorer: string;
  readonly verbose?: boolean;
}

function mustExist(path: string, flag: string): string {
  const full = resolve(path);
  if (!existsSync(full)) {
    throw new InputError('EVAL_FILE_MISSING', `${flag} ${full} does not exist; the shared evaluation folder is expected at ../shared/eval next to the repository, or pass ${flag} PATH.`);
  }
  return full;
}

/** `tradegraph eval [inputs...]`: extracts the seeds and prints the scorer's table against the gold. */
export function registerEvalCommand(program: Command): void {
  program
    .command('eval')
    .description('Score the extraction of the seed dumps against the hand-made gold annotations')
    .argument('[inputs...]', 'dump files or folders to extract', DEFAULT_INPUTS)
    .option('--gold <file>', 'gold annotations (JSON lines)', '../shared/eval/gold-seeds.jsonl')
    .option('--scorer <file>', 'the scorer script', '../shared/eval/score.mjs')
    .option('--verbose', 'list every miss and extra')
    .action(
      runAction(async (inputs: string[], options: EvalOptions) => {
        const gold = mustExist(options.gold, '--gold');
        const scorer = mustExist(options.scorer, '--scorer');
        const { documents, extractions } = await extractInputs(inputs);
        const dir = await mkdtemp(join(tmpdir(), 'tradegraph-eval-'));
        try {
          const predicted = join(dir, 'predicted.jsonl');
          await writeFile(predicted, formatExtractions(documents, extractions, 'gold'), 'utf8');
          const args = [scorer, gold, predicted, ...(options.verbose ? ['--verbose'] : [])];
          const { stdout } = await run(process.execPath, args, { maxBuffer: 64 * 1024 * 1024 });
          process.stdout.write(stdout);
        } finally {
          await rm(dir, { recursive: true, force: true });
        }
      }),
    );
}
