import { describe, expect, it } from 'vitest';
import { documentId } from '../../../src/dedupe/index.js';

describe('documentId', () => {
  it('is doc: and 16 hex digits, the Document node key itself', () => {
    expect(documentId('Korea to Develop its Own NTE Report', '2025-11-20')).toMatch(/^doc:[0-9a-f]{16}$/);
  });

  it('is fixed for a given title and date, on every machine', () => {
    expect(documentId('Korea to Develop its Own NTE Report', '2025-11-20')).toBe('doc:31ff8d2979b673c2');
  });

  it.each([
    ['case', 'KOREA TO DEVELOP ITS OWN NTE REPORT'],
    ['extra spaces', '  Korea to  Develop its Own NTE Report '],
    ['punctuation', 'Korea to Develop its Own NTE Report.'],
    ['decomposed accents', 'Korea to Develop its Own NTE Report'.normalize('NFD')],
  ])('ignores %s in the title', (_name, title) => {
    expect(documentId(title, '2025-11-20')).toBe(documentId('Korea to Develop its Own NTE Report', '2025-11-20'));
  });

  it.each([
    ['another date', 'Korea to Develop its Own NTE Report', '2025-11-21', undefined],
    ['no date', 'Korea to Develop its Own NTE Report', null, undefined],
    ['another title', 'Korea to Develop its Own NTE Reports', '2025-11-20', undefined],
    ['a disambiguating body', 'Korea to Develop its Own NTE Report', '2025-11-20', 'some body'],
  ])('changes with %s', (_name, title, date, body) => {
    expect(documentId(title, date, body)).not.toBe(documentId('Korea to Develop its Own NTE Report', '2025-11-20'));
  });
});
