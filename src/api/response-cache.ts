import type { RequestHandler } from 'express';
import type { QueryService } from '../query/index.js';

/** How many distinct GET answers are kept; the oldest is dropped first. */
export const RESPONSE_CACHE_ENTRIES = 2000;

/**
 * Keeps the JSON of successful GET answers by URL, for a store whose data cannot change behind the
 * service (the embedded snapshot: only QueryService.load changes it, and that bumps the
 * generation, which is part of the key). Answers are pure functions of the graph, so a repeated
 * question — the viewer asks the same neighbourhoods again and again — costs a map lookup.
 * Neo4j may be written by `tradegraph load` from another process, so it is never cached.
 */
export function cacheGetResponses(query: QueryService, entries = RESPONSE_CACHE_ENTRIES): RequestHandler {
  const cache = new Map<string, string>();
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
    const json = res.json.bind(res);
    res.json = (body: unknown) => {
      if (res.statusCode !== 200) return json(body);
      const text = JSON.stringify(body);
      cache.set(key, text);
      if (cache.size > entries) cache.delete(cache.keys().next().value as string);
      return res.type('application/json').send(text);
    };
    next();
  };
}
