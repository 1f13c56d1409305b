import { Router } from 'express';
import type { QueryService } from '../../query/index.js';
import { entitiesQuery, postsQuery } from '../requests.js';
import { parseInput } from '../validate.js';

/** Lists an analyst reads as tables: posts and their holders over time, people and organisations. */
export function listsRouter(query: QueryService): Router {
  const router = Router();
  router.get('/posts', async (req, res) => {
    const { title, org, at, offset, limit, holderOffset, holderLimit, heldAtOffset, heldAtLimit } = parseInput(postsQuery, req.query, 'query');
    res.json(await query.posts({ ...(title ? { title } : {}), ...(org ? { org } : {}), ...(at ? { at } : {}) }, { offset, limit }, { offset: holderOffset, limit: holderLimit }, { offset: heldAtOffset, limit: heldAtLimit }));
  });
  router.get('/entities', async (req, res) => {
    const { label, country, kind, prefix, offset, limit } = parseInput(entitiesQuery, req.query, 'query');
    res.json(
      await query.entities(
        { ...(label ? { labels: label } : {}), ...(country ? { country } : {}), ...(kind?.length ? { kinds: kind } : {}), ...(prefix ? { prefix } : {}) },
        { offset, limit },
      ),
    );
  });
  return router;
}
