export { dedupe } from './dedupe.js';
export { documentId } from './document-id.js';
export { duplicatesMerged, type DedupeReport, type DedupeResult, type MergeGroup, type MergeReason } from './dedupe-result.js';
export { DEFAULT_THRESHOLDS, type LinkThresholds } from './link.js';
