import { open, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { eachLine } from '../../../../src/store/embedded/snapshot-lines.js';
import { makeTempFolder } from '../../../support/temp-folder.js';

async function linesOf(content: string, chunkBytes: number, stopAfter = Infinity): Promise<string[]> {
  const path = join(await makeTempFolder('tradegraph-lines-'), 'f');
  await writeFile(path, content);
  const handle = await open(path, 'r');
  const lines: string[] = [];
  try {
    await eachLine(handle, (line) => (lines.push(line), lines.length < stopAfter), chunkBytes);
  } finally {
    await handle.close();
  }
  return lines;
}

describe('eachLine', () => {
  it.each([
    ['', []],
    ['one', ['one']],
    ['one\n', ['one']],
    ['one\ntwo', ['one', 'two']],
    ['\n\n', ['', '']],
    ['a line much longer than the chunk\nb\n', ['a line much longer than the chunk', 'b']],
    ['한국어 문장\n“quotes” — é\n', ['한국어 문장', '“quotes” — é']],
  ])('splits %j into its lines, whatever the chunk size', async (content, expected) => {
    for (const chunk of [1, 3, 7, 64]) expect(await linesOf(content, chunk)).toEqual(expected);
  });

  it('stops when told to', async () => {
    expect(await linesOf('a\nb\nc\n', 4, 1)).toEqual(['a']);
  });

  it('gives the same lines as String.split for any text and chunk size', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.string({ unit: 'grapheme' }), { maxLength: 8 }), fc.integer({ min: 1, max: 16 }), async (parts, chunk) => {
        const content = parts.join('\n');
        const expected = content === '' ? [] : content.split('\n');
        if (content.endsWith('\n')) expected.pop();
        expect(await linesOf(content, chunk)).toEqual(expected);
      }),
      { numRuns: 60 },
    );
  });
});
