import { Writable } from 'node:stream';
import type { CliIo } from '../../../../src/cli/index.js';
import type { Environment } from '../../../../src/config/index.js';

/** A CliIo whose streams are kept in memory: `out()` and `err()` give what a command wrote so far. */
export interface CapturedIo {
  readonly io: CliIo;
  out(): string;
  err(): string;
}

/** A stream that keeps what is written, as it is written (never full, so a large export never waits to drain). */
function collected(): { stream: Writable; text: () => string } {
  let text = '';
  const stream = new Writable({
    decodeStrings: false,
    write(chunk: string | Buffer, _encoding, done) {
      text += String(chunk);
      done();
    },
  });
  return { stream, text: () => text };
}

/**
 * An in-memory io, not a terminal, whose environment holds only `env`: nothing of the developer's
 * own environment (a NEO4J_URI, a TRADEGRAPH_SNAPSHOT) leaks into a test.
 */
export function capturedIo(env: Environment = {}): CapturedIo {
  const stdout = collected();
  const stderr = collected();
  return { io: { env, stdout: stdout.stream, stderr: stderr.stream }, out: stdout.text, err: stderr.text };
}
