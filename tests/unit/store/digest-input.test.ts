import { hash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { DigestInput } from '../../../src/store/digest-input.js';

const sha1Prefix = (text: string) => hash('sha1', text, 'base64url').slice(0, 22);

describe('DigestInput', () => {
  it.each<[string, readonly (string | number)[]]>([
    ['short ASCII pieces', ['label=', 's6:', 'Person']],
    ['a piece with Korean and curly quotes', ['s5:', '김정관 ‘x’']],
    ['a long sentence beside short pieces', ['s', 120, ':', `${'Trade talks — '.repeat(8)}ended.`]],
    ['numbers as their text', [0, ';', 7, ';', 2147483647, ';', 2147483648, ';', -3, ';', 1.25, ';', 1e21, ';', -0]],
    ['a lone surrogate, encoded as its replacement', ['a\ud800b']],
  ])('digests %s as the joined text', (_what, pieces) => {
    const input = new DigestInput();
    for (const piece of pieces) {
      if (typeof piece === 'number') input.number(piece);
      else input.raw(piece);
    }
    expect(input.digest()).toBe(sha1Prefix(pieces.map(String).join('')));
  });

  it('grows past its first buffer for a text longer than it', () => {
    const input = new DigestInput();
    const text = 'é'.repeat(100_000);
    input.raw(text);
    input.code(0x3b);
    expect(input.digest()).toBe(sha1Prefix(`${text};`));
  });

  it('starts again from nothing once cleared', () => {
    const input = new DigestInput();
    input.raw('left over');
    input.clear();
    input.raw('fresh');
    expect(input.digest()).toBe(sha1Prefix('fresh'));
  });
});
