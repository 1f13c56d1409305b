import { readFile, readdir, realpath, stat } from 'node:fs/promises';
import { DEFAULT_INPUT_LIMITS, type InputLimits, type InputIssue } from '../domain/index.js';
import { join } from 'node:path';
import { parserFor, SUPPORTED_EXTENSIONS } from './input-format.js';
import { inputError, inputWarning } from './input-issue.js';
import { concatParseResults, type ParseResult } from './parse-result.js';

/**
 * Reads files and folders of press releases: `.txt` dumps and `.jsonl`/`.ndjson` JSON Lines.
 * Folders are walked recursively in sorted path order (hidden entries skipped) so runs are
 * deterministic; a file reached twice is read once. The only function in parse/ that touches the
 * file system. Never throws for bad input: missing paths, unreadable, binary and unsupported files
 * become issues, and callers decide what to do when nothing could be read.
 */
export async function readInputs(paths: readonly string[], options: ReadOptions = {}): Promise<ParseResult> {
  const limits = options.limits ?? DEFAULT_INPUT_LIMITS;
  const seen = new Set<string>();
  const entries: Entry[] = [];
  for (const path of paths) for (const entry of await expand(path, seen)) entries.push(entry);
  const results: ParseResult[] = [];
  for (const [done, entry] of entries.entries()) {
    options.onFile?.(done, entries.length);
    results.push('issue' in entry ? issueOnly(entry.issue) : await readOne(entry.file, limits));
  }
  options.onFile?.(entries.length, entries.length);
  return concatParseResults(results);
}

/** Options of readInputs. */
export interface ReadOptions {
  /** Bounds on one record (see InputLimits); the defaults when absent. */
  readonly limits?: InputLimits;
  /** Called before each file is read with the files done so far, and once at the end. */
  readonly onFile?: (done: number, total: number) => void;
}

type Entry = { file: string } | { issue: InputIssue };

async function expand(path: string, seen: Set<string>): Promise<Entry[]> {
  let info;
  let real;
  try {
    info = await stat(path);
    real = await realpath(path);
  } catch (error) {
    return [{ issue: missingOrUnreadable(path, error) }];
  }
  if (seen.has(real)) return [];
  seen.add(real);
  if (info.isFile()) return [{ file: path }];
  if (!info.isDirectory()) return [{ issue: unsupported(path, 'not a regular file or folder') }];
  let names: string[];
  try {
    names = (await readdir(path)).filter((name) => !name.startsWith('.')).sort();
  } catch (error) {
    return [{ issue: readFailed(path, error) }];
  }
  const entries: Entry[] = [];
  for (const name of names) for (const entry of await expand(join(path, name), seen)) entries.push(entry);
  return entries;
}

async function readOne(file: string, limits: InputLimits): Promise<ParseResult> {
  const parse = parserFor(file);
  if (!parse) return issueOnly(unsupported(file, `expecting one of ${SUPPORTED_EXTENSIONS.join(', ')}`));
  try {
    return parse(new Uint8Array(await readFile(file)), file, limits);
  } catch (error) {
    return issueOnly(readFailed(file, error));
  }
}

function issueOnly(issue: InputIssue): ParseResult {
  return { documents: [], issues: [issue], filesRead: 0, recordsSeen: 0 };
}

function missingOrUnreadable(path: string, error: unknown): InputIssue {
  if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
    return inputError('MISSING_PATH', path, null, `${path}: expecting a file or folder of press releases, instead found nothing at this path. Check the spelling or the working directory.`);
  }
  return readFailed(path, error);
}

function readFailed(path: string, error: unknown): InputIssue {
  const reason = (error as NodeJS.ErrnoException).code ?? (error instanceof Error ? error.message : String(error));
  return inputError('READ_FAILED', path, null, `${path}: could not be read (${reason}); skipped. Check its permissions.`);
}

function unsupported(path: string, expected: string): InputIssue {
  return inputWarning('UNSUPPORTED_FILE', path, null, `${path}: ${expected}; the file was skipped.`);
}
