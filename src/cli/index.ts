export { processIo, type CliIo, type OutputStream } from './cli-io.js';
export { createProgram } from './program.js';
export { runCli } from './run-cli.js';
export { runProgram } from './run-program.js';
