import { Router } from 'express';
import { CypherRequestSchema, type QueryService } from '../../query/index.js';
import { openApiDocument } from '../openapi.js';
import { documentIdPath } from '../requests.js';
import { parseInput } from '../validate.js';

/** Documents, stats, user Cypher and the OpenAPI document. */
export function metaRouter(query: QueryService): Router {
  const router = Router();
  router.get('/documents/:id', async (req, res) => {
    const { id } = parseInput(documentIdPath, req.params, 'path');
    res.json(await query.document(id));
  });
  router.get('/stats', async (_req, res) => {
    res.json(await query.stats());
  });
  router.post('/cypher', async (req, res) => {
    const { query: cypher, params } = parseInput(CypherRequestSchema, req.body, 'body');
    res.json(await query.cypher(cypher, params ?? {}));
  });
  router.get('/openapi.json', (_req, res) => {
    res.json(openApiDocument);
  });
  return router;
}
