import { writeFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { InputError, InvalidRequestError, type Document, type Extraction } from '../../domain/index.js';
import { readInputs } from '../../parse/index.js';
import { dedupe } from '../../dedupe/index.js';
import { extract } from '../../extract/index.js';
import { toGoldRecord } from '../../export/gold-format.js';
import { runAction } from '../exit.js';

export const DEFAULT_EXTRACT_INPUTS = ['seeds'];
const FORMATS = ['gold', 'json'] as const;
type Format = (typeof FORMATS)[number];

interface ExtractOptions {
  readonly format: string;
  readonly out?: string;
}

/** Reads, merges duplicates and extracts: one Extraction per distinct article, in input order. */
export async function extractInputs(inputs: readonly string[]): Promise<{ documents: Document[]; extractions: Extraction[] }> {
  const parsed = await readInputs(inputs);
  const { documents } = dedupe(parsed.documents);
  if (documents.length === 0) {
    throw new InputError('NO_DOCUMENTS', `No press release could be read from ${inputs.join(', ')}; give dump files (.txt, .jsonl) or folders holding them.`);
  }
  return { documents, extractions: documents.map((d) => extract(d)) };
}

/** The extraction as text: gold-format JSON lines (one article a line) or one JSON array. */
export function formatExtractions(documents: readonly Document[], extractions: readonly Extraction[], format: Format): string {
  if (format === 'json') return `${JSON.stringify(extractions, null, 2)}\n`;
  return documents.map((d, i) => JSON.stringify(toGoldRecord(d, extractions[i]!))).join('\n') + '\n';
}

function parseFormat(value: string): Format {
  if ((FORMATS as readonly string[]).includes(value)) return value as Format;
  throw new InvalidRequestError('BAD_FORMAT', `--format expects one of ${FORMATS.join(', ')}, found "${value}".`);
}

/** `tradegraph extract [inputs...] --format gold|json [--out FILE]`. */
export function registerExtractCommand(program: Command): void {
  program
    .command('extract')
    .description('Extract people, bodies, countries, agreements and meetings from press-release dumps, per distinct article')
    .argument('[inputs...]', 'dump files (.txt, .jsonl) or folders', DEFAULT_EXTRACT_INPUTS)
    .option('--format <format>', 'gold (evaluation JSON lines, one article a line) or json (full extractions with evidence)', 'gold')
    .option('--out <file>', 'write to this file instead of standard output')
    .action(
      runAction(async (inputs: string[], options: ExtractOptions) => {
        const format = parseFormat(options.format);
        const { documents, extractions } = await extractInputs(inputs);
        const text = formatExtractions(documents, extractions, format);
        if (options.out) await writeFile(options.out, text, 'utf8');
        else process.stdout.write(text);
      }),
    );
}
