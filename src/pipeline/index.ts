export * from './progress.js';
export * from './run-pipeline.js';
export * from './build-summary.js';
export * from './stage-figures.js';
export { extractDocuments, DEFAULT_EXTRACT_POOL_OPTIONS, type ExtractPoolOptions } from './extract-pool.js';
export { extractSafely, type ExtractOutcome } from './extract-safely.js';
export { extractionIssues } from './extraction-issues.js';
export { progressLog, type ProgressLogOptions } from './progress-log.js';
