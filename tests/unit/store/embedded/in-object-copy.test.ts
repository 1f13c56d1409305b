import { describe, expect, it } from 'vitest';
import { inObjectCopy } from '../../../../src/store/embedded/in-object-copy.js';

describe('inObjectCopy', () => {
  it('copies every own property with its value, in the same order, into a new plain object', () => {
    const evidence = [{ docId: 'd1' }];
    const record: Record<string, unknown> = JSON.parse('{"evidence":0,"type":"MET"}') as Record<string, unknown>;
    record.evidence = evidence;
    record.docIds = ['d1'];
    record.count = 1;
    record.firstDate = '2024-01-02';
    const copy = inObjectCopy(record);
    expect(copy).not.toBe(record);
    expect(Object.getPrototypeOf(copy)).toBe(Object.prototype);
    expect(Object.keys(copy)).toEqual(['evidence', 'type', 'docIds', 'count', 'firstDate']);
    expect(JSON.stringify(copy)).toBe(JSON.stringify(record));
    expect(copy.evidence).toBe(evidence);
  });

  it('copies records of one layout with their own values', () => {
    const first = inObjectCopy({ type: 'MET', count: 1 });
    const second = inObjectCopy({ type: 'SIGNED', count: 2 });
    expect([first, second]).toEqual([
      { type: 'MET', count: 1 },
      { type: 'SIGNED', count: 2 },
    ]);
  });

  it('takes property names as names, never as code', () => {
    const record = JSON.parse('{"a\\"]}; throw 1; ({\\"":1,"b c":2,"`${x}`":3}') as Record<string, unknown>;
    expect(inObjectCopy(record)).toEqual(record);
  });

  it('keeps a record with an own __proto__ property as it is, which a literal would take as the prototype', () => {
    const record = JSON.parse('{"__proto__":{"polluted":true},"type":"MET"}') as Record<string, unknown>;
    const copy = inObjectCopy(record);
    expect(copy).toBe(record);
    expect(Object.getPrototypeOf(copy)).toBe(Object.prototype);
    expect(Object.keys(copy)).toEqual(['__proto__', 'type']);
  });
});
