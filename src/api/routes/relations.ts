import { Router } from 'express';
import { z } from 'zod';
import { DEFAULT_AGREEMENT_PAGE, DEFAULT_COUNTRY_PAGE, type QueryService } from '../../query/index.js';
import {
  COUNTRY_CODE_PATTERN,
  COUNTRY_NAME_MAX,
  EDGE_ID_MAX,
  intIn,
  isoDay,
  kindsParam,
  MAX_OFFSET,
  MAX_PAGE,
  nodeId,
  NOT_BLANK_PATTERN,
  parseInput,
  statusesParam,
  textOf,
  typesParam,
} from '../validate.js';

const pathQuery = z.object({ from: nodeId, to: nodeId, maxDepth: intIn(1, 6, 4), types: typesParam.optional(), limit: intIn(1, 50, 5) });
const agreementsQuery = z.object({
  kind: kindsParam.optional(),
  status: statusesParam.optional(),
  party: z.string().regex(new RegExp(COUNTRY_CODE_PATTERN), 'expected an ISO alpha-2 country code such as US').optional(),
  from: isoDay.optional(),
  to: isoDay.optional(),
  offset: intIn(0, MAX_OFFSET, 0),
  limit: intIn(1, MAX_PAGE, DEFAULT_AGREEMENT_PAGE.limit),
});
const codeParam = z.object({
  code: textOf(1, COUNTRY_NAME_MAX, 'an ISO country code or a country name').pipe(z.string().regex(new RegExp(NOT_BLANK_PATTERN), 'expected a country code or name, not spaces')),
});
const countryQuery = z.object({ offset: intIn(0, MAX_OFFSET, 0), limit: intIn(1, MAX_PAGE, DEFAULT_COUNTRY_PAGE.limit) });
const idParam = z.object({ id: textOf(1, EDGE_ID_MAX, 'an edge id such as MET:person:a->person:b') });

/** Countries, paths, agreements and single relations. */
export function relationsRouter(query: QueryService): Router {
  const router = Router();
  router.get('/countries/:code', async (req, res) => {
    const { code } = parseInput(codeParam, req.params, 'path');
    const page = parseInput(countryQuery, req.query, 'query');
    res.json(await query.country(code, page));
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
    const { id } = parseInput(idParam, req.params, 'path');
    res.json(await query.edge(id));
  });
  return router;
}
