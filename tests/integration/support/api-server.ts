import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createApp } from '../../../src/api/index.js';
import { loadConfig } from '../../../src/config/index.js';
import type { GraphStore } from '../../../src/domain/store.js';
import { createQueryService, type CypherLimits } from '../../../src/query/index.js';

export interface ApiServer {
  /** Base URL without a trailing slash: `http://127.0.0.1:41234`. */
  readonly url: string;
  close(): Promise<void>;
}

/**
 * The real application over `store`, listening on an ephemeral loopback port. `webDir: null`
 * serves the API alone; leaving it out also serves the viewer from the repository's web/.
 */
export function serveStore(store: GraphStore, options: { readonly webDir?: null; readonly cypherLimits?: CypherLimits } = {}): Promise<ApiServer> {
  const app = createApp({
    query: createQueryService(store, options.cypherLimits ? { cypherLimits: options.cypherLimits } : {}),
    config: loadConfig({ LOG_LEVEL: 'silent' }),
    ...('webDir' in options ? { webDir: options.webDir } : {}),
  });
  return new Promise((resolve, reject) => {
    const server: Server = app.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({
        url: `http://127.0.0.1:${port}`,
        close: () => new Promise((done, fail) => server.close((error) => (error ? fail(error) : done()))),
      });
    });
    server.on('error', reject);
  });
}
