/** One stage's cost, in the shape `tradegraph build --json` reports under `stages`. */
export interface StageFigure {
  readonly stage: string;
  readonly items: number;
  readonly wallMs: number;
  readonly cpuMs: number;
  /** Peak resident memory of the process up to the end of this stage. */
  readonly peakRssBytes: number;
}

/** The stages the bench tabulates, in pipeline order. */
export const STAGES = ['parse', 'dedupe', 'extract', 'resolve', 'build', 'snapshot write', 'snapshot read', 'neo4j load'] as const;
export type StageName = (typeof STAGES)[number];

/** Maps a stage name as the CLI spells it ("snapshot", "write", "resolve:aliases") onto the bench's; null for a sub-step or an unknown name. */
export function stageName(reported: string): StageName | null {
  const name = reported.toLowerCase().trim();
  if (name.includes(':') || name.includes('/')) return null;
  if (/snapshot|write|store/.test(name)) return 'snapshot write';
  return (STAGES as readonly string[]).includes(name) ? (name as StageName) : null;
}

/** Reads the `stages` array of a build summary, when the CLI gives one; null otherwise. */
export function stagesOf(summary: unknown): StageFigure[] | null {
  const stages = (summary as { stages?: unknown } | null)?.stages;
  if (!Array.isArray(stages) || stages.length === 0) return null;
  const ok = stages.every((s: Partial<StageFigure>) => typeof s.stage === 'string' && typeof s.wallMs === 'number');
  return ok ? (stages as StageFigure[]) : null;
}
