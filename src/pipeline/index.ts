export * from './progress.js';
export * from './run-pipeline.js';
export * from './build-summary.js';
