import { Router } from 'express';
import type { QueryService } from '../../query/index.js';
import { pairQuery, personIdPath, personMeetingsQuery } from '../requests.js';
import { parseInput } from '../validate.js';

/** Who met whom: a person's meetings, or a pair's. */
export function meetingsRouter(query: QueryService): Router {
  const router = Router();
  router.get('/persons/:id/meetings', async (req, res) => {
    const { id } = parseInput(personIdPath, req.params, 'path');
    res.json(await query.personMeetings(id, parseInput(personMeetingsQuery, req.query, 'query')));
  });
  router.get('/meetings', async (req, res) => {
    const { a, b } = parseInput(pairQuery, req.query, 'query');
    res.json(await query.pairMeetings(a, b));
  });
  return router;
}
