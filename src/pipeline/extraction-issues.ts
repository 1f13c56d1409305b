import type { Document, InputIssue } from '../domain/index.js';
import type { ExtractOutcome } from './extract-safely.js';

/**
 * A warning for each document whose extraction failed, naming the file and record it was read
 * from (the first, when duplicates were merged): the document stays in the graph without entities.
 */
export function extractionIssues(documents: readonly Document[], outcomes: readonly ExtractOutcome[]): InputIssue[] {
  const issues: InputIssue[] = [];
  outcomes.forEach((outcome, i) => {
    if (outcome.failure === null) return;
    const document = documents[i]!;
    const source = document.sources[0];
    const file = source?.file ?? document.id;
    const line = source?.line ?? null;
    const at = source ? `${file}:${source.line} (record ${source.record})` : file;
    issues.push({
      severity: 'warning',
      code: 'EXTRACT_FAILED',
      file,
      line,
      message: `${at}: extraction of "${document.title.slice(0, 60)}" failed (${outcome.failure}); the document is kept without entities or relations, the others were extracted.`,
    });
  });
  return issues;
}
