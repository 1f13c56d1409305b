import { randomBytes } from 'node:crypto';
import type { RequestHandler } from 'express';
import { fnv1a32 } from '../domain/index.js';
import type { QueryService } from '../query/index.js';

/**
 * ETags for the embedded store's GET answers from what they are a function of — this server's
 * graph (a per-app token and the load generation), the URL and the content type — instead of a
 * SHA-1 of the body, which Express computes by default: on the 100× graph that hash cost a country
 * answer 0.1 ms of its CPU (after a copy of the whole body into a Buffer), and every client pays it
 * though few revalidate. Conditional GETs still get 304: the same URL on the same graph answers the
 * same bytes, and a restart or a load changes the tag. Neo4j can be written from another process,
 * so its answers keep Express's body hash. Installed before `csvResponses`, so a CSV answer is
 * tagged apart from the JSON at the same URL.
 */
export function addressEtags(query: QueryService, token: string = randomBytes(6).toString('base64url')): RequestHandler {
  return (req, res, next) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || query.store.backend !== 'embedded') return next();
    // The graph the answer is computed from: a load finishing meanwhile makes the tag stale, never wrong.
    const generation = query.generation();
    const send = res.send.bind(res);
    res.send = (body?: unknown) => {
      if (res.statusCode === 200 && !res.get('ETag')) {
        res.set('ETag', `W/"${token}-${generation}-${fnv1a32(`${req.originalUrl}\u0000${String(res.get('Content-Type') ?? '')}`).toString(16).padStart(8, '0')}"`);
      }
      return send(body);
    };
    next();
  };
}
