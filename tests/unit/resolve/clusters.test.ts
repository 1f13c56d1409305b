import { describe, expect, it } from 'vitest';
import type { LocalOrganization } from '../../../src/domain/extraction.js';
import { Clusters, type LocalItem } from '../../../src/resolve/clusters.js';

function item(docId: string, localId: string): LocalItem<LocalOrganization> {
  const entity = { localId, label: 'Organization', name: localId, aliases: [], acronym: null, kind: 'government', country: null, mentions: [] } as LocalOrganization;
  return { ref: `${docId}/${localId}`, docId, date: null, entity };
}

describe('Clusters', () => {
  const items = [item('doc:b', 'o2'), item('doc:a', 'o10'), item('doc:a', 'o2'), item('doc:c', 'o1')];

  it('roots every set at its smallest ref, whatever the order of unions', () => {
    const clusters = new Clusters(items);
    clusters.union('doc:c/o1', 'doc:b/o2', 'same-name', 'x');
    expect(clusters.find('doc:c/o1')).toBe('doc:b/o2');
    clusters.union('doc:b/o2', 'doc:a/o2', 'same-name', 'y');
    expect(clusters.find('doc:c/o1')).toBe('doc:a/o2');
  });

  it('gives every set, sets ordered by root and members by ref, singletons included', () => {
    const clusters = new Clusters(items);
    clusters.union('doc:c/o1', 'doc:a/o2', 'same-name', 'x');
    expect(clusters.groups().map((group) => group.map((m) => m.ref))).toEqual([['doc:a/o10'], ['doc:a/o2', 'doc:c/o1'], ['doc:b/o2']]);
  });

  it('keeps one member list per set as it grows, so a reader can follow it by its end', () => {
    const clusters = new Clusters(items);
    const list = clusters.membersOf('doc:a/o10');
    clusters.union('doc:a/o10', 'doc:b/o2', 'same-name', 'x');
    expect(clusters.membersOf('doc:b/o2')).toBe(list);
    expect(list.map((m) => m.ref)).toEqual(['doc:a/o10', 'doc:b/o2']);
  });

  it('refuses a union its guard objects to, and records why under the right-hand ref', () => {
    const clusters = new Clusters(items);
    expect(clusters.union('doc:a/o2', 'doc:b/o2', 'same-acronym', 'x', () => 'two bodies')).toBe(false);
    expect(clusters.find('doc:b/o2')).toBe('doc:b/o2');
    expect(clusters.decisions().get('doc:b/o2')?.keptApart).toEqual([{ local: 'doc:b/o2', detail: 'not merged with doc:a/o2: two bodies' }]);
  });

  it('records each merge under the set it made', () => {
    const clusters = new Clusters(items);
    clusters.union('doc:c/o1', 'doc:a/o2', 'same-name', 'x');
    expect(clusters.decisions().get('doc:a/o2')?.merges).toEqual([{ rule: 'same-name', left: 'doc:c/o1', right: 'doc:a/o2', detail: 'x' }]);
  });

  it('takes a ref given twice as one item, the last given', () => {
    const again = item('doc:a', 'o2');
    const clusters = new Clusters([...items, again]);
    expect(clusters.groups().flat()).toHaveLength(4);
    expect(clusters.membersOf('doc:a/o2')[0]).toBe(again);
  });

  it('throws on a union of a ref it does not hold', () => {
    expect(() => new Clusters(items).union('doc:a/o2', 'doc:z/o9', 'same-name', 'x')).toThrow(RangeError);
  });
});
