import { randomBytes } from 'node:crypto';
import { createConnection, createServer, type Server, type Socket } from 'node:net';

export interface BoltMeterOptions {
  /** Bytes the server may send for one tagged transaction before its connection is cut. */
  readonly maxBytesPerTag: number;
}

/** Why a tag's connection was cut. */
export type CutReason = 'bytes' | 'deadline';

/** The transaction-metadata key that carries a tag; its value is what newTag() returns. */
export const TAG_METADATA_KEY = 'tradegraph_query';

const TAG = /tgq-[0-9a-f]{16}/;
/** Bolt 5 BEGIN is a struct of one field (marker 0xB1) with signature 0x11. */
const BEGIN_SIGNATURE = 0x11;
/** The server's handshake answer that asks for the manifest exchange (version 255.1). */
const MANIFEST_VERSION = 0x000001ff;
/** The handshake a client opens with: 4 magic bytes and 4 proposed versions. */
const HANDSHAKE_BYTES = 20;
/** A BEGIN's metadata is small; only this much of a message is kept to look for the tag. */
const MESSAGE_PREFIX_BYTES = 4096;

interface Link {
  readonly client: Socket;
  readonly server: Socket;
  tag: string | null;
}

/**
 * A byte-counting Bolt relay on 127.0.0.1 in front of Neo4j, for users' queries only. The driver
 * of user queries connects here; each transaction names itself with a tag in its metadata (read
 * from the BEGIN message, never from the query text, so a query cannot pose as another), and the
 * bytes Neo4j sends back are counted against that tag as they arrive. Past the cap the connection
 * is cut before the driver has buffered the whole answer: the driver decodes long lists in time
 * quadratic in their size, so a cap applied after decoding would come minutes too late.
 * `cut(tag)` ends a tag's connection early (a client-side deadline); Neo4j then ends its
 * transaction as the connection is gone.
 */
export class BoltMeter {
  private readonly links = new Set<Link>();
  private readonly bytesByTag = new Map<string, number>();
  private readonly cutReasons = new Map<string, CutReason>();

  private constructor(
    private readonly server: Server,
    readonly port: number,
    private readonly options: BoltMeterOptions,
  ) {}

  /** Listens on an ephemeral loopback port and relays to `target`. */
  static start(target: { host: string; port: number }, options: BoltMeterOptions): Promise<BoltMeter> {
    return new Promise((resolve, reject) => {
      let meter: BoltMeter | undefined;
      const server = createServer((client) => meter?.relay(client, target));
      server.once('error', reject);
      server.listen(0, '127.0.0.1', () => {
        const address = server.address();
        meter = new BoltMeter(server, typeof address === 'object' && address ? address.port : 0, options);
        resolve(meter);
      });
    });
  }

  /** A fresh tag for one user query: put it in the transaction metadata under TAG_METADATA_KEY. */
  static newTag(): string {
    return `tgq-${randomBytes(8).toString('hex')}`;
  }

  get uri(): string {
    return `bolt://127.0.0.1:${this.port}`;
  }

  /** Bytes Neo4j has sent so far for `tag`. */
  bytesFor(tag: string): number {
    return this.bytesByTag.get(tag) ?? 0;
  }

  /** Why `tag`'s connection was cut, or undefined when it was not. */
  reasonFor(tag: string): CutReason | undefined {
    return this.cutReasons.get(tag);
  }

  /** Cuts the connection serving `tag` now. */
  cut(tag: string, reason: CutReason = 'deadline'): void {
    for (const link of this.links) if (link.tag === tag) this.sever(link, reason);
  }

  /** Forgets a finished tag's counters. */
  release(tag: string): void {
    this.bytesByTag.delete(tag);
    this.cutReasons.delete(tag);
  }

  close(): Promise<void> {
    for (const link of this.links) this.sever(link, null);
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  private relay(client: Socket, target: { host: string; port: number }): void {
    const server = createConnection(target);
    const link: Link = { client, server, tag: null };
    this.links.add(link);
    // Every BEGIN names the connection's current tag, or none: a later untagged transaction on
    // this connection must not count against (or be cut as) an earlier query.
    const reader = clientStreamReader((tag) => {
      link.tag = tag;
      if (tag !== null && !this.bytesByTag.has(tag)) this.bytesByTag.set(tag, 0);
    });
    let handshakeAnswered = false;
    // Bytes answering untagged messages count per client write, so a stream that was never
    // tagged (a protocol this reader does not follow) is still capped rather than let through.
    let untaggedBytes = 0;
    client.on('data', (data: Buffer) => {
      reader.read(data);
      untaggedBytes = 0;
      if (!server.write(data)) client.pause();
    });
    server.on('drain', () => client.resume());
    server.on('data', (data: Buffer) => {
      if (!handshakeAnswered) {
        handshakeAnswered = true;
        if (data.length >= 4 && data.readUInt32BE(0) === MANIFEST_VERSION) reader.manifestChosen();
      }
      // A released tag's late bytes (a rollback's answer) count as untagged, so none is kept.
      const tag = link.tag !== null && this.bytesByTag.has(link.tag) ? link.tag : null;
      const bytes = tag === null ? (untaggedBytes += data.length) : this.bytesByTag.get(tag)! + data.length;
      if (tag !== null) this.bytesByTag.set(tag, bytes);
      if (bytes > this.options.maxBytesPerTag) return this.sever(link, 'bytes');
      if (!client.write(data)) server.pause();
    });
    client.on('drain', () => server.resume());
    const end = () => this.sever(link, null);
    for (const socket of [client, server]) {
      socket.on('error', end);
      socket.on('close', end);
    }
  }

  private sever(link: Link, reason: CutReason | null): void {
    if (reason && link.tag !== null && this.bytesByTag.has(link.tag) && !this.cutReasons.has(link.tag)) this.cutReasons.set(link.tag, reason);
    this.links.delete(link);
    link.client.destroy();
    link.server.destroy();
  }
}

/** What the relay tells the reader of a client stream. */
export interface ClientStreamReader {
  /** Feeds bytes the client sent. */
  read(data: Buffer): void;
  /** The server answered the handshake with the manifest version (255.1): the client sends its pick next. */
  manifestChosen(): void;
}

/**
 * Follows the client's side of a Bolt connection (handshake, then chunks of 2-byte length and
 * payload, a zero length ending each message) and reports the tag of each BEGIN message (null
 * for a BEGIN without one).
 * With the manifest handshake (Bolt 5.7+ drivers against newer servers) the client sends its chosen
 * version (4 bytes) and capabilities (a varint) before the first message.
 */
export function clientStreamReader(onTag: (tag: string | null) => void): ClientStreamReader {
  let handshakeLeft = HANDSHAKE_BYTES;
  let selectionLeft = 0;
  let inCapabilities = false;
  let header: number[] = [];
  let chunkLeft = 0;
  let message: number[] = [];
  let messageLength = 0;
  const endMessage = () => {
    if (message.length >= 2 && (message[0]! & 0xf0) === 0xb0 && message[1] === BEGIN_SIGNATURE) {
      onTag(TAG.exec(Buffer.from(message).toString('latin1'))?.[0] ?? null);
    }
    message = [];
    messageLength = 0;
  };
  const read = (data: Buffer) => {
    let i = 0;
    while (i < data.length) {
      if (handshakeLeft > 0) {
        const take = Math.min(handshakeLeft, data.length - i);
        handshakeLeft -= take;
        i += take;
      } else if (selectionLeft > 0) {
        selectionLeft -= 1;
        i += 1;
        if (selectionLeft === 0) inCapabilities = true;
      } else if (inCapabilities) {
        inCapabilities = (data[i]! & 0x80) !== 0;
        i += 1;
      } else if (chunkLeft > 0) {
        const take = Math.min(chunkLeft, data.length - i);
        const room = MESSAGE_PREFIX_BYTES - message.length;
        for (let k = 0; k < Math.min(room, take); k++) message.push(data[i + k]!);
        messageLength += take;
        chunkLeft -= take;
        i += take;
      } else {
        header.push(data[i]!);
        i += 1;
        if (header.length === 2) {
          const size = (header[0]! << 8) | header[1]!;
          header = [];
          // Zero-length chunks end a message, and alone serve as keep-alive NOOPs.
          if (size === 0) {
            if (messageLength > 0) endMessage();
          } else chunkLeft = size;
        }
      }
    }
  };
  return {
    read,
    manifestChosen: () => {
      selectionLeft = 4;
    },
  };
}
