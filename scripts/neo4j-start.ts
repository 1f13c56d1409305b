/**
 * `npm run neo4j:start`: a local Neo4j for `tradegraph load` and `serve`, no Docker needed; it keeps
 * running after this command ends, and `npm run neo4j:stop` stops it.
 * Env: NEO4J_PORT (default 7687), NEO4J_HOME (default .neo4j/home; any folder), NEO4J_PASSWORD (auth
 * on when set), NEO4J_HEAP (default 2g), NEO4J_PAGECACHE (default 512m), NEO4J_TX_TIMEOUT (default
 * 120s), NEO4J_TX_MEMORY / NEO4J_TX_MEMORY_TOTAL (default a quarter / half of the heap),
 * NEO4J_PID_FILE (default .neo4j/neo4j.pid: where neo4j:stop looks).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { LOCAL_STATE_DIR, pidFile, runningPid, startNeo4j } from './neo4j-launcher.js';

const pidPath = pidFile();
const already = runningPid(pidPath);
if (already !== null) {
  console.log(`Neo4j is already running (pid ${already}, recorded in ${pidPath}); stop it with npm run neo4j:stop.`);
  process.exit(0);
}
// The pid file's folder exists before the server starts, so that a server is never left running
// without the record neo4j:stop needs (NEO4J_HOME may be anywhere, not under .neo4j/).
mkdirSync(dirname(pidPath), { recursive: true });

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
  ...(process.env.NEO4J_TX_TIMEOUT ? { txTimeout: process.env.NEO4J_TX_TIMEOUT } : {}),
  ...(process.env.NEO4J_TX_MEMORY ? { txMemory: process.env.NEO4J_TX_MEMORY } : {}),
  ...(process.env.NEO4J_TX_MEMORY_TOTAL ? { txMemoryTotal: process.env.NEO4J_TX_MEMORY_TOTAL } : {}),
});
try {
  writeFileSync(pidPath, String(server.pid));
} catch (error) {
  await server.stop();
  console.error(`Could not record the server's pid in ${pidPath} (${(error as Error).message}); the server was stopped.`);
  process.exit(1);
}
console.log(`Neo4j is running (pid ${server.pid}, log ${server.logFile}); npm run neo4j:stop stops it.`);
console.log(`export NEO4J_URI=${server.uri}${password ? '' : '   # auth is off; set NEO4J_PASSWORD before starting to turn it on'}`);
