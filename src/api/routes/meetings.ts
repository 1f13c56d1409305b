import { Router } from 'express';
import { z } from 'zod';
import { DEFAULT_MEETINGS_PAGE, type QueryService } from '../../query/index.js';
import { intIn, MAX_OFFSET, MAX_PAGE, nodeId, parseInput } from '../validate.js';

const pairQuery = z.object({ a: nodeId, b: nodeId });
const idParam = z.object({ id: nodeId });
const pageQuery = z.object({ offset: intIn(0, MAX_OFFSET, 0), limit: intIn(1, MAX_PAGE, DEFAULT_MEETINGS_PAGE.limit) });

/** Who met whom: a person's meetings, or a pair's. */
export function meetingsRouter(query: QueryService): Router {
  const router = Router();
  router.get('/persons/:id/meetings', async (req, res) => {
    const { id } = parseInput(idParam, req.params, 'path');
    res.json(await query.personMeetings(id, parseInput(pageQuery, req.query, 'query')));
  });
  router.get('/meetings', async (req, res) => {
    const { a, b } = parseInput(pairQuery, req.query, 'query');
    res.json(await query.pairMeetings(a, b));
  });
  return router;
}
