import { describe, expect, it } from 'vitest';
import { serverNodeFlags } from '../../bench/lib/cli.js';
import { drawUrls, MAX_URLS } from '../../bench/lib/draw-urls.js';
import { growthExponent } from '../../bench/lib/growth.js';
import { stageName, stagesOf } from '../../bench/lib/stage-figures.js';
import { fixtureGraph } from '../query/fixture-graph.js';

describe('growthExponent', () => {
  it.each([
    ['linear', 100, 1_000, 1000, 10_000, 1],
    ['quadratic', 100, 1_000, 1000, 100_000, 2],
    ['flat', 100, 1_000, 1000, 1_000, 0],
  ])('gives %s growth as its exponent', (_name, n1, t1, n2, t2, k) => {
    expect(growthExponent(n1, t1, n2, t2)).toBeCloseTo(k, 6);
  });

  it('gives nothing for times too small to mean anything, or equal sizes', () => {
    expect(growthExponent(1, 5, 10, 50)).toBeNull();
    expect(growthExponent(10, 100, 10, 200)).toBeNull();
  });
});

describe('stageName', () => {
  it.each([
    ['parse', 'parse'],
    ['Extract', 'extract'],
    ['snapshot', 'snapshot write'],
    ['snapshot write', 'snapshot write'],
    ['write', 'snapshot write'],
    ['build', 'build'],
  ])('maps the CLI stage %s onto %s', (reported, expected) => {
    expect(stageName(reported)).toBe(expected);
  });

  it.each(['resolve:aliases', 'resolve/merge', 'warm-up'])('leaves sub-steps and unknown names (%s) out', (reported) => {
    expect(stageName(reported)).toBeNull();
  });
});

describe('stagesOf', () => {
  it('reads the stages of a build summary that has them', () => {
    const stages = [{ stage: 'parse', items: 44, wallMs: 12, cpuMs: 10, peakRssBytes: 1 }];
    expect(stagesOf({ documents: 39, stages })).toEqual(stages);
  });

  it.each([[{ documents: 39 }], [{ stages: [] }], [{ stages: [{ name: 'parse' }] }], [null]])('gives null for a summary without usable stages (%j)', (summary) => {
    expect(stagesOf(summary)).toBeNull();
  });
});

describe('drawUrls', () => {
  const urls = drawUrls(fixtureGraph());

  it('asks every endpoint something drawn from the graph', () => {
    for (const [endpoint, list] of Object.entries(urls)) expect(list.length, endpoint).toBeGreaterThan(0);
    expect(urls.entity.every((u) => u.startsWith('/api/entities/'))).toBe(true);
    expect(urls.country).toContain('/api/countries/KR');
    expect(urls['country-graph']).toEqual(urls.country.map((u) => u.replace(/^(\/api\/countries\/[^/?]+)/, '$1/graph')));
  });

  it('never repeats a URL within an endpoint and stays under the cap', () => {
    for (const list of Object.values(urls)) {
      expect(new Set(list).size).toBe(list.length);
      expect(list.length).toBeLessThanOrEqual(MAX_URLS);
    }
  });

  it('encodes ids and search terms so the server reads back what the graph holds', () => {
    const ids = new Set(fixtureGraph().nodes.map((n) => n.id));
    for (const url of urls.entity) expect(ids.has(decodeURIComponent(url.slice('/api/entities/'.length)))).toBe(true);
    const names = fixtureGraph().nodes.map((n) => n.attributes.name);
    const terms = urls.search.map((u) => new URL(u, 'http://127.0.0.1').searchParams.get('q')!);
    expect(terms.every((q) => q.trim().length > 0)).toBe(true);
    expect(names.filter((name) => terms.includes(name)).length).toBeGreaterThan(names.length / 2);
  });

  it('draws the same URLs for the same seed', () => {
    expect(drawUrls(fixtureGraph(), 3)).toEqual(drawUrls(fixtureGraph(), 3));
  });
});

describe('serverNodeFlags', () => {
  it('reads the V8 flags `npm start` gives node, up to the loader', () => {
    expect(serverNodeFlags('node --max-semi-space-size=32 --max-old-space-size=4096 --import tsx src/cli/main.ts start')).toEqual(['--max-semi-space-size=32', '--max-old-space-size=4096']);
  });

  it('reads them up to the script node runs', () => {
    expect(serverNodeFlags('node --max-semi-space-size=32 bin/tradegraph.js start')).toEqual(['--max-semi-space-size=32']);
  });

  it('gives none when the script does not start node itself', () => {
    expect(serverNodeFlags('tsx src/cli/main.ts start')).toEqual([]);
    expect(serverNodeFlags('node --import tsx src/cli/main.ts start')).toEqual([]);
  });

  it('reads the repository\'s own start script, so the bench serves as users do', () => {
    expect(serverNodeFlags()).toContain('--max-semi-space-size=32');
  });
});
