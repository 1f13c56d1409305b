import { describe, expect, it } from 'vitest';
import { autoHubThreshold, hiddenHubs, hubRule, MIN_HUB_DOCS, pathsAvoiding, withId, withoutId } from '../../../web/js/hubs.js';

const nodes = [
  { id: 'country:KR', name: 'Korea', docCount: 39 },
  { id: 'org:ministry', name: 'Ministry', docCount: 37 },
  { id: 'person:minister', name: 'Minister', docCount: 23 },
  { id: 'person:a', name: 'A', docCount: 2 },
  { id: 'event:e', name: 'Event' },
];

describe('autoHubThreshold', () => {
  it.each([
    [40, 30],
    [39, 30],
    [4, MIN_HUB_DOCS],
    [0, 0],
    [null, 0],
    [undefined, 0],
  ])('for %s documents is %i', (documents, threshold) => {
    expect(autoHubThreshold(documents)).toBe(threshold);
  });
});

describe('hubRule', () => {
  it.each([
    ['no hubs key: automatic', {}, 30],
    ['an explicit threshold', { hubs: '10' }, 10],
    ['0: hub hiding off', { hubs: '0' }, 0],
    ['not a number: automatic', { hubs: 'lots' }, 30],
    ['negative: automatic', { hubs: '-3' }, 30],
    ['a fraction: automatic', { hubs: '2.5' }, 30],
  ])('reads %s', (_case, state, threshold) => {
    expect(hubRule(state, 40).threshold).toBe(threshold);
  });

  it('carries the named and the shown ids', () => {
    expect(hubRule({ hide: ['a'], show: ['b'] }, 40)).toEqual({ threshold: 30, hide: ['a'], show: ['b'] });
  });
});

describe('hiddenHubs', () => {
  const ids = (list: { id: string }[]) => list.map((n) => n.id);

  it('hides the nodes mentioned in at least the threshold of documents, busiest first', () => {
    expect(ids(hiddenHubs(nodes, { threshold: 30, hide: [], show: [] }))).toEqual(['country:KR', 'org:ministry']);
    expect(ids(hiddenHubs(nodes, { threshold: 23, hide: [], show: [] }))).toEqual(['country:KR', 'org:ministry', 'person:minister']);
  });

  it('never hides the ends of the view (the entity opened, the ends of a path)', () => {
    expect(ids(hiddenHubs(nodes, { threshold: 30, hide: [], show: [] }, ['country:KR']))).toEqual(['org:ministry']);
  });

  it('hides named nodes whatever their count, and shows the ones asked for', () => {
    expect(ids(hiddenHubs(nodes, { threshold: 30, hide: ['person:a'], show: ['org:ministry'] }))).toEqual(['country:KR', 'person:a']);
  });

  it('hides no hub with threshold 0, only named nodes', () => {
    expect(ids(hiddenHubs(nodes, { threshold: 0, hide: ['event:e'], show: [] }))).toEqual(['event:e']);
  });
});

describe('withId / withoutId', () => {
  it('adds an id once and removes it, dropping an empty list', () => {
    expect(withId(['a'], 'a')).toEqual(['a']);
    expect(withId(undefined, 'b')).toEqual(['b']);
    expect(withoutId(['a', 'b'], 'a')).toEqual(['b']);
    expect(withoutId(['a'], 'a')).toBeUndefined();
  });
});

describe('pathsAvoiding', () => {
  const path = (...names: string[]) => ({ nodes: names.map((id) => ({ id })) });

  it('keeps the paths whose inner nodes are all visible; the ends may be hubs', () => {
    const paths = [path('a', 'hub', 'b'), path('a', 'x', 'y', 'b'), path('hub', 'z', 'b')];
    expect(pathsAvoiding(paths, new Set(['hub']))).toEqual([paths[1], paths[2]]);
  });
});
