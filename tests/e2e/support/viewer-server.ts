import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { createApp } from '../../../src/api/index.js';
import { DEFAULT_CONFIG } from '../../../src/config/index.js';
import type { GraphData } from '../../../src/domain/index.js';
import { createEmbeddedStore } from '../../../src/store/embedded/index.js';

export interface ViewerServer {
  readonly url: string;
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
      resolve({
        url: `http://127.0.0.1:${port}/`,
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
    server.on('error', reject);
  });
}
