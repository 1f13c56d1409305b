export { buildGraph, type GraphEntity, type GraphInputs } from './build-graph.js';
export { buildGraphData } from './build-graph-data.js';
export { toGraphData, fromGraphData } from './graph-data.js';
export { createGraph, type Graph } from './graph.js';
export { documentNodeKey, documentAttributes } from './document-node.js';
export { entityAttributes } from './entity-node.js';
export { edgeAttributes } from './edge-attributes.js';
