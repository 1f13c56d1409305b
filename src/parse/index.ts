export type { ParseResult } from './parse-result.js';
export { emptyParseResult, concatParseResults } from './parse-result.js';
export { parseDumpText } from './parse-dump-text.js';
export { parseJsonLines } from './parse-json-lines.js';
export { readInputs, type ReadOptions } from './read-inputs.js';
export { checkRecord, pressReleaseDoubts, MIN_BODY_WORDS, MAX_TITLE_CHARS } from './record-checks.js';
export { parserFor, SUPPORTED_EXTENSIONS, type InputParser } from './input-format.js';
