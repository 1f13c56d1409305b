import type { RawDocument } from '../domain/index.js';

/**
 * The record with each text field in a string of its own. A field cut out of the file's text (a
 * category line such as `Trade/Investment`, which no cleaning rule rewrites, is the same string as
 * its line, and a line is a slice of the file) would keep the whole file alive for as long as the
 * field is: at 1000× that was every input file, two bytes a character (≈ 200 MB) beside the
 * bodies, for the whole build. Copied, a field holds only itself.
 */
export function withOwnStrings(document: RawDocument): RawDocument {
  return {
    ...document,
    title: ownCopy(document.title),
    body: ownCopy(document.body),
    category: document.category === null ? null : ownCopy(document.category),
    url: document.url === null ? null : ownCopy(document.url),
  };
}

/**
 * A copy of `text` sharing no memory with any other string. UTF-16 round-trips every code unit,
 * a lone surrogate included, and the engine stores the copy one byte a character when it can.
 */
export function ownCopy(text: string): string {
  return Buffer.from(text, 'utf16le').toString('utf16le');
}
