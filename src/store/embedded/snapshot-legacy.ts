import { readFile } from 'node:fs/promises';
import { SCHEMA_VERSION, type EdgeAttributes, type GraphData, type NodeAttributes } from '../../domain/index.js';
import { lineAndColumn } from './snapshot-json.js';
import { snapshotFile, type SnapshotFile } from './snapshot-legacy-schema.js';
import type { SnapshotMeta } from './snapshot-meta.js';
import { corruptSnapshot, otherVersion } from './snapshot-problems.js';

/**
 * Reads a version-1 snapshot: one JSON document in graphology's export format, as tradegraph wrote
 * before JSON Lines. Such files were written as one string, so they fit in one; they are read so a
 * user's existing graph keeps being served, and never written.
 */
export async function readLegacySnapshot(path: string): Promise<{ graph: GraphData; meta: SnapshotMeta }> {
  const file = parse(path, await readFile(path, 'utf8'));
  const graph: GraphData = {
    schemaVersion: file.attributes.schemaVersion,
    nodes: file.nodes.map((n) => ({ id: n.key, attributes: n.attributes as unknown as NodeAttributes })),
    edges: file.edges.map((e) => ({ id: e.key, source: e.source, target: e.target, attributes: e.attributes as unknown as EdgeAttributes })),
  };
  checkConsistent(path, graph, file);
  const { builtAt, inputs, counts, schemaVersion } = file.attributes;
  return { graph, meta: { formatVersion: 1, schemaVersion, ...(builtAt ? { builtAt } : {}), inputs, counts } };
}

/** The meta of a version-1 snapshot from its first line alone (`{"attributes":{…},`), or null. */
export function legacyHeader(firstLine: string): SnapshotMeta | null {
  try {
    const { attributes } = JSON.parse(`${firstLine.replace(/,\s*$/, '')}}`) as SnapshotFile;
    const { builtAt, inputs, counts, schemaVersion } = snapshotFile.shape.attributes.parse(attributes);
    return { formatVersion: 1, schemaVersion, ...(builtAt ? { builtAt } : {}), inputs, counts };
  } catch {
    return null;
  }
}

function parse(path: string, text: string): SnapshotFile {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const position = /position (\d+)/.exec((error as Error).message)?.[1];
    const where = position ? ` (${lineAndColumn(text, Number(position))})` : '';
    throw corruptSnapshot(path, null, `it is not valid JSON${where}: ${(error as Error).message}`, error);
  }
  const version = (json as { attributes?: { schemaVersion?: unknown } } | null)?.attributes?.schemaVersion;
  if (typeof version === 'number' && version !== SCHEMA_VERSION) throw otherVersion(path, 'schema version', version, SCHEMA_VERSION);
  const checked = snapshotFile.safeParse(json);
  if (!checked.success) {
    const issue = checked.error.issues[0];
    const at = issue?.path.length ? issue.path.join('.') : 'the top level';
    throw corruptSnapshot(path, null, `expected ${issue?.message ?? 'a graph'} at ${at}`);
  }
  return checked.data;
}

function checkConsistent(path: string, graph: GraphData, file: SnapshotFile): void {
  const { counts } = file.attributes;
  if (counts.nodes !== graph.nodes.length || counts.edges !== graph.edges.length) {
    throw corruptSnapshot(path, null, `it says ${counts.nodes} nodes and ${counts.edges} edges but holds ${graph.nodes.length} and ${graph.edges.length}`);
  }
  const ids = new Set(graph.nodes.map((n) => n.id));
  const dangling = graph.edges.find((e) => !ids.has(e.source) || !ids.has(e.target));
  if (dangling) throw corruptSnapshot(path, null, `edge ${dangling.id} points to a node the file does not hold`);
}
