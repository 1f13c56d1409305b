import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

/** Debian's Chromium; `scripts/install-chromium.sh` installs it. */
export const CHROMIUM_PATH = '/usr/bin/chromium';

/** Flags for a quiet, deterministic headless run in a container (no sandbox, no GPU, no network chatter). */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-quic',
  '--no-first-run',
  '--disable-component-update',
  '--disable-sync',
] as const;

export interface ChromiumStatus {
  /** Chromium is there: run the browser tests. */
  readonly run: boolean;
  /** Chromium is missing under CI=true: the tests must fail rather than skip. */
  readonly mustFail: boolean;
  readonly reason: string;
}

/** Whether the browser tests can run here, and what to say when they cannot. */
export function chromiumStatus(env: NodeJS.ProcessEnv = process.env): ChromiumStatus {
  if (existsSync(CHROMIUM_PATH)) return { run: true, mustFail: false, reason: '' };
  const reason = `${CHROMIUM_PATH} is missing; install it with \`bash scripts/install-chromium.sh\` (apt-get install chromium).`;
  return { run: false, mustFail: env.CI === 'true', reason };
}

export interface Browser {
  readonly context: BrowserContext;
  close(): Promise<void>;
}

/** Launches Chromium with a fresh profile directory (removed on close) and a 1280×800 viewport. */
export async function launchChromium(): Promise<Browser> {
  const profile = mkdtempSync(join(tmpdir(), 'tradegraph-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [...CHROMIUM_ARGS],
    viewport: { width: 1280, height: 800 },
    acceptDownloads: true,
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
