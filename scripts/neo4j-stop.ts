/** `npm run neo4j:stop`: SIGTERM to the server `npm run neo4j:start` left running, then wait for it to exit. */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from './neo4j-launcher.js';

const pidFile = join(REPO_ROOT, '.neo4j', 'neo4j.pid');

function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

if (!existsSync(pidFile)) {
  console.log('No Neo4j started by npm run neo4j:start is running.');
  process.exit(0);
}
const pid = Number(readFileSync(pidFile, 'utf8'));
if (running(pid)) {
  process.kill(pid, 'SIGTERM');
  const deadline = Date.now() + 60_000;
  while (running(pid) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
  if (running(pid)) {
    console.error(`Neo4j (pid ${pid}) did not stop within 60 s; it is still running.`);
    process.exit(1);
  }
}
rmSync(pidFile);
console.log(`Neo4j (pid ${pid}) stopped.`);
