import { createServer, connect, type Server, type Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { BoltMeter, clientStreamReader } from '../../../../src/store/neo4j/bolt-meter.js';

const HANDSHAKE = Buffer.alloc(20, 0x01);
const TAG = 'tgq-0123456789abcdef';

/** One Bolt message in chunks of at most `chunkSize` bytes, ended by a zero-length chunk. */
function chunked(message: Buffer, chunkSize = 0xffff): Buffer {
  const parts: Buffer[] = [];
  for (let at = 0; at < message.length; at += chunkSize) {
    const body = message.subarray(at, at + chunkSize);
    parts.push(Buffer.from([body.length >> 8, body.length & 0xff]), body);
  }
  parts.push(Buffer.from([0, 0]));
  return Buffer.concat(parts);
}

/** A BEGIN (struct of one field, signature 0x11) or RUN (0x10) whose bytes hold `text`. */
const message = (signature: number, text: string) => Buffer.concat([Buffer.from([0xb1, signature]), Buffer.from(text, 'latin1')]);
const begin = (tag: string) => message(0x11, `{tx_metadata: {tradegraph_query: "${tag}"}}`);

function tagsRead(...pieces: Buffer[]): (string | null)[] {
  const tags: (string | null)[] = [];
  const reader = clientStreamReader((tag) => tags.push(tag));
  for (const piece of pieces) reader.read(piece);
  return tags;
}

describe('clientStreamReader', () => {
  it('finds the tag of a BEGIN message after the handshake', () => {
    expect(tagsRead(HANDSHAKE, chunked(begin(TAG)))).toEqual([TAG]);
  });

  it('finds it when the message is split over chunks and the bytes over many reads', () => {
    const stream = Buffer.concat([HANDSHAKE, chunked(begin(TAG), 7)]);
    expect(tagsRead(...Array.from(stream, (byte) => Buffer.from([byte])))).toEqual([TAG]);
  });

  it('ignores a tag written in a RUN message: a query cannot pose as another', () => {
    expect(tagsRead(HANDSHAKE, chunked(message(0x10, `RETURN '${TAG}'`)))).toEqual([]);
  });

  it('reports a BEGIN without a tag as none, so an earlier tag does not linger', () => {
    expect(tagsRead(HANDSHAKE, chunked(begin(TAG)), chunked(message(0x11, '{}')))).toEqual([TAG, null]);
  });

  it('ignores keep-alive chunks between messages', () => {
    expect(tagsRead(HANDSHAKE, Buffer.from([0, 0, 0, 0]), chunked(begin(TAG)))).toEqual([TAG]);
  });

  it('steps over the version and capabilities a client picks in the manifest handshake', () => {
    const tags: (string | null)[] = [];
    const reader = clientStreamReader((tag) => tags.push(tag));
    reader.read(HANDSHAKE);
    reader.manifestChosen();
    // Chosen version 5.8, then capabilities as a two-byte varint.
    reader.read(Buffer.concat([Buffer.from([0, 0, 8, 5, 0x81, 0x01]), chunked(begin(TAG))]));
    expect(tags).toEqual([TAG]);
  });
});

describe('BoltMeter', () => {
  let upstream: Server | undefined;
  let meter: BoltMeter | undefined;
  afterEach(async () => {
    await meter?.close();
    await new Promise((r) => (upstream ? upstream.close(r) : r(undefined)));
  });

  /** A fake Neo4j answering each client write with `answer` bytes; the meter in front of it. */
  async function relayTo(answer: number, maxBytesPerTag: number): Promise<BoltMeter> {
    upstream = createServer((socket) => {
      socket.on('error', () => undefined);
      socket.on('data', () => socket.write(Buffer.alloc(answer, 0x2a)));
    });
    await new Promise<void>((r) => upstream!.listen(0, '127.0.0.1', r));
    const { port } = upstream.address() as { port: number };
    meter = await BoltMeter.start({ host: '127.0.0.1', port }, { maxBytesPerTag });
    return meter;
  }

  /** Connects through the meter, sends `bytes`, and resolves with what came back and whether it was cut. */
  function exchange(port: number, bytes: Buffer, cutAfterMs?: () => void): Promise<{ received: number; closed: boolean }> {
    return new Promise((resolve) => {
      const socket: Socket = connect(port, '127.0.0.1');
      let received = 0;
      socket.on('data', (data) => {
        received += data.length;
        cutAfterMs?.();
      });
      socket.on('close', () => resolve({ received, closed: true }));
      socket.on('error', () => undefined);
      socket.write(bytes);
      setTimeout(() => {
        socket.destroy();
        resolve({ received, closed: false });
      }, 500);
    });
  }

  it('relays an answer under the cap untouched', async () => {
    const relay = await relayTo(1000, 4096);
    const result = await exchange(relay.port, Buffer.concat([HANDSHAKE, chunked(begin(TAG))]));
    expect(result).toEqual({ received: 1000, closed: false });
    expect(relay.bytesFor(TAG)).toBe(1000);
    expect(relay.reasonFor(TAG)).toBeUndefined();
  });

  it("cuts a tagged transaction's connection once its answer passes the cap, and says why", async () => {
    const relay = await relayTo(1_000_000, 4096);
    const result = await exchange(relay.port, Buffer.concat([HANDSHAKE, chunked(begin(TAG))]));
    expect(result.closed).toBe(true);
    expect(result.received).toBeLessThanOrEqual(4096);
    expect(relay.reasonFor(TAG)).toBe('bytes');
  });

  it('caps an answer to untagged messages too, rather than letting an unread stream through', async () => {
    const relay = await relayTo(1_000_000, 4096);
    const result = await exchange(relay.port, Buffer.concat([HANDSHAKE, chunked(message(0x10, 'RETURN 1'))]));
    expect(result.closed).toBe(true);
    expect(result.received).toBeLessThanOrEqual(4096);
  });

  it('cuts a tag on demand (a deadline) and says why', async () => {
    const relay = await relayTo(100, 1_000_000);
    const result = await exchange(relay.port, Buffer.concat([HANDSHAKE, chunked(begin(TAG))]), () => relay.cut(TAG));
    expect(result.closed).toBe(true);
    expect(relay.reasonFor(TAG)).toBe('deadline');
    relay.release(TAG);
    expect(relay.reasonFor(TAG)).toBeUndefined();
  });

  it('keeps nothing of a released tag whose connection is still answering', async () => {
    const relay = await relayTo(100, 1_000_000);
    const socket = connect(relay.port, '127.0.0.1');
    socket.on('error', () => undefined);
    socket.write(Buffer.concat([HANDSHAKE, chunked(begin(TAG))]));
    await new Promise((r) => socket.once('data', r));
    relay.release(TAG);
    socket.write(chunked(message(0x10, 'RETURN 1')));
    await new Promise((r) => socket.once('data', r));
    expect(relay.bytesFor(TAG)).toBe(0);
    socket.destroy();
  });
});
