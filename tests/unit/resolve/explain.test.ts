import { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { registerExplainCommand } from '../../../src/cli/commands/explain.js';
import { runProgram } from '../../../src/cli/index.js';
import { explain, formatExplanation, resolve, type Explanation, type ResolvedCorpus } from '../../../src/resolve/index.js';
import { corpusOf } from './fixtures.js';
import { seedReleases } from './seed-releases.js';
import { capturedIo } from '../cli/support/captured-io.js';

function corpus(): ResolvedCorpus {
  const { documents, extractions } = corpusOf(seedReleases());
  return resolve(documents, extractions);
}

describe('explain', () => {
  const resolved = corpus();

  it.each([
    ['a node key', 'person:kim-jung-kwan'],
    ['an alias', 'JK Kim'],
    ['the name in other case and spelling', 'kim jung-kwan'],
  ])('finds the industry minister by %s', (_how, query) => {
    expect(explain(resolved, query).matches.map((m) => m.key)).toEqual(['person:kim-jung-kwan']);
  });

  it('lists each release behind a node with its mentions and sentences', () => {
    const [kim] = explain(resolved, 'JK Kim').matches;
    const canada = kim?.documents.find((d) => d.docId === 'doc_e5canada');
    expect(canada?.mentions.map((m) => m.text)).toEqual(['JK Kim']);
    expect(canada?.mentions[0]?.sentence).toMatch(/^Park Jung-sung/);
  });

  it('says which rule merged each local entity', () => {
    const [kim] = explain(resolved, 'Kim Jung-kwan').matches;
    expect(kim?.merges.map((m) => m.rule)).toEqual(expect.arrayContaining(['same-name', 'initials', 'title-at-date']));
    expect(formatExplanation(explain(resolved, 'Kim Jung-kwan'))).toMatch(/\[initials\] .*fit exactly one full name/);
  });

  it('returns every node a part of a name matches', () => {
    const keys = explain(resolved, 'Minister Kim').matches.map((m) => m.key);
    expect(keys).toEqual(expect.arrayContaining(['person:kim-jung-kwan']));
    expect(keys.some((k) => k.startsWith('person:minister-kim@'))).toBe(true);
  });

  it('says why an ambiguous `Minister Kim` was kept apart', () => {
    const text = formatExplanation(explain(resolved, 'person:minister-kim@j10bare'));
    expect(text).toMatch(/kept apart: .*fits 2 people/);
  });

  it('throws ENTITY_NOT_FOUND for a name no node has', () => {
    expect(() => explain(resolved, 'Nobody Atall')).toThrow(expect.objectContaining({ code: 'ENTITY_NOT_FOUND' }));
  });
});

describe('tradegraph explain', () => {
  async function run(args: string[]): Promise<{ out: string; err: string; inputs: string[][]; code: number }> {
    const { io, out, err } = capturedIo();
    const inputs: string[][] = [];
    const program = new Command('tradegraph');
    registerExplainCommand(program, io, {
      loadCorpus: async (paths) => {
        inputs.push(paths);
        return corpus();
      },
    });
    const code = await runProgram(program, ['explain', ...args], io);
    return { out: out(), err: err(), inputs, code };
  }

  it('prints the explanation as JSON with --json, resolving the --input paths', async () => {
    const { out, inputs } = await run(['JK Kim', '--input', 'a.txt', 'b.jsonl', '--json']);
    expect(inputs).toEqual([['a.txt', 'b.jsonl']]);
    expect((JSON.parse(out) as Explanation).matches[0]?.key).toBe('person:kim-jung-kwan');
  });

  it('reads the seeds when no input is given and prints text', async () => {
    const { out, inputs } = await run(['MOTIR']);
    expect(inputs).toEqual([['seeds']]);
    expect(out).toMatch(/^org:ministry-of-trade-industry-and-resources {2}Organization/);
  });

  it('fails with the error code and a non-zero exit when nothing matches', async () => {
    const { err, code } = await run(['Nobody Atall']);
    expect(err).toContain('[ENTITY_NOT_FOUND]');
    expect(code).toBe(1);
  });
});
