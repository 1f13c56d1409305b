/**
 * `npm run neo4j:stop`: SIGTERM to the server `npm run neo4j:start` left running (its pid is in
 * NEO4J_PID_FILE, default .neo4j/neo4j.pid), then wait for it to exit.
 */
import { existsSync, rmSync } from 'node:fs';
import { isRunning, pidFile, runningPid } from './neo4j-launcher.js';

const pidPath = pidFile();
const pid = runningPid(pidPath);
if (pid === null) {
  if (existsSync(pidPath)) rmSync(pidPath);
  console.log(`No Neo4j started by npm run neo4j:start is running (no live pid in ${pidPath}).`);
  process.exit(0);
}
process.kill(pid, 'SIGTERM');
const deadline = Date.now() + 60_000;
while (isRunning(pid) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
if (isRunning(pid)) {
  console.error(`Neo4j (pid ${pid}) did not stop within 60 s; it is still running.`);
  process.exit(1);
}
rmSync(pidPath, { force: true });
console.log(`Neo4j (pid ${pid}) stopped.`);
