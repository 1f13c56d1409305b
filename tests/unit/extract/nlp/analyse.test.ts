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

  it("splits a possessive `’s` from its word even where the model keeps them whole, whatever it read before", () => {
    const words = (text: string): string[] => analyse(text).tokens.map((t) => t.text);
    // The model keeps `Zembla's` whole before a comma, and from then on learns it as one word.
    expect(words("Their output is close to Zembla's, while trade stands still.")).toEqual(['Their', 'output', 'is', 'close', 'to', 'Zembla', "'s", ',', 'while', 'trade', 'stands', 'still', '.']);
    const apposition = analyse("Anand Roy, Zembla's Minister of Commerce, spoke.").tokens;
    expect(apposition.slice(3, 5).map((t) => [t.text, t.start, t.end, t.pos])).toEqual([
      ['Zembla', 11, 17, 'PROPN'],
      ["'s", 17, 19, 'PART'],
    ]);
  });

  it('numbers every token with the index of its sentence', () => {
    const { tokens, sentences } = analyse('One sentence. Another one.');
    expect(sentences).toHaveLength(2);
    expect(tokens.find((t) => t.text === 'Another')?.sentenceIndex).toBe(1);
  });
});

describe('analyse on hostile text', () => {
  const limits = { maxTokenChars: 50, maxSentenceChars: 200 };

  it('keeps a run of non-space characters longer than maxTokenChars out of every sentence, offsets intact', () => {
    const blob = 'x'.repeat(500);
    const text = `Minister Yeo met the delegation. ${blob} They discussed trade.`;
    const analysed = analyse(text, limits);
    expect(analysed.tokens.some((t) => t.text.includes('xxx'))).toBe(false);
    expect(analysed.sentences.map((s) => s.text)).toEqual(['Minister Yeo met the delegation.', 'They discussed trade.']);
    for (const token of analysed.tokens) expect(text.slice(token.start, token.end)).toBe(token.text);
  });

  it('cuts a sentence longer than maxSentenceChars at token boundaries, numbering tokens with their piece', () => {
    const text = `${'word '.repeat(200)}end.`;
    const analysed = analyse(text, limits);
    expect(analysed.sentences.length).toBeGreaterThan(4);
    for (const s of analysed.sentences) {
      expect(s.end - s.start).toBeLessThanOrEqual(200);
      expect(text.slice(s.start, s.end)).toBe(s.text);
      expect(s.index).toBe(analysed.sentences.indexOf(s));
    }
    for (const token of analysed.tokens) {
      const sentence = analysed.sentences[token.sentenceIndex]!;
      expect(token.start >= sentence.start && token.end <= sentence.end).toBe(true);
    }
    expect(analysed.tokens).toHaveLength(201 + 1);
  });

  it('leaves text within the limits exactly as the model splits it', () => {
    const text = 'Minister Yeo met the delegation. They discussed the “K-beauty” trade.';
    expect(analyse(text, limits)).toEqual(analyse(text, { maxTokenChars: 1e9, maxSentenceChars: 1e9 }));
  });
});
