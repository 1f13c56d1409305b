import { localRef } from '../domain/index.js';
import { byString } from './text.js';

/**
 * The global key of each local entity, held per document. Every pass asks "what did local `e3` of
 * this document become?" for each relation and position; asked of one record keyed by
 * `docId/localId`, each question built a fresh string and hashed it into a table of every local
 * entity of the corpus (450k at 1000×), which cost more per question the bigger the corpus.
 * Per document, the question is two lookups in tables whose keys are already hashed.
 */
export class LocalKeys {
  private readonly byDoc = new Map<string, Map<string, string>>();

  set(docId: string, localId: string, key: string): void {
    let keys = this.byDoc.get(docId);
    if (!keys) this.byDoc.set(docId, (keys = new Map()));
    keys.set(localId, key);
  }

  get(docId: string, localId: string): string | undefined {
    return this.byDoc.get(docId)?.get(localId);
  }

  /**
   * Every `docId/localId` → key, in ref order (ResolvedCorpus.keyOf). Documents in id order, each
   * one's local ids in order, is ref order but where one id is a prefix of another and the next
   * character sorts before `/`; the order is checked as it is made and sorted only then.
   */
  toRecord(): Record<string, string> {
    const entries: [string, string][] = [];
    let ordered = true;
    for (const docId of [...this.byDoc.keys()].sort(byString)) {
      const keys = this.byDoc.get(docId)!;
      for (const localId of [...keys.keys()].sort(byString)) {
        const ref = localRef(docId, localId);
        if (ordered && entries.length > 0 && byString(entries[entries.length - 1]![0], ref) >= 0) ordered = false;
        entries.push([ref, keys.get(localId)!]);
      }
    }
    if (!ordered) entries.sort(([a], [b]) => byString(a, b));
    return Object.fromEntries(entries);
  }
}
