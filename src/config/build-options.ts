import { type AppConfig, DEFAULT_CONFIG } from './app-config.js';
import { stableStringify } from '../domain/index.js';

/** The options that change the graph, as a snapshot records them (SnapshotMeta.options). */
export type BuildOptions = Readonly<Record<string, unknown>>;

/**
 * The build options a snapshot records: each stage option and limit that differs from the
 * default, whole (`{ homeCountry: { code: 'JP', ministry: […] } }`). With the defaults it is `{}`,
 * what snapshots recorded before the options existed, so they are still served; a snapshot built
 * for another home country records it, and `start` refuses it (SNAPSHOT_OTHER_OPTIONS) under
 * other options instead of serving or replacing it.
 */
export function buildOptionsOf(config: Pick<AppConfig, 'stages' | 'limits'>): BuildOptions {
  const given: Record<string, unknown> = { ...config.stages, limits: config.limits };
  const defaults: Record<string, unknown> = { ...DEFAULT_CONFIG.stages, limits: DEFAULT_CONFIG.limits };
  const differing = Object.keys(given)
    .sort()
    .filter((key) => stableStringify(given[key]) !== stableStringify(defaults[key]))
    .map((key) => [key, given[key]] as const);
  return Object.freeze(Object.fromEntries(differing));
}

