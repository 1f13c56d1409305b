import { describe, expect, it } from 'vitest';
import { escapeRegExp } from '../../../src/domain/index.js';

describe('escapeRegExp', () => {
  it.each(['U.S.', 'Dewan (Rakyat)', 'a+b*c?', '^[x]$', '{id}|\\', 'Plain words'])('builds a pattern that matches %s literally, and only it', (text) => {
    const pattern = new RegExp(`^${escapeRegExp(text)}$`);
    expect(pattern.test(text)).toBe(true);
    expect(pattern.test(`${text}x`)).toBe(false);
  });

  it('leaves letters, digits and spaces as they are', () => {
    expect(escapeRegExp('State Duma 2024')).toBe('State Duma 2024');
  });

  it('escapes a dot so it no longer matches any character', () => {
    expect(new RegExp(`^${escapeRegExp('U.S.')}$`).test('UxSx')).toBe(false);
  });
});
