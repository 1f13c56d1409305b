#!/usr/bin/env node
/**
 * The `tradegraph` command as installed by `npm ci` (package.json `bin`): runs the TypeScript
 * sources through tsx, exactly as `npm start` and `npm run tradegraph` do, so `npx tradegraph …`
 * works on a fresh clone with nothing built and can never run a stale dist/.
 */
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/main.ts');
