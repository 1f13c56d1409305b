import type { GraphData } from '../../domain/index.js';
import { gexfChunks } from './gexf.js';
import { graphmlChunks } from './graphml.js';
import { jsonChunks } from './json.js';

/** The export formats, as in GRAPH_FORMATS. */
export type GraphChunksFormat = 'graphml' | 'gexf' | 'json';

/**
 * The graph as a file other tools open, piece by piece (a node or edge at a time): joined, it is
 * exportGraph's text. What a large corpus is written through, since its export does not fit in
 * one string.
 */
export function graphChunks(data: GraphData, format: GraphChunksFormat): Iterable<string> {
  switch (format) {
    case 'graphml':
      return graphmlChunks(data);
    case 'gexf':
      return gexfChunks(data);
    case 'json':
      return jsonChunks(data);
  }
}
