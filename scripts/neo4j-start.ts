/**
 * `npm run neo4j:start`: a local Neo4j for `tradegraph load` and `serve`, no Docker needed.
 * Env: NEO4J_PORT (default 7687), NEO4J_HOME (default .neo4j/home), NEO4J_PASSWORD (auth on when set),
 * NEO4J_HEAP (default 2g), NEO4J_PAGECACHE (default 512m).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isRunning, LOCAL_PID_FILE, LOCAL_STATE_DIR, startNeo4j } from './neo4j-launcher.js';


if (existsSync(LOCAL_PID_FILE) && isRunning(Number(readFileSync(LOCAL_PID_FILE, 'utf8')))) {
  console.log(`Neo4j is already running (pid ${readFileSync(LOCAL_PID_FILE, 'utf8').trim()}); stop it with npm run neo4j:stop.`);
  process.exit(0);
}

const port = Number(process.env.NEO4J_PORT ?? 7687);
const password = process.env.NEO4J_PASSWORD || undefined;
// A long-lived server for loads and queries: ParallelGC uses both cores, 10k-row load transactions
// want room, and 512 MiB of page cache holds a graph of a few hundred thousand elements.
const server = await startNeo4j({
  port,
  home: process.env.NEO4J_HOME ?? join(LOCAL_STATE_DIR, 'home'),
  password,
  detached: true,
  heap: process.env.NEO4J_HEAP ?? '2g',
  pageCache: process.env.NEO4J_PAGECACHE ?? '512m',
  gc: 'parallel',
});
writeFileSync(LOCAL_PID_FILE, String(server.pid));
console.log(`Neo4j is running (pid ${server.pid}, log ${server.logFile}).`);
console.log(`export NEO4J_URI=${server.uri}${password ? '' : '   # auth is off; set NEO4J_PASSWORD before starting to turn it on'}`);
