import { describe, expect, it } from 'vitest';
import { extract } from '../../../../src/extract/index.js';
import type { Document, LocalEvent } from '../../../../src/domain/index.js';

const doc = (body: string): Document => ({ id: 'doc_t', title: 'T', body, date: '2024-06-15', category: null, url: null, sources: [] });
const placeOf = (body: string, name: string): string | null | undefined =>
  extract(doc(body)).entities.find((e): e is LocalEvent => e.label === 'Event' && e.name === name)?.location;

describe('the place of an occasion a sentence names', () => {
  it.each([
    [
      'the place after the name',
      'The Nordic Energy Forum was held in Oslo on June 11, drawing 300 participants.',
      'Nordic Energy Forum',
      'Oslo',
    ],
    [
      'the nearest place before a name that ends the sentence, not an earlier clause’s place',
      'The talks followed the previous round held in Bergen in May, and came a week after the ministers met on June 4 in Tromso on the margins of the Nordic Energy Forum.',
      'Nordic Energy Forum',
      'Tromso',
    ],
  ])('%s', (_why, body, name, place) => {
    expect(placeOf(body, name)).toBe(place);
  });
});
