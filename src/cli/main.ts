#!/usr/bin/env node
/**
 * The entry point of `bin/tradegraph.js`, `npm start` and `npm run tradegraph`: runs the command line
 * with the process's environment and streams and leaves its code as the exit code. The process is
 * not ended here, so a server (`serve`, `start`) keeps running and pending output is flushed.
 * Nothing imports cli/.
 */
import { runCli } from './run-cli.js';

process.exitCode = await runCli(process.argv.slice(2));
