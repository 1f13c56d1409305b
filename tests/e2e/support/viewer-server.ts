import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { createApp } from '../../../src/api/index.js';
import { DEFAULT_CONFIG } from '../../../src/config/index.js';
import type { GraphData } from '../../../src/domain/index.js';
import { createEmbeddedStore } from '../../../src/store/embedded/index.js';

export interface ViewerServer {
  readonly url: string;
  /** The JSON answer to `path` (relative to the server's root), as the viewer's own requests read it. */
  json<T>(path: string): Promise<T>;
  close(): Promise<void>;
}

/**
 * The real application (createApp from src/api, the viewer mounted at `/`) over an embedded store
 * holding `graph`, listening on an ephemeral loopback port.
 */
export function startViewerServer(graph: GraphData): Promise<ViewerServer> {
  const app = createApp({ query: createEmbeddedStore(graph), config: { ...DEFAULT_CONFIG, logLevel: 'silent', port: 0 } });
  return new Promise((resolve, reject) => {
    const server: Server = app.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      const url = `http://127.0.0.1:${port}/`;
      resolve({
        url,
        json: async <T>(path: string) => (await fetch(new URL(path, url))).json() as Promise<T>,
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
    server.on('error', reject);
  });
}
