import { describe, expect, it } from 'vitest';
import { plainBoltTarget } from '../../../../src/store/neo4j/user-query-pool.js';

describe('plainBoltTarget', () => {
  it.each([
    ['bolt://127.0.0.1:7687', { host: '127.0.0.1', port: 7687 }],
    ['bolt://neo4j', { host: 'neo4j', port: 7687 }],
    ['neo4j://cluster.example:7688', { host: 'cluster.example', port: 7688 }],
    ['bolt://[::1]:7690', { host: '::1', port: 7690 }],
  ])('meters %s through a relay to its host and port', (uri, target) => {
    expect(plainBoltTarget(uri)).toEqual(target);
  });

  it.each(['bolt+s://db.example:7687', 'neo4j+s://db.example', 'neo4j+ssc://db.example', 'bolt+ssc://127.0.0.1'])(
    'leaves %s unmetered: a relay cannot read a TLS stream',
    (uri) => {
      expect(plainBoltTarget(uri)).toBeNull();
    },
  );
});
