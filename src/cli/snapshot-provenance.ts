import { buildOptionsOf, DEFAULT_CONFIG } from '../config/index.js';
import type { SnapshotBuildOptions, SnapshotMetaInput } from '../store/index.js';
import { fingerprintInputs } from './input-fingerprint.js';

/**
 * The options a snapshot built with the default config records: none differ from the defaults,
 * so `{}` (see buildOptionsOf), as snapshots recorded before the stage options existed.
 */
export const BUILD_OPTIONS: SnapshotBuildOptions = buildOptionsOf(DEFAULT_CONFIG);

/** What a snapshot built from `inputs` records: the paths as given, each file's hash, the options. Call before reading the inputs. */
export async function snapshotProvenance(inputs: readonly string[], options: SnapshotBuildOptions = BUILD_OPTIONS): Promise<SnapshotMetaInput> {
  return { inputs: [...inputs], files: await fingerprintInputs(inputs), options };
}
