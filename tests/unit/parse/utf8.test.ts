import { describe, expect, it } from 'vitest';
import { firstInvalidUtf8, lineOfByte } from '../../../src/parse/utf8.js';

const bytes = (...values: number[]): Uint8Array => new Uint8Array(values);

describe('firstInvalidUtf8', () => {
  it.each([
    ['ASCII', new TextEncoder().encode('plain'), -1],
    ['Korean and typographic quotes', new TextEncoder().encode('한국 ’ “ — 😀'), -1],
    ['a stray continuation byte', bytes(0x41, 0x80), 1],
    ['an invalid lead byte', bytes(0x41, 0x42, 0xff), 2],
    ['an overlong encoding', bytes(0xc0, 0xaf), 0],
    ['an overlong three-byte form', bytes(0xe0, 0x80, 0xaf), 0],
    ['an encoded surrogate', bytes(0xed, 0xa0, 0x80), 0],
    ['a code point above U+10FFFF', bytes(0xf4, 0x90, 0x80, 0x80), 0],
    ['a sequence cut off at the end', bytes(0x41, 0xe2, 0x80), 1],
  ])('finds %s at %i', (_name, input, expected) => expect(firstInvalidUtf8(input)).toBe(expected));
});

describe('lineOfByte', () => {
  it.each([
    ['LF', 'a\nb\nc', 4, 3],
    ['CRLF, counted once', 'a\r\nb\r\nc', 6, 3],
    ['a lone CR', 'a\rb', 2, 2],
    ['the first line', 'abc', 2, 1],
  ])('counts %s line ends', (_name, text, offset, line) => {
    expect(lineOfByte(new TextEncoder().encode(text), offset)).toBe(line);
  });
});
