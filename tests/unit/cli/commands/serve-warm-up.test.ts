import { EventEmitter } from 'node:events';
import type { Server } from 'node:http';
import { describe, expect, it } from 'vitest';
import { warmUpGate } from '../../../../src/cli/commands/serve-warm-up.js';

/** Whether `promise` has settled after the pending turns of the event loop. */
async function settled(promise: Promise<unknown>): Promise<boolean> {
  let done = false;
  void promise.then(() => (done = true));
  await new Promise((resolve) => setImmediate(resolve));
  await new Promise((resolve) => setImmediate(resolve));
  return done;
}

describe('warmUpGate', () => {
  it('stays shut while the first request is being answered and opens once its answer went out', async () => {
    const gate = warmUpGate(60_000);
    const server = new EventEmitter();
    gate.watch(server as unknown as Server);
    expect(await settled(gate.open)).toBe(false);
    const response = new EventEmitter();
    server.emit('request', {}, response);
    expect(await settled(gate.open)).toBe(false);
    response.emit('close');
    expect(await settled(gate.open)).toBe(true);
  });

  it('opens after the idle time when no request comes', async () => {
    const gate = warmUpGate(5);
    gate.watch(new EventEmitter() as unknown as Server);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(await settled(gate.open)).toBe(true);
  });

  it('stays shut until the server is watched', async () => {
    const gate = warmUpGate(1);
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(await settled(gate.open)).toBe(false);
  });
});
