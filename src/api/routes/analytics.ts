import { Router } from 'express';
import type { QueryService } from '../../query/index.js';
import { counterpartsQuery, countryPath, periodQuery, personIdPath } from '../requests.js';
import { parseInput } from '../validate.js';

/** Counts over time: countries' activity, an official's counterparts. */
export function analyticsRouter(query: QueryService): Router {
  const router = Router();
  router.get('/analytics/countries', async (req, res) => {
    const { by } = parseInput(periodQuery, req.query, 'query');
    res.json(await query.countriesAnalytics(by));
  });
  router.get('/persons/:id/counterparts', async (req, res) => {
    const { id } = parseInput(personIdPath, req.params, 'path');
    const { limit } = parseInput(counterpartsQuery, req.query, 'query');
    res.json(await query.counterparts(id, limit));
  });
  router.get('/countries/:code/activity', async (req, res) => {
    const { code } = parseInput(countryPath, req.params, 'path');
    const { by } = parseInput(periodQuery, req.query, 'query');
    res.json(await query.countryActivity(code, by));
  });
  return router;
}
