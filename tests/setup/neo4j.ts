/**
 * What integration test files use to reach Neo4j: the server the global setup provides, a lock so
 * that two files never clear and load the one Community database at once, and the skip-or-fail
 * rule when there is no server (skip locally, fail under CI=true).
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, inject, it } from 'vitest';
import type { Neo4jConfig } from '../../src/config/app-config.js';
import type { GraphStore } from '../../src/domain/store.js';
import { createNeo4jStore, type Neo4jStoreOptions } from '../../src/store/neo4j/index.js';
import { JAVA_MISSING_REASON, findJava } from '../../scripts/neo4j-launcher.js';

export interface Neo4jTarget {
  readonly uri: string;
  readonly password: string;
}

export function neo4jConfig(target: Neo4jTarget, overrides: Partial<Neo4jConfig> = {}): Neo4jConfig {
  return { uri: target.uri, user: 'neo4j', password: target.password, database: 'neo4j', ...overrides };
}

export function openNeo4jStore(target: Neo4jTarget, options: Neo4jStoreOptions = {}): Promise<GraphStore> {
  return createNeo4jStore(neo4jConfig(target), options);
}

/**
 * A describe block over the shared server: skipped with the reason printed when there is none,
 * failing instead under CI. The block holds the server's lock from its first hook to its last.
 */
export function describeWithNeo4j(name: string, body: (target: Neo4jTarget) => void): void {
  const uri = inject('neo4jUri');
  if (!uri) {
    describeUnavailable(name, inject('neo4jUnavailable') ?? 'no Neo4j server was provided');
    return;
  }
  const target = { uri, password: inject('neo4jPassword') };
  describe(name, () => {
    let release: (() => void) | undefined;
    beforeAll(async () => {
      release = await lockServer(uri);
    });
    afterAll(() => release?.());
    body(target);
  });
}

/** A describe block that needs Java to start servers of its own (fault tests). */
export function describeWithJava(name: string, body: () => void): void {
  if (!findJava()) {
    describeUnavailable(name, JAVA_MISSING_REASON);
    return;
  }
  describe(name, body);
}

function describeUnavailable(name: string, reason: string): void {
  if (process.env.CI === 'true') {
    describe(name, () => {
      it('has a Neo4j server to test against', () => {
        throw new Error(`${reason} (CI=true: Neo4j tests must run, not skip)`);
      });
    });
    return;
  }
  console.warn(`[neo4j] skipping "${name}": ${reason}`);
  describe.skip(name, () => {
    it(`needs Neo4j: ${reason}`, () => undefined);
  });
}

/** A lock folder per server: mkdir is atomic; a holder that died leaves its pid behind to be cleared. */
async function lockServer(uri: string): Promise<() => void> {
  const dir = join(tmpdir(), `tradegraph-neo4j-lock-${uri.replace(/[^A-Za-z0-9]+/g, '_')}`);
  for (;;) {
    try {
      mkdirSync(dir);
      writeFileSync(join(dir, 'pid'), String(process.pid));
      return () => rmSync(dir, { recursive: true, force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      if (holderDied(dir)) rmSync(dir, { recursive: true, force: true });
      else await new Promise((r) => setTimeout(r, 250));
    }
  }
}

function holderDied(dir: string): boolean {
  try {
    process.kill(Number(readFileSync(join(dir, 'pid'), 'utf8')), 0);
    return false;
  } catch (error) {
    // No pid file yet means the holder is between mkdir and writeFile.
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
}
