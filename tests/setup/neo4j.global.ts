/**
 * Global setup of the `int` project (vitest.config.ts): gives integration tests a real Neo4j.
 * Vitest runs it only when the run holds files of that project, so `npm run test:unit` never pays
 * for a server. With NEO4J_URI set it is used as is; otherwise, when Java is present, a launcher
 * starts on a free port with a fresh data folder and stops at teardown. Without Java the reason is printed and
 * the tests skip — except under CI=true, where they fail (see tests/setup/neo4j.ts).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { JAVA_MISSING_REASON, findJava, freePort, startNeo4j } from '../../scripts/neo4j-launcher.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Bolt URI of the Neo4j the integration tests share, or null with the reason in neo4jUnavailable. */
    neo4jUri: string | null;
    neo4jPassword: string;
    neo4jUnavailable: string | null;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const provide = (uri: string | null, reason: string | null, password = '') => {
    project.provide('neo4jUri', uri);
    project.provide('neo4jPassword', password);
    project.provide('neo4jUnavailable', reason);
  };
  if (process.env.NEO4J_URI) {
    provide(process.env.NEO4J_URI, null, process.env.NEO4J_PASSWORD ?? '');
    return async () => undefined;
  }
  if (!findJava()) {
    console.warn(`\n[neo4j] ${JAVA_MISSING_REASON}\n`);
    provide(null, JAVA_MISSING_REASON);
    return async () => undefined;
  }
  const home = mkdtempSync(join(tmpdir(), 'tradegraph-neo4j-'));
  // A low server-side timeout: whatever a test's own limits miss is stopped within 20 s.
  const server = await startNeo4j({ port: await freePort(), home, pageCache: '64m', jit: 'startup', txTimeout: '20s' });
  provide(server.uri, null);
  return async () => {
    await server.stop();
    rmSync(home, { recursive: true, force: true });
  };
}
