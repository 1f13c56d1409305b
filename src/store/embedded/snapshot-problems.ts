import { SnapshotError } from '../../domain/index.js';

/** What to do about a snapshot that cannot be read; the file itself is never touched. */
export const REBUILD_HINT =
  'The file was left as it is. Write a new one with `tradegraph build INPUT... --out FILE`, or let `tradegraph start --force` replace it.';

/** SNAPSHOT_CORRUPT naming the file, the line when known, and what was wrong there. */
export function corruptSnapshot(path: string, line: number | null, problem: string, cause?: unknown): SnapshotError {
  const where = line === null ? '' : ` at line ${line}`;
  return new SnapshotError('SNAPSHOT_CORRUPT', `The snapshot ${path} is corrupt${where}: ${problem}. ${REBUILD_HINT}`, cause ? { cause } : undefined);
}

/** SNAPSHOT_VERSION: written by another schema or format version than this tradegraph reads. */
export function otherVersion(path: string, what: string, found: unknown, expected: number): SnapshotError {
  return new SnapshotError(
    'SNAPSHOT_VERSION',
    `The snapshot ${path} has ${what} ${String(found)}; this tradegraph reads ${what} ${expected}. Rebuild it from its inputs with \`tradegraph build INPUT... --out ${path}\`.`,
  );
}
