import { describe, expect, it } from 'vitest';
import { selectBenches } from '../../bench/lib/select-benches.js';

const FILES = ['http-neo4j.bench.ts', 'http.bench.ts', 'stages.bench.ts', 'neo4j-load.bench.ts', 'extra.bench.ts', 'README.md', 'lib'];
const ORDER = ['stages', 'http', 'neo4j-load', 'http-neo4j'];

describe('selectBenches', () => {
  it('runs every bench file, in the order the benches depend on, when none is named', () => {
    expect(selectBenches(FILES, [], ORDER)).toEqual(['stages.bench.ts', 'http.bench.ts', 'neo4j-load.bench.ts', 'http-neo4j.bench.ts', 'extra.bench.ts']);
  });

  it('takes a name that is a bench as that bench alone, not every bench it begins', () => {
    expect(selectBenches(FILES, ['http'], ORDER)).toEqual(['http.bench.ts']);
    expect(selectBenches(FILES, ['http', 'stages'], ORDER)).toEqual(['stages.bench.ts', 'http.bench.ts']);
  });

  it('takes a name that is no bench as the start of bench names', () => {
    expect(selectBenches(FILES, ['neo4j'], ORDER)).toEqual(['neo4j-load.bench.ts']);
    expect(selectBenches(FILES, ['http-'], ORDER)).toEqual(['http-neo4j.bench.ts']);
  });

  it('selects nothing for a name no bench begins with', () => {
    expect(selectBenches(FILES, ['browser'], ORDER)).toEqual([]);
  });
});
