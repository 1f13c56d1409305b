import { InputError } from '../domain/index.js';
import type { DocumentsResult } from '../pipeline/index.js';

/**
 * Refuses a run that read no press release at all, naming each input issue: with nothing read,
 * there is nothing worth extracting or storing, and an empty result would look like success.
 */
export function requireDocuments(result: DocumentsResult, inputs: readonly string[]): void {
  if (result.dedupe.documents.length > 0) return;
  const reasons = result.parse.issues.map((i) => `${i.file}${i.line ? `:${i.line}` : ''} ${i.code}`).join('; ');
  throw new InputError(
    'NO_DOCUMENTS',
    `No press release could be read from ${inputs.join(', ')}${reasons ? ` (${reasons})` : ''}; give dump files (.txt, .jsonl) or folders holding them. Nothing was written.`,
  );
}
