import type { RawDocument } from '../../../src/domain/index.js';

/** Two unrelated press-release bodies long enough to shingle (well over ten 5-grams each). */
export const BODY_A =
  'Trade Minister Yeo Han-koo met the European Commissioner for Trade in Brussels on Monday to review the implementation of the free trade agreement, ' +
  'discuss steel safeguard measures, and explore cooperation on semiconductors, batteries and critical minerals supply chains between the two economies.';
export const BODY_B =
  'The Korean Agency for Technology and Standards signed a memorandum of understanding with Uzbekistan on technical regulations, ' +
  'agreeing to share conformity assessment practices, train inspectors, and help Korean exporters clear certification faster in Central Asia.';

let counter = 0;

/** A RawDocument with sensible defaults; each call gets its own source record number. */
export function raw(overrides: Partial<RawDocument> = {}): RawDocument {
  counter++;
  return {
    source: { file: 'dump.txt', record: counter, line: counter * 4 },
    title: 'Korea and the EU Review Their FTA',
    body: BODY_A,
    date: '2025-11-20',
    category: null,
    url: null,
    ...overrides,
  };
}
