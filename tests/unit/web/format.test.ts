import { describe, expect, it } from 'vitest';
import { dateSpan, errorText, plural, relationName, webAddress } from '../../../web/js/format.js';

describe('dateSpan', () => {
  it.each([
    ['2025-03-04', '2025-05-01', '2025-03-04 – 2025-05-01'],
    ['2025-03-04', '2025-03-04', '2025-03-04'],
    ['2025-03-04', null, '2025-03-04'],
    [null, '2025-05-01', '2025-05-01'],
    [undefined, undefined, 'undated'],
    [null, null, 'undated'],
    ['', '', 'undated'],
  ])('shows %s to %s as "%s"', (first, last, text) => {
    expect(dateSpan(first, last)).toBe(text);
  });
});

describe('relationName', () => {
  it.each([
    ['MET', 'met'],
    ['HOLDS_POSITION', 'holds position'],
    ['RENAMED_TO', 'renamed to'],
  ])('reads %s as "%s"', (type, name) => expect(relationName(type)).toBe(name));
});

describe('errorText', () => {
  it('puts the stable code before the message', () => {
    expect(errorText({ code: 'NOT_FOUND', message: 'No entity person:x' })).toBe('NOT_FOUND: No entity person:x');
  });

  it('shows the message alone when there is no code', () => {
    expect(errorText({ message: 'boom' })).toBe('boom');
  });
});

describe('plural', () => {
  it.each([
    [0, 'sentence', '0 sentences'],
    [1, 'sentence', '1 sentence'],
    [2, 'document', '2 documents'],
  ])('counts %i %s as "%s"', (count, noun, text) => expect(plural(count, noun)).toBe(text));
});

describe('webAddress', () => {
  it.each(['https://www.motir.go.kr/eng/news/1', 'http://example.org/a?b=c#d', 'HTTPS://EXAMPLE.ORG/'])('links %s', (url) => {
    expect(webAddress(url)).toBe(url);
  });

  it.each([
    ['a script address', 'javascript:window.pwned=1'],
    ['a script address in capitals', 'JavaScript:alert(1)'],
    ['a data address', 'data:text/html,<script>alert(1)</script>'],
    ['a relative path', '/api/stats'],
    ['an address that does not parse', 'https://'],
    ['nothing', null],
  ])('links no %s', (_case, url) => {
    expect(webAddress(url)).toBeNull();
  });
});
