import type { Document, Extraction } from '../domain/index.js';
import { extract, type ExtractOptions } from '../extract/index.js';

/** One document's extraction, or an empty one and the reason when extracting it threw. */
export interface ExtractOutcome {
  readonly extraction: Extraction;
  /** `RangeError: Maximum call stack size exceeded`, or null when extraction succeeded. */
  readonly failure: string | null;
}

/**
 * Extracts one document without letting it stop the others: a document that breaks an extraction
 * pass keeps its node but gets no entities or relations, and the failure is handed back to be
 * reported with the document's file and record.
 */
export function extractSafely(document: Document, options: Partial<ExtractOptions> = {}): ExtractOutcome {
  try {
    return { extraction: extract(document, options), failure: null };
  } catch (error) {
    const failure = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    return { extraction: { docId: document.id, date: document.date, entities: [], relations: [] }, failure };
  }
}
