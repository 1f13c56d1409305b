import { describe, expect, it } from 'vitest';
import type { Document, Extraction } from '../../../src/domain/index.js';
import { adoptExtraction, StringPool } from '../../../src/pipeline/adopt-extraction.js';

const document: Document = {
  id: 'doc:1',
  title: 'Korea and Japan Meet',
  body: 'Intro. Minister Ahn met Minister Muto in Seoul. Outro.',
  date: '2025-11-20',
  category: null,
  url: null,
  sources: [{ file: 'a.txt', record: 1, line: 1 }],
};

// As a worker thread's message gives it: plain data, every string a copy of its own.
const received = (sentence = 'Minister Ahn met Minister Muto in Seoul.'): Extraction =>
  structuredClone({
    docId: 'doc:1',
    date: '2025-11-20',
    entities: [
      { localId: 'p1', label: 'Person', name: 'Ahn', aliases: ['Minister Ahn'], mentions: [{ text: 'Minister Ahn', start: 7, end: 19, sentenceIndex: 1 }], positions: [], country: 'KR', titles: ['Minister'] },
    ],
    relations: [{ type: 'MET', from: 'p1', to: 'p2', props: {}, evidence: { docId: 'doc:1', date: '2025-11-20', sentence, sentenceStart: 7, start: 7, end: 19 } }],
  }) as Extraction;

describe('adoptExtraction', () => {
  it('leaves every value as it was', () => {
    expect(adoptExtraction(received(), document, new StringPool())).toEqual(received());
  });

  it('keeps a sentence that is not where it says in the body as it came', () => {
    const adopted = adoptExtraction(received('A sentence from elsewhere.'), document, new StringPool());
    expect(adopted.relations[0]!.evidence.sentence).toBe('A sentence from elsewhere.');
  });

  it('pools each distinct string once across extractions', () => {
    const pool = new StringPool();
    adoptExtraction(received(), document, pool);
    const after = pool.size;
    adoptExtraction(received(), document, pool);
    expect(pool.size).toBe(after);
    expect(pool.intern('Minister Ahn')).toBe('Minister Ahn');
  });
});

describe('StringPool', () => {
  it('hands out the first copy it was given and counts distinct strings', () => {
    const pool = new StringPool();
    expect(pool.intern('KR')).toBe('KR');
    expect(pool.intern(['K', 'R'].join(''))).toBe('KR');
    expect(pool.size).toBe(1);
  });
});
