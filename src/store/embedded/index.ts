export { createEmbeddedStore } from './embedded-store.js';
export { mergeEdgeAttributes, mergeNodeAttributes, compareEvidence } from './merge-records.js';
