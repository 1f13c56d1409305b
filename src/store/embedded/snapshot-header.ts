import { SCHEMA_VERSION } from '../../domain/index.js';
import { FORMAT_VERSION, SNAPSHOT_FORMAT, type SnapshotHeader } from './snapshot-format.js';
import type { SnapshotInputFile } from './snapshot-meta.js';
import { corruptSnapshot, otherVersion } from './snapshot-problems.js';
import { isCount, isObject, isStringArray, parseLine } from './snapshot-values.js';

/**
 * Parses and checks line 1 of a JSON Lines snapshot. Throws SNAPSHOT_VERSION for another format or
 * schema version and SNAPSHOT_CORRUPT (line 1) for anything else that is not a header.
 */
export function parseHeader(path: string, text: string): SnapshotHeader {
  const value = parseLine(path, 1, text);
  const bad = (problem: string) => corruptSnapshot(path, 1, `expecting a tradegraph snapshot header, ${problem}`);
  if (!isObject(value) || value.format !== SNAPSHOT_FORMAT) throw bad(`instead found no "format": "${SNAPSHOT_FORMAT}"`);
  if (value.formatVersion !== FORMAT_VERSION) throw otherVersion(path, 'format version', value.formatVersion, FORMAT_VERSION);
  if (value.schemaVersion !== SCHEMA_VERSION) throw otherVersion(path, 'schema version', value.schemaVersion, SCHEMA_VERSION);
  if (value.builtAt !== undefined && typeof value.builtAt !== 'string') throw bad('instead found a "builtAt" that is not text');
  if (!isStringArray(value.inputs)) throw bad('instead found "inputs" that are not a list of paths');
  if (value.files !== undefined && !(Array.isArray(value.files) && value.files.every(isInputFile))) throw bad('instead found "files" that are not {path, bytes, sha256}');
  if (value.options !== undefined && !isObject(value.options)) throw bad('instead found "options" that are not an object');
  const { counts, tables } = value;
  if (!isObject(counts) || !isCount(counts.nodes) || !isCount(counts.edges) || !isObject(counts.nodesByLabel) || !isObject(counts.edgesByType)) {
    throw bad('instead found no node and edge "counts"');
  }
  if (!isObject(tables) || !isCount(tables.sentences) || !isCount(tables.evidence)) throw bad('instead found no "tables" sizes');
  return value as unknown as SnapshotHeader;
}

function isInputFile(value: unknown): value is SnapshotInputFile {
  return isObject(value) && typeof value.path === 'string' && isCount(value.bytes) && typeof value.sha256 === 'string';
}
