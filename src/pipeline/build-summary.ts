import type { GraphData, InputIssue } from '../domain/index.js';
import type { DocumentsResult, PipelineResult } from './run-pipeline.js';
import type { StageFigures } from './stage-figures.js';

export interface MergedDuplicate {
  readonly documentId: string;
  readonly title: string;
  readonly reason: string;
  readonly similarity: number;
  /** `file#record` of every record merged into this document, the kept one first. */
  readonly sources: readonly string[];
}

/** What `tradegraph build` reports, as text or (with --json) as this object. */
export interface BuildSummary {
  readonly filesRead: number;
  readonly recordsRead: number;
  readonly recordsSkipped: number;
  readonly documents: number;
  readonly duplicatesMerged: number;
  readonly merged: readonly MergedDuplicate[];
  /** Problems met while reading: skipped records (errors) and kept-with-a-caveat ones (warnings). */
  readonly issues: readonly InputIssue[];
  readonly nodes: number;
  readonly edges: number;
  readonly nodesByLabel: Readonly<Record<string, number>>;
  readonly edgesByType: Readonly<Record<string, number>>;
  /** Each stage's cost in the order they ran (the bench reads exactly this shape). */
  readonly stages: readonly StageFigures[];
}

const sourceName = (s: { file: string; record: number }): string => `${s.file}#${s.record}`;

function countBy<T>(items: readonly T[], key: (item: T) => string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const item of items) counts[key(item)] = (counts[key(item)] ?? 0) + 1;
  return Object.fromEntries(Object.entries(counts).sort(([a], [b]) => a.localeCompare(b)));
}

/** Summarises the stages' outputs; `graph` is absent when only the first two stages ran. */
export function summariseBuild(result: DocumentsResult & Partial<Pick<PipelineResult, 'stageIssues' | 'stages'>>, graph?: GraphData): BuildSummary {
  const { parse, dedupe } = result;
  const merged = dedupe.report.merged.map((group) => ({
    documentId: group.documentId,
    title: group.title,
    reason: group.reason,
    similarity: group.similarity,
    sources: [sourceName(group.kept), ...group.sources.filter((s) => sourceName(s) !== sourceName(group.kept)).map(sourceName)],
  }));
  return {
    filesRead: parse.filesRead,
    recordsRead: parse.recordsSeen,
    recordsSkipped: parse.recordsSeen - parse.recordsKept,
    documents: dedupe.documents.length,
    duplicatesMerged: merged.reduce((sum, group) => sum + group.sources.length - 1, 0),
    merged,
    issues: [...parse.issues, ...(result.stageIssues ?? [])],
    nodes: graph?.nodes.length ?? 0,
    edges: graph?.edges.length ?? 0,
    nodesByLabel: countBy(graph?.nodes ?? [], (n) => n.attributes.label),
    edgesByType: countBy(graph?.edges ?? [], (e) => e.attributes.type),
    stages: result.stages ?? [],
  };
}
