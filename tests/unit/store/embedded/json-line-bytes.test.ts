import { describe, expect, it } from 'vitest';
import { stableStringify } from '../../../../src/domain/index.js';
import { JsonLineBytes } from '../../../../src/store/embedded/json-line-bytes.js';

/** Writes each line with `put` into a JsonLineBytes of `chunkBytes`, and returns the chunks it handed over as text. */
async function written(lines: readonly unknown[], put: (out: JsonLineBytes, line: unknown) => void, chunkBytes = 1 << 16): Promise<string[]> {
  const chunks: string[] = [];
  const out = new JsonLineBytes(async (chunk) => void chunks.push(Buffer.from(chunk).toString('utf8')), chunkBytes);
  for (const line of lines) {
    put(out, line);
    const ended = out.endLine();
    if (ended) await ended;
  }
  await out.flush();
  return chunks;
}

const STRINGS = [
  '',
  'plain ascii',
  '산업통상자원부 장관',
  'a "quoted" word and a back\\slash',
  'tab\there, line\nbreak, bell\u0007, nul\u0000, unit separator\u001f',
  'a pair of surrogates 😀 stays as it is',
  'a lone high surrogate \ud83d in text',
  'a lone low surrogate \ude00',
  'line separators \u2028 and \u2029, delete \u007f',
  `${'long Korean text 한국어 '.repeat(20)}"`,
  'x'.repeat(31),
  'y'.repeat(32),
];

const NUMBERS = [0, -0, 7, 2147483647, 2147483648, -3, 1.5, 1e21, 1e-7, Number.NaN, Number.POSITIVE_INFINITY];

const VALUES: unknown[] = [
  null,
  true,
  false,
  { b: 1, a: 'two', c: undefined, d: () => 0 },
  { nested: { z: [1, 'x', null, undefined], y: { b: [], a: {} } }, 가: '한', A: 'upper' },
  [undefined, () => 1, { k: 'v' }, [['deep']]],
  { '12': 'integer-like key', '2': 'another', 'key "with" quotes\n': 1 },
];

describe('JsonLineBytes', () => {
  it.each(STRINGS)('writes the string %j as JSON.stringify does', async (text) => {
    expect((await written([text], (out, line) => out.string(line as string))).join('')).toBe(`${JSON.stringify(text)}\n`);
  });

  it.each(NUMBERS)('writes the number %d as JSON.stringify does', async (n) => {
    expect((await written([n], (out, line) => out.number(line as number))).join('')).toBe(`${JSON.stringify(n)}\n`);
  });

  it.each([...VALUES, ...STRINGS, ...NUMBERS])('writes %j as stableStringify does', async (value) => {
    expect((await written([value], (out, line) => out.value(line))).join('')).toBe(`${stableStringify(value)}\n`);
  });

  it('hands over chunks of whole lines, none longer than a chunk unless it is one line', async () => {
    const lines = Array.from({ length: 400 }, (_, i) => (i % 50 === 7 ? '한'.repeat(300) : `line ${i} ${'.'.repeat(i % 37)}`));
    const chunks = await written(lines, (out, line) => out.string(line as string), 256);
    expect(chunks.join('')).toBe(lines.map((line) => `${JSON.stringify(line)}\n`).join(''));
    expect(chunks.length).toBeGreaterThan(10);
    for (const chunk of chunks) {
      expect(chunk.endsWith('\n')).toBe(true);
      const bytes = Buffer.byteLength(chunk);
      if (bytes > 256) expect(chunk.split('\n')).toHaveLength(2);
    }
  });
});
