import { writeFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { extractOptionsOf, InvalidRequestError, type Document, type Extraction } from '../../domain/index.js';
import { toGoldRecord, type GoldBodies } from '../../export/index.js';
import { DEFAULT_CONFIG, loadConfig, parseWorkers, type AppConfig } from '../../config/index.js';
import { extractDocuments, extractionIssues, loadDocuments } from '../../pipeline/index.js';
import type { CliIo, OutputStream } from '../cli-io.js';
import { requireDocuments } from '../require-documents.js';
import { DEFAULT_INPUTS } from './build.js';
const FORMATS = ['gold', 'json'] as const;
type Format = (typeof FORMATS)[number];
const BODIES: readonly GoldBodies[] = ['named', 'implied'];

interface ExtractOptions {
  readonly format: string;
  readonly out?: string;
  readonly workers?: string;
  readonly config?: string;
  readonly bodies: string;
}

/**
 * Reads, merges duplicates and extracts (the pipeline's first stages) on `workers` threads: one
 * Extraction per distinct article. Input issues and any document whose extraction fails are reported on `stderr`.
 */
export async function extractInputs(
  inputs: readonly string[],
  stderr: OutputStream,
  workers: number = DEFAULT_CONFIG.workers,
  config: Pick<AppConfig, 'stages' | 'limits'> = DEFAULT_CONFIG,
): Promise<{ documents: readonly Document[]; extractions: Extraction[] }> {
  const loaded = await loadDocuments(inputs, { stages: config.stages, limits: config.limits });
  requireDocuments(loaded, inputs);
  // What the reading found wrong (a record kept without its date, a malformed one skipped) is told
  // here as `build` tells it: a gold export silently missing dates once cost a whole set its meeting dates.
  for (const issue of loaded.parse.issues) stderr.write(`tradegraph: ${issue.message}\n`);
  const documents = loaded.dedupe.documents;
  const outcomes = await extractDocuments(documents, { workers, extract: extractOptionsOf(config.stages, config.limits) });
  for (const issue of extractionIssues(documents, outcomes)) stderr.write(`tradegraph: ${issue.message}\n`);
  return { documents, extractions: outcomes.map((o) => o.extraction) };
}

/** The extraction as text: gold-format JSON lines (one article a line, bodies as `bodies` says) or one JSON array. */
export function formatExtractions(documents: readonly Document[], extractions: readonly Extraction[], format: Format, bodies: GoldBodies = 'implied'): string {
  if (format === 'json') return `${JSON.stringify(extractions, null, 2)}\n`;
  return documents.map((d, i) => JSON.stringify(toGoldRecord(d, extractions[i]!, { bodies }))).join('\n') + '\n';
}

export function parseBodies(value: string): GoldBodies {
  const found = BODIES.find((b) => b === value);
  if (found) return found;
  throw new InvalidRequestError('BAD_FORMAT', `--bodies expects one of ${BODIES.join(', ')}, found "${value}".`);
}

function parseFormat(value: string): Format {
  if ((FORMATS as readonly string[]).includes(value)) return value as Format;
  throw new InvalidRequestError('BAD_FORMAT', `--format expects one of ${FORMATS.join(', ')}, found "${value}".`);
}

/** `tradegraph extract [inputs...] --format gold|json [--out FILE]`. */
export function registerExtractCommand(program: Command, io: CliIo): void {
  program
    .command('extract')
    .description('Extract people, bodies, countries, agreements and meetings from press-release dumps, per distinct article')
    .argument('[inputs...]', 'dump files (.txt, .jsonl) or folders', DEFAULT_INPUTS)
    .option('--format <format>', 'gold (evaluation JSON lines, one article a line) or json (full extractions with evidence)', 'gold')
    .option('--bodies <which>', 'gold format: implied (also bodies a title implies, as the graph holds them, as the reference gold does) or named (bodies the text names; a post\'s body only when its sentence names it)', 'implied')
    .option('--out <file>', 'write to this file instead of standard output')
    .option('--workers <n>', 'extraction threads, 1 = in the main thread (default: available cores)')
    .option('--config <file>', 'JSON file of stage options: home country and its ministry names, dedupe thresholds, limits (or TRADEGRAPH_CONFIG)')
    .action(
      async (inputs: string[], options: ExtractOptions) => {
        const format = parseFormat(options.format);
        const bodies = parseBodies(options.bodies);
        const config = loadConfig(io.env, {}, options.config !== undefined ? { configFile: options.config } : {});
        const workers = options.workers === undefined ? config.workers : parseWorkers(options.workers, '--workers');
        const { documents, extractions } = await extractInputs(inputs, io.stderr, workers, config);
        const text = formatExtractions(documents, extractions, format, bodies);
        if (options.out) await writeFile(options.out, text, 'utf8');
        else io.stdout.write(text);
      },
    );
}
