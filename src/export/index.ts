export { toGoldRecord, type GoldBodies, type GoldFormatOptions, type GoldRecord, type GoldPerson, type GoldOrganization, type GoldAgreement, type GoldMeeting } from './gold-format.js';
export { GRAPH_FORMATS, exportGraph, type GraphFormat } from './graph-formats.js';
export { graphChunks, type GraphChunksFormat } from './graph/graph-chunks.js';
export { writeChunks, type ChunkTarget, type WriteChunksOptions } from './graph/write-chunks.js';
