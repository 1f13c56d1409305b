import { readFile } from 'node:fs/promises';
import { SnapshotError } from '../../domain/errors.js';
import { SCHEMA_VERSION, type EdgeAttributes, type GraphData, type NodeAttributes } from '../../domain/graph.js';
import { nodeFs, writeFileAtomic, type AtomicWriteFs } from './snapshot-atomic-write.js';
import { lineAndColumn, stableStringify } from './snapshot-json.js';
import { countGraph, type SnapshotMeta, type SnapshotMetaInput } from './snapshot-meta.js';
import { snapshotFile, type SnapshotFile } from './snapshot-schema.js';

const REBUILD = 'Run `tradegraph build` to write a new one.';

/**
 * Writes the graph to `path` in graphology's export format, the graph attributes holding
 * {schemaVersion, builtAt?, inputs, counts}. Keys are sorted and nothing varies between runs
 * unless `builtAt` is given, so the same inputs give a byte-identical file. The write is atomic
 * (temp file, fsync, rename) and creates the folder.
 */
export async function writeSnapshot(
  path: string,
  graph: GraphData,
  meta: SnapshotMetaInput,
  options: { fs?: AtomicWriteFs } = {},
): Promise<void> {
  const attributes: SnapshotMeta = {
    schemaVersion: graph.schemaVersion,
    ...(meta.builtAt ? { builtAt: meta.builtAt } : {}),
    inputs: [...meta.inputs],
    counts: countGraph(graph),
  };
  try {
    await writeFileAtomic(path, serialise(graph, attributes), options.fs ?? nodeFs);
  } catch (error) {
    throw new SnapshotError(
      'SNAPSHOT_WRITE',
      `Could not write the snapshot ${path}: ${(error as Error).message}. Any previous snapshot there is unchanged; check the folder is writable and has space.`,
      { cause: error },
    );
  }
}

/** One node or edge per line: small diffs between builds, still one JSON document. */
function serialise(graph: GraphData, attributes: SnapshotMeta): string {
  const nodes = graph.nodes.map((n) => stableStringify({ key: n.id, attributes: n.attributes }));
  const edges = graph.edges.map((e) => stableStringify({ key: e.id, source: e.source, target: e.target, attributes: e.attributes }));
  const list = (items: string[]) => (items.length === 0 ? '[]' : `[\n${items.join(',\n')}\n]`);
  return (
    `{"attributes":${stableStringify(attributes)},\n` +
    `"options":${stableStringify({ allowSelfLoops: true, multi: true, type: 'directed' })},\n` +
    `"nodes":${list(nodes)},\n"edges":${list(edges)}}\n`
  );
}

/**
 * Reads and checks a snapshot. Throws SnapshotError SNAPSHOT_MISSING (no file), SNAPSHOT_VERSION
 * (written by another schema version) or SNAPSHOT_CORRUPT (not JSON, fields missing, counts that do
 * not match, edges to absent nodes), each naming the file and what to do.
 */
export async function readSnapshot(path: string): Promise<{ graph: GraphData; meta: SnapshotMeta }> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new SnapshotError('SNAPSHOT_MISSING', `No snapshot at ${path}. ${REBUILD}`, { cause: error });
    throw new SnapshotError('SNAPSHOT_CORRUPT', `Cannot read the snapshot ${path} (${code ?? (error as Error).message}). ${REBUILD}`, { cause: error });
  }
  const file = parse(path, text);
  const graph: GraphData = {
    schemaVersion: file.attributes.schemaVersion,
    nodes: file.nodes.map((n) => ({ id: n.key, attributes: n.attributes as unknown as NodeAttributes })),
    edges: file.edges.map((e) => ({ id: e.key, source: e.source, target: e.target, attributes: e.attributes as unknown as EdgeAttributes })),
  };
  checkConsistent(path, graph, file);
  const { builtAt, inputs, counts, schemaVersion } = file.attributes;
  return { graph, meta: { schemaVersion, ...(builtAt ? { builtAt } : {}), inputs, counts } };
}

function parse(path: string, text: string): SnapshotFile {
  if (text.trim() === '') throw corrupt(path, 'the file is empty (was a build interrupted?)');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const position = /position (\d+)/.exec((error as Error).message)?.[1];
    const where = position ? ` at ${lineAndColumn(text, Number(position))}` : '';
    throw corrupt(path, `it is not valid JSON${where}: ${(error as Error).message}`, error);
  }
  const version = (json as { attributes?: { schemaVersion?: unknown } } | null)?.attributes?.schemaVersion;
  if (typeof version === 'number' && version !== SCHEMA_VERSION) {
    throw new SnapshotError(
      'SNAPSHOT_VERSION',
      `The snapshot ${path} has schema version ${version}; this tradegraph reads version ${SCHEMA_VERSION}. ${REBUILD}`,
    );
  }
  const checked = snapshotFile.safeParse(json);
  if (!checked.success) {
    const issue = checked.error.issues[0];
    const at = issue?.path.length ? issue.path.join('.') : 'the top level';
    throw corrupt(path, `expected ${issue?.message ?? 'a graph'} at ${at}`);
  }
  return checked.data;
}

function checkConsistent(path: string, graph: GraphData, file: SnapshotFile): void {
  const { counts } = file.attributes;
  if (counts.nodes !== graph.nodes.length || counts.edges !== graph.edges.length) {
    throw corrupt(path, `it says ${counts.nodes} nodes and ${counts.edges} edges but holds ${graph.nodes.length} and ${graph.edges.length}`);
  }
  const ids = new Set(graph.nodes.map((n) => n.id));
  const dangling = graph.edges.find((e) => !ids.has(e.source) || !ids.has(e.target));
  if (dangling) throw corrupt(path, `edge ${dangling.id} points to a node the file does not hold`);
}

function corrupt(path: string, what: string, cause?: unknown): SnapshotError {
  return new SnapshotError('SNAPSHOT_CORRUPT', `The snapshot ${path} is corrupt: ${what}. ${REBUILD}`, cause ? { cause } : undefined);
}
