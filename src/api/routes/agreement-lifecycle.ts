import { Router } from 'express';
import type { QueryService } from '../../query/index.js';
import { agreementIdPath } from '../requests.js';
import { parseInput } from '../validate.js';

/** One agreement's lifecycle: "where do the Korea–UK FTA upgrade talks stand?" in one request. */
export function agreementLifecycleRouter(query: QueryService): Router {
  const router = Router();
  router.get('/agreements/:id', async (req, res) => {
    const { id } = parseInput(agreementIdPath, req.params, 'path');
    res.json(await query.agreementLifecycle(id));
  });
  return router;
}
