import type { Document, Extraction } from '../domain/index.js';

/**
 * One copy of each distinct string, handed out in place of equal ones. Lives for one extraction
 * run: the strings it hands out stay referenced by the extractions, and the map itself is let go.
 */
export class StringPool {
  private readonly strings = new Map<string, string>();

  /** The pool's copy of `text`, which becomes the copy when the pool has none. */
  intern(text: string): string {
    const known = this.strings.get(text);
    if (known !== undefined) return known;
    this.strings.set(text, text);
    return text;
  }

  /** Distinct strings held. */
  get size(): number {
    return this.strings.size;
  }
}

/**
 * Makes an extraction that crossed from a worker thread share the main thread's memory. Structured
 * cloning gives every occurrence of a string its own copy: the document's id and date in each
 * piece of evidence, `Organization`, `BASED_IN`, `c:KR` and `p1` in every entity and relation, the
 * ministry's name in each of its mentions, and the cited sentence once per relation citing it. At
 * 1000x those copies were most of the extractions' strings and stayed alive through resolve (the
 * resolved corpus keeps the mentions and evidence). Evidence takes the document's own id and date
 * and its sentence re-cut from the document's body; every other string is the pool's copy.
 *
 * The extraction is rewritten in place and returned: it is this thread's own, fresh from the
 * message, and replacing a string property by an equal string allocates nothing.
 */
export function adoptExtraction(extraction: Extraction, document: Document, pool: StringPool): Extraction {
  internStrings(extraction, pool);
  for (const relation of extraction.relations) {
    const evidence = relation.evidence as { -readonly [K in keyof typeof relation.evidence]: (typeof relation.evidence)[K] };
    if (evidence.docId === document.id) evidence.docId = document.id;
    if (evidence.date === document.date) evidence.date = document.date;
    const { sentence, sentenceStart } = evidence;
    // A sentence that is not where it says in the body keeps its pooled copy.
    if (document.body.startsWith(sentence, sentenceStart)) evidence.sentence = pool.intern(document.body.slice(sentenceStart, sentenceStart + sentence.length));
  }
  return extraction;
}

/** Replaces every string inside `value` (arrays and plain objects, any depth) by the pool's copy. */
function internStrings(value: unknown, pool: StringPool): void {
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i];
      if (typeof item === 'string') value[i] = pool.intern(item);
      else if (typeof item === 'object' && item !== null) internStrings(item, pool);
    }
    return;
  }
  const record = value as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    const item = record[key];
    if (typeof item === 'string') record[key] = pool.intern(item);
    else if (typeof item === 'object' && item !== null) internStrings(item, pool);
  }
}
