import { Router } from 'express';
import type { QueryService } from '../../query/index.js';
import { entityQuery, neighbourhoodQuery, nodeIdPath, searchQuery } from '../requests.js';
import { parseInput } from '../validate.js';

/** Search, entity detail and neighbourhood. Ids come URL-encoded (`person%3Akim-jung-kwan`); Express decodes them. */
export function entitiesRouter(query: QueryService): Router {
  const router = Router();
  router.get('/search', async (req, res) => {
    const { q, labels, limit } = parseInput(searchQuery, req.query, 'query');
    res.json(await query.search(q, { limit, ...(labels ? { labels } : {}) }));
  });
  router.get('/entities/:id', async (req, res) => {
    const { id } = parseInput(nodeIdPath, req.params, 'path');
    const { documentOffset, documentLimit } = parseInput(entityQuery, req.query, 'query');
    res.json(await query.entity(id, { offset: documentOffset, limit: documentLimit }));
  });
  router.get('/entities/:id/neighbourhood', async (req, res) => {
    const { id } = parseInput(nodeIdPath, req.params, 'path');
    const { depth, labels, types, from, to, limit } = parseInput(neighbourhoodQuery, req.query, 'query');
    res.json(
      await query.neighbourhood(id, {
        depth,
        limit,
        ...(labels ? { labels } : {}),
        ...(types ? { types } : {}),
        ...(from ? { from } : {}),
        ...(to ? { to } : {}),
      }),
    );
  });
  return router;
}
