import type { RequestHandler } from 'express';
import { answerJson, type QueryService } from '../query/index.js';
import { Doorkeeper } from './doorkeeper.js';

/** How many distinct GET answers are kept; the oldest is dropped first. */
export const RESPONSE_CACHE_ENTRIES = 2000;

/**
 * How many characters of answers are kept in all. Entries alone let 2,000 country answers of 70 KB
 * hold 140 MB of a server's heap; an answer over a sixteenth of the budget is sent but not kept.
 */
export const RESPONSE_CACHE_CHARS = 8_000_000;

/**
 * Keeps the JSON of successful GET answers by URL, for a store whose data cannot change behind the
 * service (the embedded snapshot: only QueryService.load changes it, and that bumps the
 * generation, which is part of the key). Answers are pure functions of the graph, so a repeated
 * question — the viewer asks the same neighbourhoods again and again — costs a map lookup.
 * Neo4j may be written by `tradegraph load` from another process, so it is never cached.
 *
 * An answer is kept only on its second ask within the doorkeeper's window (TinyLFU's admission):
 * under distinct URLs, keeping every answer turned each one into an old-generation string that the
 * next few thousand evicted — work for the collector and nothing for anyone. The viewer's repeated
 * questions are cached from their second ask on.
 */
export function cacheGetResponses(query: QueryService, entries = RESPONSE_CACHE_ENTRIES, maxChars = RESPONSE_CACHE_CHARS, doorkeeper = new Doorkeeper()): RequestHandler {
  const cache = new Map<string, string>();
  let chars = 0;
  const evictOldest = () => {
    const [oldest, text] = cache.entries().next().value as [string, string];
    cache.delete(oldest);
    chars -= text.length;
  };
  return (req, res, next) => {
    if (req.method !== 'GET' || query.store.backend !== 'embedded') return next();
    const key = `${query.generation()}\u0000${req.originalUrl}`;
    const hit = cache.get(key);
    if (hit !== undefined) {
      // Refresh its place so the questions asked most stay.
      cache.delete(key);
      cache.set(key, hit);
      res.type('application/json').send(hit);
      return;
    }
    // Asked for the first time in the window: answered as if there were no cache.
    if (!doorkeeper.admit(key)) return next();
    const json = res.json.bind(res);
    res.json = (body: unknown) => {
      if (res.statusCode !== 200) return json(body);
      const text = answerJson(body);
      if (text.length <= maxChars / 16) {
        cache.set(key, text);
        chars += text.length;
        while (cache.size > entries || chars > maxChars) evictOldest();
      }
      return res.type('application/json').send(text);
    };
    next();
  };
}
