/** `npm run neo4j:stop`: SIGTERM to the server `npm run neo4j:start` left running, then wait for it to exit. */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { isRunning, LOCAL_PID_FILE } from './neo4j-launcher.js';


if (!existsSync(LOCAL_PID_FILE)) {
  console.log('No Neo4j started by npm run neo4j:start is running.');
  process.exit(0);
}
const pid = Number(readFileSync(LOCAL_PID_FILE, 'utf8'));
if (isRunning(pid)) {
  process.kill(pid, 'SIGTERM');
  const deadline = Date.now() + 60_000;
  while (isRunning(pid) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
  if (isRunning(pid)) {
    console.error(`Neo4j (pid ${pid}) did not stop within 60 s; it is still running.`);
    process.exit(1);
  }
}
rmSync(LOCAL_PID_FILE);
console.log(`Neo4j (pid ${pid}) stopped.`);
