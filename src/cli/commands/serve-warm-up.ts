import type { Server } from 'node:http';

/** With no request this long after listening, the warm-up starts anyway. */
export const WARM_UP_IDLE_MS = 2000;

/** When the query warm-up may begin, and how the server tells it. */
export interface WarmUpGate {
  /** Resolves once the server answered its first request, or WARM_UP_IDLE_MS after listening. */
  readonly open: Promise<void>;
  /** Watches `server` (just listening) for its first answer. */
  watch(server: Server): void;
}

/**
 * The warm-up (search index, country lists, analytics: seconds of one-piece work on a large graph)
 * waits for the first answer: started with the app, its first pieces ran before the server even
 * listened (≈ 9 s of the 1000× graph's start), and any piece running when the first request
 * arrives holds that request up. After the first response is handed over, it may take the CPU.
 */
export function warmUpGate(idleMs: number = WARM_UP_IDLE_MS): WarmUpGate {
  let release!: () => void;
  const open = new Promise<void>((resolve) => (release = resolve));
  return {
    open,
    watch: (server) => {
      const timer = setTimeout(release, idleMs).unref();
      server.once('request', (_request, response) => {
        response.once('close', () => {
          clearTimeout(timer);
          // The next turn, once the answer has gone out.
          setImmediate(release);
        });
      });
    },
  };
}
