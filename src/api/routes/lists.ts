import { Router } from 'express';
import type { QueryService } from '../../query/index.js';
import { postsQuery } from '../requests.js';
import { parseInput } from '../validate.js';

/** Lists an analyst reads as tables: posts and their holders over time. */
export function listsRouter(query: QueryService): Router {
  const router = Router();
  router.get('/posts', async (req, res) => {
    const { title, org, at, offset, limit } = parseInput(postsQuery, req.query, 'query');
    res.json(await query.posts({ ...(title ? { title } : {}), ...(org ? { org } : {}), ...(at ? { at } : {}) }, { offset, limit }));
  });
  return router;
}
