import { createHash } from 'node:crypto';
import neo4j, { type Driver } from 'neo4j-driver';
import type { Neo4jConfig } from '../../config/index.js';
import { canonical, HASH_PROPERTY } from './content-hash.js';
import { digestsAsWrittenWhole } from './load-digests.js';
import { asWrittenWhole } from './records.js';

const ALL_NODES = 'MATCH (n) RETURN labels(n) AS labels, properties(n) AS props';
const ALL_RELATIONSHIPS = 'MATCH (a)-[r]->(b) RETURN type(r) AS type, a.id AS source, b.id AS target, properties(r) AS props';

export interface GraphChecksum {
  readonly nodes: number;
  readonly relationships: number;
  /** SHA-256 over every node (labels, properties) and relationship (type, endpoint ids, properties), in a fixed order. */
  readonly sha256: string;
}

/**
 * A fingerprint of the whole database's content, the same for two databases holding the same
 * nodes and relationships with the same labels, types and properties (the stored `hash` included,
 * typed: an Integer differs from a float), whatever their internal ids or the order they were
 * written in; evidence appended in chunks by loads that added releases (records.ts) compares as the
 * whole list one load of the same graph writes, and load digests written as a delta as the digests
 * written whole (load-digests.ts). What the tests compare to say a load changed nothing or converged after a crash.
 */
export async function graphChecksum(driver: Driver, database: string): Promise<GraphChecksum> {
  const session = driver.session({ database });
  try {
    const lines = await session.executeRead(async (tx) => {
      const nodes: string[] = [];
      for await (const r of tx.run(ALL_NODES)) {
        // The load digests written as a delta count as the digests written whole.
        const labels = r.get('labels') as string[];
        const props = labels.includes('TradegraphLoadDigests') ? digestsAsWrittenWhole(r.get('props') as Record<string, unknown>) : (r.get('props') as Record<string, unknown>);
        nodes.push(`${[...(r.get('labels') as string[])].sort().join(':')}${canonical(props)}${stored(props)}`);
      }
      const relationships: string[] = [];
      for await (const r of tx.run(ALL_RELATIONSHIPS)) {
        // Evidence appended in chunks counts as the whole list a single load would have written.
        const props = asWrittenWhole(String(r.get('props').id), r.get('props') as Record<string, unknown>);
        relationships.push(`${r.get('type')}\u0000${r.get('source')}\u0000${r.get('target')}${canonical(props)}${stored(props)}`);
      }
      return { nodes, relationships };
    });
    const digest = createHash('sha256');
    for (const line of lines.nodes.sort()) digest.update(`${line}\n`);
    digest.update('\u0000');
    for (const line of lines.relationships.sort()) digest.update(`${line}\n`);
    return { nodes: lines.nodes.length, relationships: lines.relationships.length, sha256: digest.digest('hex') };
  } finally {
    await session.close();
  }
}

/** canonical() leaves the content hash out; a checksum of what is stored keeps it. */
function stored(props: Record<string, unknown>): string {
  const hash = props[HASH_PROPERTY];
  return hash === undefined || hash === null ? '' : `#${String(hash)}`;
}

/** graphChecksum over a connection of its own, for tests and benchmarks that hold only a config. */
export async function graphChecksumAt(config: Neo4jConfig): Promise<GraphChecksum> {
  const driver = neo4j.driver(config.uri, config.password ? neo4j.auth.basic(config.user, config.password) : undefined);
  try {
    return await graphChecksum(driver, config.database);
  } finally {
    await driver.close();
  }
}
