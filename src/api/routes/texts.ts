import { Router } from 'express';
import type { QueryService } from '../../query/index.js';
import { textSearchQuery } from '../requests.js';
import { parseInput } from '../validate.js';

/** Full-text search over the releases. */
export function textsRouter(query: QueryService): Router {
  const router = Router();
  router.get('/documents/search', async (req, res) => {
    const { q, from, to, country, entity, offset, limit } = parseInput(textSearchQuery, req.query, 'query');
    const filter = { ...(from ? { from } : {}), ...(to ? { to } : {}), ...(country ? { country } : {}), ...(entity ? { entity } : {}) };
    res.json(await query.textSearch(q, filter, { offset, limit }));
  });
  return router;
}
