import { describe, expect, it } from 'vitest';
import { analyse } from '../../../../src/extract/nlp/index.js';

describe('analyse', () => {
  it.each([
    ['accented names', 'Maroš Šefčovič met Kim Jung-kwan in Brussels.'],
    ['curly quotes and dashes', 'He said, “Korea–U.S. ties matter” — and left.'],
    ['emoji and double spaces', 'Exports rose 😀  again.  Imports fell.'],
    ['line breaks', 'First line here.\nSecond line there.'],
  ])('gives token offsets that slice back to each token (%s)', (_label, text) => {
    const analysed = analyse(text);
    expect(analysed.tokens.length).toBeGreaterThan(3);
    for (const token of analysed.tokens) expect(text.slice(token.start, token.end)).toBe(token.text);
  });

  it('gives sentence offsets that slice back to each sentence', () => {
    const text = 'Minister Yeo met the delegation. They discussed the “K-beauty” trade.';
    const { sentences } = analyse(text);
    expect(sentences.map((s) => s.text)).toEqual(['Minister Yeo met the delegation.', 'They discussed the “K-beauty” trade.']);
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it('keeps `Korea–U.S. FTA` inside one sentence although the model breaks after `U.`', () => {
    const text = 'Both sides will convene the Korea–U.S. FTA Joint Committee meeting in December.';
    expect(analyse(text).sentences).toHaveLength(1);
  });

  it('tags proper nouns and numbers with universal POS tags', () => {
    const tags = new Map(analyse('Samsung invested 5 billion won.').tokens.map((t) => [t.text, t.pos]));
    expect(tags.get('Samsung')).toBe('PROPN');
    expect(tags.get('5')).toBe('NUM');
  });

  it('numbers every token with the index of its sentence', () => {
    const { tokens, sentences } = analyse('One sentence. Another one.');
    expect(sentences).toHaveLength(2);
    expect(tokens.find((t) => t.text === 'Another')?.sentenceIndex).toBe(1);
  });
});
