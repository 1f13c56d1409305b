import type { Document, Evidence, Extraction, LocalRelation } from '../domain/index.js';

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

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/**
 * Makes an extraction that crossed from a worker thread share the main thread's memory. Structured
 * cloning gives every occurrence of a string its own copy: the document's id and date in each
 * piece of evidence, `Organization`, `BASED_IN`, `c:KR` and `p1` in every entity and relation, the
 * ministry's name in each of its mentions, and the cited sentence once per relation citing it. At
 * 1000x those copies were most of the extractions' strings and stayed alive through resolve (the
 * resolved corpus keeps the mentions and evidence). Evidence takes the document's own id and date
 * and its sentence as one slice of the document's body per sentence; every other string is the
 * pool's copy (sentences stay out of the pool: they are long, rarely repeated across documents,
 * and a slice of the body costs a few bytes).
 *
 * The extraction is rewritten in place and returned: it is this thread's own, fresh from the
 * message, and replacing a string property by an equal string allocates nothing.
 */
export function adoptExtraction(extraction: Extraction, document: Document, pool: StringPool): Extraction {
  const own = extraction as Mutable<Extraction>;
  if (own.docId === document.id) own.docId = document.id;
  if (own.date === document.date) own.date = document.date;
  internStrings(extraction.entities, pool);
  // The body's slice for each sentence cited, by where it starts.
  const slices = new Map<number, string>();
  for (const relation of extraction.relations) {
    const stated = relation as Mutable<LocalRelation>;
    stated.type = pool.intern(stated.type) as LocalRelation['type'];
    stated.from = pool.intern(stated.from);
    stated.to = pool.intern(stated.to);
    internStrings(stated.props, pool);
    const cited = stated.evidence as Mutable<Evidence>;
    if (cited.docId === document.id) cited.docId = document.id;
    if (cited.date === document.date) cited.date = document.date;
    const { sentence, sentenceStart } = cited;
    const known = slices.get(sentenceStart);
    if (known !== undefined && known.length === sentence.length) cited.sentence = known;
    // A sentence that is not where it says in the body keeps the copy it came with.
    else if (document.body.startsWith(sentence, sentenceStart)) {
      cited.sentence = document.body.slice(sentenceStart, sentenceStart + sentence.length);
      slices.set(sentenceStart, cited.sentence);
    }
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
