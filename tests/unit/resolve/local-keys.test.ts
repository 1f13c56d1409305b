import { describe, expect, it } from 'vitest';
import { LocalKeys } from '../../../src/resolve/local-keys.js';

describe('LocalKeys', () => {
  it('answers the key of a local entity by document and local id, and nothing for an unknown one', () => {
    const keys = new LocalKeys();
    keys.set('doc:b', 'e1', 'person:kim');
    keys.set('doc:a', 'e1', 'country:KR');
    expect(keys.get('doc:b', 'e1')).toBe('person:kim');
    expect(keys.get('doc:a', 'e1')).toBe('country:KR');
    expect(keys.get('doc:a', 'e2')).toBeUndefined();
    expect(keys.get('doc:c', 'e1')).toBeUndefined();
  });

  it('gives every ref as a record in code-unit order of `docId/localId`, whatever the order they were set in', () => {
    const keys = new LocalKeys();
    const refs: [string, string][] = [
      ['doc:b', 'e10'],
      ['doc:a', 'e2'],
      ['doc:b', 'e9'],
      ['doc:a', 'e1'],
    ];
    for (const [doc, local] of refs) keys.set(doc, local, `k:${doc}/${local}`);
    const record = keys.toRecord();
    expect(Object.keys(record)).toEqual(['doc:a/e1', 'doc:a/e2', 'doc:b/e10', 'doc:b/e9']);
    expect(record['doc:b/e9']).toBe('k:doc:b/e9');
  });

  it('keeps ref order when one document id is a prefix of another followed by a character before `/`', () => {
    const keys = new LocalKeys();
    keys.set('a', 'e1', 'k1');
    keys.set('a-b', 'e1', 'k2');
    keys.set('a.c', 'e1', 'k3');
    const refs = Object.keys(keys.toRecord());
    expect(refs).toEqual([...refs].sort());
    expect(refs).toEqual(['a-b/e1', 'a.c/e1', 'a/e1']);
  });
});
