import { Router } from 'express';
import type { QueryService } from '../../query/index.js';
import { agreementsQuery, countryPath, countryQuery, edgeIdPath, pathQuery } from '../requests.js';
import { parseInput } from '../validate.js';

/** Countries, paths, agreements and single relations. */
export function relationsRouter(query: QueryService): Router {
  const router = Router();
  router.get('/countries/:code', async (req, res) => {
    const { code } = parseInput(countryPath, req.params, 'path');
    const page = parseInput(countryQuery, req.query, 'query');
    // JSON bytes put together from each list item's bytes kept once (countryJson): the same bytes res.json would send.
    // A CSV of a list is made from them on the way out (csvResponses reads JSON sent as such).
    res.type('application/json').send(await query.countryJson(code, page));
  });
  router.get('/countries/:code/graph', async (req, res) => {
    const { code } = parseInput(countryPath, req.params, 'path');
    const page = parseInput(countryQuery, req.query, 'query');
    // JSON bytes put together from each element's bytes kept once (countryGraphJson): the same bytes res.json would send.
    res.type('application/json').send(await query.countryGraphJson(code, page));
  });
  router.get('/path', async (req, res) => {
    const { from, to, maxDepth, types, limit } = parseInput(pathQuery, req.query, 'query');
    res.json(await query.path(from, to, { maxDepth, limit, ...(types ? { types } : {}) }));
  });
  router.get('/agreements', async (req, res) => {
    const { kind, status, party, from, to, offset, limit } = parseInput(agreementsQuery, req.query, 'query');
    res.json(
      await query.agreements({
        ...(kind ? { kinds: kind } : {}),
        ...(status ? { statuses: status } : {}),
        ...(party ? { party: party.toUpperCase() } : {}),
        ...(from ? { from } : {}),
        ...(to ? { to } : {}),
      }, { offset, limit }),
    );
  });
  router.get('/edges/:id', async (req, res) => {
    const { id } = parseInput(edgeIdPath, req.params, 'path');
    res.json(await query.edge(id));
  });
  return router;
}
