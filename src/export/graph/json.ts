import type { GraphData } from '../../domain/index.js';

/**
 * The graph in graphology's serialised form (sigma.js, Graph.from), keys sorted at every depth and
 * indented by two: the same text as one JSON.stringify(graph, sorted, 2), given a node or edge at a
 * time so no string of the whole graph is ever made. Sorted keys put `edges` before `nodes`.
 */
export function* jsonChunks(data: GraphData): Generator<string> {
  yield `{\n  "attributes": ${indented({ schemaVersion: data.schemaVersion }, 2)},\n`;
  yield* list('edges', data.edges, (e) => ({ key: e.id, source: e.source, target: e.target, attributes: e.attributes }));
  yield ',\n';
  yield* list('nodes', data.nodes, (n) => ({ key: n.id, attributes: n.attributes }));
  yield `,\n  "options": ${indented({ type: 'directed', multi: true, allowSelfLoops: true }, 2)}\n}\n`;
}

function* list<T>(name: string, items: readonly T[], record: (item: T) => object): Generator<string> {
  if (items.length === 0) {
    yield `  "${name}": []`;
    return;
  }
  yield `  "${name}": [\n`;
  for (let i = 0; i < items.length; i++) yield `    ${indented(record(items[i]!), 4)}${i < items.length - 1 ? ',' : ''}\n`;
  yield '  ]';
}

/** JSON.stringify with sorted keys and an indent of two, as if nested `depth` spaces deep. */
function indented(value: unknown, depth: number): string {
  return JSON.stringify(value, sortKeys, 2).replace(/\n/g, `\n${' '.repeat(depth)}`);
}

function sortKeys(_key: string, value: unknown): unknown {
  return value && typeof value === 'object' && !Array.isArray(value)
    ? Object.fromEntries(Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
    : value;
}
