import { Router } from 'express';
import { z } from 'zod';
import type { QueryService } from '../../query/index.js';
import { intIn, isoDay, kindsParam, nodeId, parseInput, statusesParam, typesParam } from '../validate.js';

const pathQuery = z.object({ from: nodeId, to: nodeId, maxDepth: intIn(1, 6, 4), types: typesParam.optional(), limit: intIn(1, 50, 5) });
const agreementsQuery = z.object({
  kind: kindsParam.optional(),
  status: statusesParam.optional(),
  party: z.string().regex(/^[A-Za-z]{2}$/, 'expected an ISO alpha-2 country code such as US').optional(),
  from: isoDay.optional(),
  to: isoDay.optional(),
});
const codeParam = z.object({ code: z.string().min(1).max(10) });
const idParam = z.object({ id: z.string().min(1).max(1000) });

/** Countries, paths, agreements and single relations. */
export function relationsRouter(query: QueryService): Router {
  const router = Router();
  router.get('/countries/:code', async (req, res) => {
    const { code } = parseInput(codeParam, req.params, 'path');
    res.json(await query.country(code));
  });
  router.get('/path', async (req, res) => {
    const { from, to, maxDepth, types, limit } = parseInput(pathQuery, req.query, 'query');
    res.json(await query.path(from, to, { maxDepth, limit, ...(types ? { types } : {}) }));
  });
  router.get('/agreements', async (req, res) => {
    const { kind, status, party, from, to } = parseInput(agreementsQuery, req.query, 'query');
    res.json(
      await query.agreements({
        ...(kind ? { kinds: kind } : {}),
        ...(status ? { statuses: status } : {}),
        ...(party ? { party: party.toUpperCase() } : {}),
        ...(from ? { from } : {}),
        ...(to ? { to } : {}),
      }),
    );
  });
  router.get('/edges/:id', async (req, res) => {
    const { id } = parseInput(idParam, req.params, 'path');
    res.json(await query.edge(id));
  });
  return router;
}
