import type { Request, RequestHandler } from 'express';
import { InvalidRequestError } from '../../domain/index.js';
import { parseInput } from '../validate.js';
import { csvFormatQuery } from './csv-params.js';
import { CSV_LISTS, rowShape, type CsvList, type CsvRows } from './csv-lists.js';
import { csvText } from './csv-text.js';
import { tableOf } from './table-of.js';

export const CSV_TYPE = 'text/csv; charset=utf-8';

/**
 * Lets every list endpoint answer CSV, chosen by `?format=csv` or by an `Accept` that prefers
 * `text/csv` to JSON: the route answers JSON as ever and this turns a 200 answer's list into CSV
 * on its way out (after the response cache, which keeps the JSON), so routes know nothing of CSV.
 * The answer a route gives `res.json` becomes CSV as it is; JSON text (a cached answer) is parsed first.
 * Errors stay JSON. `?format=csv` on an endpoint that is not a list is a BAD_PARAMETER.
 */
export function csvResponses(lists: readonly CsvList[] = CSV_LISTS): RequestHandler {
  return (req, res, next) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    const format = formatOf(req);
    const list = lists.find((candidate) => candidate.path.test(req.path));
    if (!list) {
      if (format === 'csv') throw new InvalidRequestError('BAD_PARAMETER', `query parameter "format": only list endpoints answer CSV; ${req.path} answers JSON.`);
      return next();
    }
    res.vary('Accept');
    const wanted = format ?? (req.accepts(['application/json', 'text/csv']) === 'text/csv' ? 'csv' : 'json');
    if (wanted !== 'csv') return next();
    const rows = list.rows(req.query);
    const send = res.send.bind(res);
    const json = res.json.bind(res);
    const sendCsv = (answer: unknown) => {
      const text = csvOf(rows, answer);
      res.set('Content-Type', CSV_TYPE);
      res.set('Content-Disposition', `attachment; filename="${rows.file}.csv"`);
      return send(text);
    };
    // The route's answer, straight to CSV: not written as JSON text to be parsed back.
    res.json = (body?: unknown) => (res.statusCode === 200 ? sendCsv(body) : json(body));
    // JSON text sent as such (the response cache's): parsed back, then CSV.
    res.send = (body?: unknown) => {
      if (res.statusCode !== 200 || !String(res.get('Content-Type') ?? '').startsWith('application/json')) return send(body);
      return sendCsv(typeof body === 'string' || Buffer.isBuffer(body) ? JSON.parse(String(body)) : body);
    };
    next();
  };
}

/** The list of a JSON answer as CSV text. */
export function csvOf(rows: CsvRows, answer: unknown): string {
  const list = (answer as Record<string, unknown> | null)?.[rows.field];
  if (!Array.isArray(list)) throw new Error(`a CSV list answer has no list "${rows.field}"`);
  const { header, rows: cells } = tableOf(rowShape(rows.item), list);
  return csvText(header, cells);
}

function formatOf(req: Request): 'csv' | 'json' | null {
  return parseInput(csvFormatQuery, req.query, 'query').format ?? null;
}
