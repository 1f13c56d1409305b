import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import neo4j from 'neo4j-driver';
import { afterAll, expect, it } from 'vitest';
import { freePort, isRunning, REPO_ROOT } from '../../scripts/neo4j-launcher.js';
import { describeWithJava } from '../setup/neo4j.js';

const run = promisify(execFile);
const npm = (script: string, env: NodeJS.ProcessEnv) => run('npm', ['run', '-s', script], { cwd: REPO_ROOT, env: { ...process.env, ...env }, timeout: 150_000 });

describeWithJava('npm run neo4j:start and neo4j:stop', () => {
  const outside = mkdtempSync(join(tmpdir(), 'tradegraph-neo4j-scripts-'));
  let pid = 0;
  afterAll(() => {
    if (pid && isRunning(pid)) process.kill(pid, 'SIGKILL');
    rmSync(outside, { recursive: true, force: true });
  });

  it('starts a server whose home is outside .neo4j/ on NEO4J_PORT, with bounded transactions, and stops it', async () => {
    const port = await freePort();
    const env = {
      NEO4J_PORT: String(port),
      NEO4J_HOME: join(outside, 'home'),
      NEO4J_PID_FILE: join(outside, 'state', 'neo4j.pid'),
      NEO4J_HEAP: '256m',
      NEO4J_PAGECACHE: '16m',
      NEO4J_TX_TIMEOUT: '30s',
    };
    const started = await npm('neo4j:start', env);
    expect(started.stdout).toContain(`export NEO4J_URI=bolt://127.0.0.1:${port}`);
    pid = Number(readFileSync(env.NEO4J_PID_FILE, 'utf8'));
    expect(isRunning(pid)).toBe(true);

    const driver = neo4j.driver(`bolt://127.0.0.1:${port}`);
    try {
      const { records } = await driver.executeQuery(
        'CALL dbms.listConfig() YIELD name, value WHERE name IN $names RETURN name, value ORDER BY name',
        { names: ['db.transaction.timeout', 'db.memory.transaction.max', 'dbms.memory.transaction.total.max', 'dbms.security.allow_csv_import_from_file_urls'] },
      );
      expect(Object.fromEntries(records.map((r) => [r.get('name'), r.get('value')]))).toEqual({
        'db.transaction.timeout': '30s',
        'db.memory.transaction.max': '64.00MiB',
        'dbms.memory.transaction.total.max': '128.00MiB',
        'dbms.security.allow_csv_import_from_file_urls': 'false',
      });
    } finally {
      await driver.close();
    }

    const again = await npm('neo4j:start', env);
    expect(again.stdout).toContain(`already running (pid ${pid}`);

    const stopped = await npm('neo4j:stop', env);
    expect(stopped.stdout).toContain(`Neo4j (pid ${pid}) stopped.`);
    expect(isRunning(pid)).toBe(false);
    expect(existsSync(env.NEO4J_PID_FILE)).toBe(false);
  }, 180_000);
});
