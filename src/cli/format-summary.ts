import type { BuildSummary } from '../pipeline/index.js';

/** The human-readable build report; `--json` prints the BuildSummary object instead. */
export function formatBuildSummary(summary: BuildSummary, destination: string | null): string {
  const lines = [
    `files read:         ${summary.filesRead}`,
    `records read:       ${summary.recordsRead}`,
    `records skipped:    ${summary.recordsSkipped}`,
    `documents:          ${summary.documents}`,
    `duplicates merged:  ${summary.duplicatesMerged}`,
  ];
  for (const group of summary.merged) {
    lines.push(`  - "${group.title}" (${group.reason}, similarity ${group.similarity.toFixed(2)}): ${group.sources.join(', ')}`);
  }
  if (summary.issues.length > 0) {
    lines.push(`input issues:       ${summary.issues.length}`);
    for (const issue of summary.issues) {
      const where = issue.line === null ? issue.file : `${issue.file}:${issue.line}`;
      lines.push(`  - ${issue.severity} ${issue.code} at ${where}: ${issue.message}`);
    }
  }
  lines.push(`nodes:              ${summary.nodes}  ${formatCounts(summary.nodesByLabel)}`);
  lines.push(`edges:              ${summary.edges}  ${formatCounts(summary.edgesByType)}`);
  if (destination) lines.push(`written to:         ${destination}`);
  return lines.join('\n');
}

function formatCounts(counts: Readonly<Record<string, number>>): string {
  const parts = Object.entries(counts).map(([key, n]) => `${key} ${n}`);
  return parts.length > 0 ? `(${parts.join(', ')})` : '';
}
