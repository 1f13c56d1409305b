import { describe, expect, it } from 'vitest';
import { foldWord, WORD } from '../../../src/query/text-search-index.js';
import { marksIn, snippetOf } from '../../../src/query/text-search-snippet.js';

const marked = (text: string, spans: readonly { start: number; end: number }[]) => spans.map((s) => text.slice(s.start, s.end));

describe('marksIn', () => {
  it.each([
    ['Barakah nuclear plant', ['barakah'], ['Barakah']],
    ['BARAKAH and barakah', ['barakah'], ['BARAKAH', 'barakah']],
    ['Commissioner Maroš Šefčovič met', ['sefcovic'], ['Šefčovič']],
    ['Commissioner Maros\u030c S\u030cefc\u030covic\u030c met', ['sefcovic'], ['S\u030cefc\u030covic\u030c']],
    ['the Korea-U.S. FTA', ['korea', 'fta'], ['Korea', 'FTA']],
  ])('marks in %j every word folded to one of %j', (text, terms, words) => {
    expect(marked(text, marksIn(text, new Set(terms)))).toEqual(words);
  });

  it('marks whole words only, never a term inside a longer word', () => {
    expect(marksIn('Koreans visited Korea', new Set(['korea']))).toEqual([{ start: 16, end: 21 }]);
  });

  it.each([
    ['Müller met Muller and MÜLLER at the Korea–EU FTA’s talks', ['muller', 'ller', 'korea', 'fta']],
    ['The \u212Aorea plant (Kelvin sign) and Korea', ['korea']],
    ['İstanbul and Istanbul, then istanbul', ['istanbul', 'i']],
    ['𝐊orea 𝐀BC korea abc a𝐀b', ['korea', 'abc', 'ab', 'b']],
    ['한국 and Korea: 한국어 Korea2025 2025', ['한국', 'korea', '2025', 'korea2025']],
    ['café cafe CAFÉ cafés', ['cafe']],
    ['Korea😀Šefčovič 😀korea “Šefčovič’s” \uD800Šefčovič', ['korea', 'sefcovic', 's']],
  ])('marks in %j exactly the words WORD finds that fold to a term', (text, terms) => {
    const reference = [...text.matchAll(WORD)].filter((m) => terms.includes(foldWord(m[0]))).map((m) => ({ start: m.index, end: m.index + m[0].length }));
    expect(marksIn(text, new Set(terms))).toEqual(reference);
  });

  it.each([
    ['Müller met Muller and MÜLLER at the Korea–EU FTA’s talks', ['muller', 'korea'], ['muller']],
    ['Korea😀Šefčovič 😀korea “Šefčovič’s” \uD800Šefčovič', ['korea', 'sefcovic', 's'], ['sefcovic']],
    ['café cafe CAFÉ cafés', ['cafe', 'cafes'], ['cafe', 'cafes']],
  ])('marks %j alike whether or not it is told the terms its non-ASCII words fold to', (text, terms, nonAscii) => {
    expect(marksIn(text, new Set(terms), nonAscii)).toEqual(marksIn(text, new Set(terms)));
  });

  it('reads no word outside ASCII when none of those it is told of is a matched term', () => {
    // Told (wrongly) that the text holds no such word, it marks only the plain ones: the hint is trusted.
    expect(marked('Šefčovič met Sefcovic', marksIn('Šefčovič met Sefcovic', new Set(['sefcovic']), []))).toEqual(['Sefcovic']);
    expect(marked('Šefčovič met Sefcovic', marksIn('Šefčovič met Sefcovic', new Set(['sefcovic']), ['sefcovic']))).toEqual(['Šefčovič', 'Sefcovic']);
  });

  it('leaves HTML in the text as text: a tag is never a mark boundary by itself', () => {
    const text = '<b>Barakah</b> & <script>';
    expect(marked(text, marksIn(text, new Set(['barakah', 'script'])))).toEqual(['Barakah', 'script']);
  });
});

describe('snippetOf', () => {
  const filler = (words: number) => Array.from({ length: words }, (_v, i) => `word${i}`).join(' ');

  it('opens the passage a little before the first match, at a word start, with offsets into the passage', () => {
    const text = `${filler(40)} the Barakah plant ${filler(40)}`;
    const snippet = snippetOf(text, new Set(['barakah']), { length: 100, lead: 20 });
    expect(snippet.start).toBeGreaterThan(0);
    expect(text.slice(snippet.start, snippet.end)).toBe(snippet.text);
    expect(marked(snippet.text, snippet.marks)).toEqual(['Barakah']);
    expect(text.indexOf('Barakah') - snippet.start).toBeLessThanOrEqual(20);
    expect(/^\w/.test(snippet.text) && /\s/.test(text[snippet.start - 1]!)).toBe(true);
    expect(snippet.text.length).toBeLessThanOrEqual(100);
    expect(/\s/.test(text[snippet.end] ?? ' ')).toBe(true);
  });

  it('opens at the start of the sentence holding the match when that sentence starts within the lead, never on punctuation', () => {
    const text = `${filler(30)}. Building on this, the Barakah model. ${filler(30)}`;
    const snippet = snippetOf(text, new Set(['barakah']), { length: 120, lead: 40 });
    expect(snippet.text.startsWith('Building on this, the Barakah')).toBe(true);
    const noSentence = `${filler(30)}, (the Barakah model) ${filler(30)}`;
    expect(snippetOf(noSentence, new Set(['barakah']), { length: 120, lead: 8 }).text).toMatch(/^[\p{L}\p{N}]/u);
  });

  it('chooses the passage holding the most distinct terms, not the first match', () => {
    const text = `nuclear ${filler(60)} Barakah nuclear cooperation ${filler(10)}`;
    const snippet = snippetOf(text, new Set(['barakah', 'nuclear']), { length: 80, lead: 10 });
    expect(marked(snippet.text, snippet.marks)).toEqual(['Barakah', 'nuclear']);
  });

  it('shows the opening of the text when only the title matched', () => {
    const snippet = snippetOf(`Opening words. ${filler(100)}`, new Set(['absent']), { length: 50, lead: 10 });
    expect(snippet).toMatchObject({ start: 0, marks: [] });
    expect(snippet.text.startsWith('Opening words.')).toBe(true);
  });

  it('returns the whole of a short text', () => {
    expect(snippetOf('Barakah.', new Set(['barakah']))).toEqual({ text: 'Barakah.', start: 0, end: 8, textLength: 8, marks: [{ start: 0, end: 7 }] });
  });
});
