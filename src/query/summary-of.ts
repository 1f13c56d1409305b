import type { NodeRecord } from '../domain/index.js';
import { summarize } from './presenters.js';
import type { NodeSummary } from './types.js';

// A summary depends only on the node's id and attributes object, which the embedded store hands out
// unchanged until a load replaces it (toElements keeps element data the same way): a hub's pages
// summarise the same officials and events on every request. Neo4j's fresh records simply miss.
const summaries = new WeakMap<object, NodeSummary>();

/** `summarize(node)`, made once per node as stored; answers share it and never change it. */
export function summaryOf(node: NodeRecord): NodeSummary {
  let summary = summaries.get(node.attributes);
  if (!summary || summary.id !== node.id) summaries.set(node.attributes, (summary = summarize(node)));
  return summary;
}
