import { execFile } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { Command } from 'commander';
import { InputError } from '../../domain/index.js';
import type { CliIo, OutputStream } from '../cli-io.js';
import type { GoldBodies } from '../../export/index.js';
import { extractInputs, formatExtractions } from './extract.js';

const run = promisify(execFile);

/** The repository root: `src/cli/commands` and `dist/cli/commands` both sit three levels down. */
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

/** One annotated set of `eval/sets.json`. */
export interface EvalSet {
  readonly name: string;
  /** Dump file or folder, relative to the repository. */
  readonly dump: string;
  /** Gold annotations (JSON lines), relative to the repository. */
  readonly gold: string;
  /** True when the extractor was changed after reading this set's misses. */
  readonly tuned: boolean;
  /**
   * Whether its annotators listed bodies a title only implies (`implied`, the default, as the
   * reference gold does: `Minister of X` lists a `Ministry of X`) or only bodies the text names
   * (`named`, the sealed sets' written convention): the gold export follows.
   */
  readonly bodies?: GoldBodies;
}

interface EvalOptions {
  readonly sets: string;
  readonly scorer: string;
  readonly gold?: string;
  readonly set?: string;
  readonly verbose?: boolean;
  readonly json?: boolean;
}

const CATEGORIES = ['persons', 'organizations', 'countries', 'agreements', 'met_pairs', 'positions'] as const;
const ATTRIBUTES = ['person_country', 'org_kind', 'org_country', 'agreement_kind', 'agreement_status', 'agreement_parties', 'meeting_date'] as const;

/** The scorer's `--json` answer, as far as the table reads it. */
type ScorerResult = { readonly [C in (typeof CATEGORIES)[number]]?: { readonly f1: number } } & {
  readonly attributes: { readonly [attribute: string]: { readonly accuracy: number | null } | undefined };
};

function mustExist(path: string, what: string): string {
  const full = resolve(path);
  if (!existsSync(full)) throw new InputError('EVAL_FILE_MISSING', `${what} ${full} does not exist; expected it in the repository (see eval/README.md).`);
  return full;
}

/**
 * The sets `eval/sets.json` lists, each file checked to exist, then any other folder of
 * `fixtures` (default `tests/fixtures`) holding a `gold.jsonl` beside a `releases.txt`: a set
 * committed by someone who did not edit the list (a sealed set) is scored too, as not tuned on.
 */
export function readEvalSets(path: string, fixtures: string = join(ROOT, 'tests/fixtures')): EvalSet[] {
  const listed = (JSON.parse(readFileSync(mustExist(path, 'the list of annotated sets'), 'utf8')) as EvalSet[]).map((s) => ({
    ...s,
    dump: mustExist(resolve(ROOT, s.dump), `the dump of set ${s.name}`),
    gold: mustExist(resolve(ROOT, s.gold), `the gold of set ${s.name}`),
  }));
  const known = new Set(listed.map((s) => s.gold));
  const found = existsSync(fixtures)
    ? readdirSync(fixtures, { withFileTypes: true })
        .filter((d) => d.isDirectory())
        .map((d) => ({ name: d.name, dump: join(fixtures, d.name, 'releases.txt'), gold: join(fixtures, d.name, 'gold.jsonl'), tuned: false }))
        .filter((s) => existsSync(s.dump) && existsSync(s.gold) && !known.has(s.gold))
        .sort((a, b) => a.name.localeCompare(b.name))
    : [];
  return [...listed, ...found];
}

/** Extracts `inputs` in the gold format and runs the scorer against `gold`: its text, or its JSON with `json`. */
async function score(inputs: readonly string[], gold: string, scorer: string, flags: readonly string[], stderr: OutputStream, bodies: GoldBodies = 'implied'): Promise<string> {
  const { documents, extractions } = await extractInputs(inputs, stderr);
  const dir = await mkdtemp(join(tmpdir(), 'tradegraph-eval-'));
  try {
    const predicted = join(dir, 'predicted.jsonl');
    await writeFile(predicted, formatExtractions(documents, extractions, 'gold', bodies), 'utf8');
    const { stdout } = await run(process.execPath, [scorer, gold, predicted, ...flags], { maxBuffer: 64 * 1024 * 1024 });
    return stdout;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** One table: a row per category and attribute, a column per set. */
export function formatTable(results: readonly (readonly [EvalSet, ScorerResult])[]): string {
  const width = Math.max(14, ...results.map(([s]) => s.name.length + (s.tuned ? 1 : 0) + 2));
  const cell = (v: number | null | undefined): string => (v === null || v === undefined ? '-' : v.toFixed(3)).padStart(width);
  const head = ''.padEnd(18) + results.map(([s]) => `${s.name}${s.tuned ? '*' : ''}`.padStart(width)).join('');
  const rows = [
    head,
    ...CATEGORIES.map((c) => `${`${c} F1`.padEnd(18)}${results.map(([, r]) => cell(r[c]?.f1)).join('')}`),
    ...ATTRIBUTES.map((a) => `${a.padEnd(18)}${results.map(([, r]) => cell(r.attributes[a]?.accuracy)).join('')}`),
  ];
  const tuned = results.some(([s]) => s.tuned) ? ['* tuned on: a development set, its score overstates generalisation'] : [];
  return [...rows, ...tuned].join('\n') + '\n';
}

/**
 * `tradegraph eval`: extracts every annotated set of `eval/sets.json` and prints their F1 and
 * attribute accuracy side by side; `--set NAME --verbose` prints one set's misses; with inputs and
 * `--gold`, scores those dumps against that gold.
 */
export function registerEvalCommand(program: Command, io: CliIo): void {
  program
    .command('eval')
    .description('Score the extraction of every annotated set (eval/sets.json) against its hand-made gold')
    .argument('[inputs...]', 'dump files or folders to score against --gold instead of the listed sets')
    .option('--sets <file>', 'the list of annotated sets', join(ROOT, 'eval/sets.json'))
    .option('--scorer <file>', 'the scorer script', join(ROOT, 'eval/score.mjs'))
    .option('--gold <file>', 'gold annotations for the given inputs (JSON lines)')
    .option('--set <name>', 'score only this set')
    .option('--verbose', "print the scorer's own report, with every miss and extra")
    .option('--json', 'print the scores as JSON, keyed by set')
    .action(
      async (inputs: string[], options: EvalOptions) => {
        const scorer = mustExist(options.scorer, 'the scorer');
        if (inputs.length > 0) {
          if (!options.gold) throw new InputError('EVAL_GOLD_MISSING', 'eval with inputs needs --gold FILE, the annotations of those releases.');
          io.stdout.write(await score(inputs, mustExist(options.gold, '--gold'), scorer, options.verbose ? ['--verbose'] : [], io.stderr));
          return;
        }
        let sets = readEvalSets(options.sets);
        if (options.set) {
          sets = sets.filter((s) => s.name === options.set);
          if (!sets.length) throw new InputError('EVAL_SET_UNKNOWN', `--set expects one of the names in ${options.sets}, found "${options.set}".`);
        }
        if (options.verbose) {
          for (const s of sets) io.stdout.write(`== ${s.name}\n${await score([s.dump], s.gold, scorer, ['--verbose'], io.stderr, s.bodies)}`);
          return;
        }
        const results: [EvalSet, ScorerResult][] = [];
        for (const s of sets) results.push([s, JSON.parse(await score([s.dump], s.gold, scorer, ['--json'], io.stderr, s.bodies)) as ScorerResult]);
        if (options.json) io.stdout.write(`${JSON.stringify(Object.fromEntries(results.map(([s, r]) => [s.name, r])), null, 2)}\n`);
        else io.stdout.write(formatTable(results));
      },
    );
}
