import { Router } from 'express';
import { z } from 'zod';
import type { QueryService } from '../../query/index.js';
import { intIn, isoDay, labelsParam, nodeId, NOT_BLANK_PATTERN, parseInput, textOf, typesParam } from '../validate.js';

const searchQuery = z.object({
  q: textOf(1, 200, 'something to look for')
    .pipe(z.string().regex(new RegExp(NOT_BLANK_PATTERN), 'expected something to look for besides spaces'))
    .transform((text) => text.trim()),
  labels: labelsParam.optional(),
  limit: intIn(1, 100, 20),
});

const neighbourhoodQuery = z.object({
  depth: intIn(1, 3, 1),
  labels: labelsParam.optional(),
  types: typesParam.optional(),
  from: isoDay.optional(),
  to: isoDay.optional(),
  limit: intIn(1, 2000, 300),
});

const idParam = z.object({ id: nodeId });

/** Search, entity detail and neighbourhood. Ids come URL-encoded (`person%3Akim-jung-kwan`); Express decodes them. */
export function entitiesRouter(query: QueryService): Router {
  const router = Router();
  router.get('/search', async (req, res) => {
    const { q, labels, limit } = parseInput(searchQuery, req.query, 'query');
    res.json(await query.search(q, { limit, ...(labels ? { labels } : {}) }));
  });
  router.get('/entities/:id', async (req, res) => {
    const { id } = parseInput(idParam, req.params, 'path');
    res.json(await query.entity(id));
  });
  router.get('/entities/:id/neighbourhood', async (req, res) => {
    const { id } = parseInput(idParam, req.params, 'path');
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
