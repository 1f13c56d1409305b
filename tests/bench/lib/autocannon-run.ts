import autocannon from 'autocannon';

/** One endpoint's figures under load. */
export interface LoadFigures {
  readonly label: string;
  readonly distinctUrls: number;
  readonly requests: number;
  readonly reqPerSec: number;
  readonly p50: number;
  readonly p99: number;
  readonly timeouts: number;
  readonly errors: number;
  readonly non2xx: number;
}

/**
 * Runs autocannon on `base` with the URLs in turn (one counter shared by every connection); with
 * `bust`, each request also carries a unique `_bench=N` the API ignores, so no answer is cached.
 */
export async function loadUrls(
  label: string,
  base: string,
  urls: readonly string[],
  options: { bust: boolean; seconds: number; connections: number },
): Promise<LoadFigures> {
  let counter = 0;
  const setupRequest = (request: autocannon.Request): autocannon.Request => {
    const n = counter++;
    const path = urls[n % urls.length]!;
    return { ...request, path: options.bust ? `${path}${path.includes('?') ? '&' : '?'}_bench=${n}` : path };
  };
  const result = await autocannon({ url: base, connections: options.connections, duration: options.seconds, requests: [{ method: 'GET', setupRequest }] });
  return {
    label,
    distinctUrls: Math.min(urls.length, counter),
    requests: result.requests.total,
    reqPerSec: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    timeouts: result.timeouts,
    // autocannon counts timeouts among errors; here errors are the other failures (resets, refused connections).
    errors: result.errors - result.timeouts,
    non2xx: result.non2xx,
  };
}
