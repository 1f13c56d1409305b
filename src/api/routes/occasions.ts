import { Router } from 'express';
import type { QueryService } from '../../query/index.js';
import { occasionsQuery } from '../requests.js';
import { parseInput } from '../validate.js';

/** Meetings one row per occasion, as a table an analyst pastes into a report. */
export function occasionsRouter(query: QueryService): Router {
  const router = Router();
  router.get('/occasions', async (req, res) => {
    const { person, country, from, to, offset, limit } = parseInput(occasionsQuery, req.query, 'query');
    res.json(await query.occasions({ ...(person ? { person } : {}), ...(country ? { country } : {}), ...(from ? { from } : {}), ...(to ? { to } : {}) }, { offset, limit }));
  });
  return router;
}
