import { describe, expect, it } from 'vitest';
import { LISTED_DOCUMENT_PHRASINGS, listedDocuments } from '../../../../src/extract/agreements/listed-documents.js';

const names = (sentence: string): string[] => listedDocuments(sentence).map((h) => h.name);

// Each row of LISTED_DOCUMENT_PHRASINGS is a phrasing: its example gives its names, its neighbours none.
describe('documents a signing sentence lists', () => {
  it.each(LISTED_DOCUMENT_PHRASINGS.map((p) => [p.id, p.example] as const))('%s: reads its example', (id, example) => {
    const phrasing = LISTED_DOCUMENT_PHRASINGS.find((p) => p.id === id)!;
    const own = listedDocuments(example.sentence).filter((h) => example.names.includes(h.name)).map((h) => h.name);
    expect(own).toEqual(example.names);
    expect(phrasing.pattern.flags).toContain('g');
  });

  it.each(LISTED_DOCUMENT_PHRASINGS.flatMap((p) => p.mustNot.map((n) => [p.id, n] as const)))('%s must not read: %s', (_id, sentence) => {
    expect(names(sentence)).toEqual([]);
  });

  it('gives each hit the span of its own name in the sentence', () => {
    const sentence = 'Two documents were signed: a protocol on economic cooperation and a joint mining agreement between Alpha Mines and Beta Metals.';
    for (const hit of listedDocuments(sentence)) expect(sentence.slice(hit.start, hit.end)).toBe(hit.name);
  });

  it('reads a memorandum without `of understanding` as an MOU and the other heads as kind other', () => {
    const hits = listedDocuments('Alpha Power concluded memorandums on information exchange and technical cooperation with Beta Energy, and an action plan on grid safety.');
    expect(hits.map((h) => [h.name, h.kind])).toEqual([
      ['memorandums on information exchange and technical cooperation', 'MOU'],
      ['action plan on grid safety', 'other'],
    ]);
  });

  it('reads a listed framework agreement as kind framework', () => {
    const hits = listedDocuments('The leaders adopted a statement, a protocol on fisheries research, a framework agreement on development loans and a port logistics accord.');
    expect(hits.filter((h) => h.name.startsWith('framework')).map((h) => [h.name, h.kind])).toEqual([['framework agreement on development loans', 'framework']]);
  });

  it('states a document whose signing is told in passing signed, whatever `concluded` says of talks elsewhere', () => {
    const [hit] = listedDocuments('The president called for the fisheries memorandum of understanding concluded earlier this year to be put into practice.');
    expect(hit).toMatchObject({ name: 'fisheries memorandum of understanding', kind: 'MOU', stated: 'signed' });
  });

  it('reads nothing where no signing is reported', () => {
    expect(names('The ministers discussed an agreement on economic cooperation and a protocol on development financing.')).toEqual([]);
  });
});

describe('documents listed after `Among the documents were`', () => {
  const sentence = 'Among the documents were a memorandum on exchanges of nurses, a river transport cooperation memorandum linked to the new port, and an agreement exempting holders of official passports from visas.';

  it('reads each item of a list of documents the release has counted, though the list has no verb of signing', () => {
    expect(names(sentence)).toEqual([
      'memorandum on exchanges of nurses',
      'agreement exempting holders of official passports',
      'river transport cooperation memorandum',
    ]);
  });

  it('states the listed documents signed', () => {
    expect(listedDocuments(sentence).map((h) => h.stated)).toEqual(['signed', 'signed', 'signed']);
  });

  it('reads nothing where the list is of things other than documents', () => {
    expect(names('Among the guests were a memorandum expert and an agreement negotiator.')).toEqual([]);
  });
});
