import { extname } from 'node:path';
import type { InputLimits } from '../domain/index.js';
import type { ParseResult } from './parse-result.js';
import { parseDumpText } from './parse-dump-text.js';
import { parseJsonLines } from './parse-json-lines.js';

/** A pure reader of one file's contents. */
export type InputParser = (bytes: Uint8Array | string, file: string, limits?: InputLimits) => ParseResult;

const PARSERS: Readonly<Record<string, InputParser>> = {
  '.txt': parseDumpText,
  '.jsonl': parseJsonLines,
  '.ndjson': parseJsonLines,
};

/** The reader for a file name by its extension (case-insensitive), or null when the format is not supported. */
export function parserFor(file: string): InputParser | null {
  return PARSERS[extname(file).toLowerCase()] ?? null;
}

/** Extensions readInputs understands, for messages. */
export const SUPPORTED_EXTENSIONS = Object.keys(PARSERS);
