import type { SnapshotBuildOptions, SnapshotMetaInput } from '../store/index.js';
import { fingerprintInputs } from './input-fingerprint.js';

/**
 * The options a snapshot records about how it was built. The pipeline takes no option that
 * changes the graph today, so this is empty; an option added later (a dedupe threshold, a
 * lexicon) belongs here, so `start` tells a snapshot built differently apart instead of replacing it.
 */
export const BUILD_OPTIONS: SnapshotBuildOptions = Object.freeze({});

/** What a snapshot built from `inputs` records: the paths as given, each file's hash, the options. Call before reading the inputs. */
export async function snapshotProvenance(inputs: readonly string[]): Promise<SnapshotMetaInput> {
  return { inputs: [...inputs], files: await fingerprintInputs(inputs), options: BUILD_OPTIONS };
}
