export type { ParseResult } from './parse-result.js';
export { emptyParseResult, concatParseResults } from './parse-result.js';
export { parseDumpText } from './parse-dump-text.js';
export { parseJsonLines } from './parse-json-lines.js';
export { readInputs } from './read-inputs.js';
export { parserFor, SUPPORTED_EXTENSIONS, type InputParser } from './input-format.js';
