import express, { type RequestHandler } from 'express';
import { UnsupportedMediaError } from './client-errors.js';

/**
 * A request body must be JSON in UTF-8: the JSON parser would decode a `charset=utf-16` body into
 * nonsense and call it malformed JSON, and a form or text body would be silently ignored. Both are
 * 415, as RFC 9110 has it for a content type or coding the server does not take.
 */
export const jsonBodyOnly: RequestHandler = (req, _res, next) => {
  const hasBody = req.headers['transfer-encoding'] !== undefined || Number(req.headers['content-length'] ?? 0) > 0;
  if (!hasBody) return next();
  const type = req.headers['content-type'] ?? '';
  const [mediaType = '', ...params] = type.split(';').map((part) => part.trim().toLowerCase());
  if (mediaType !== 'application/json' && !/^application\/[^/]+\+json$/.test(mediaType)) {
    return next(new UnsupportedMediaError('UNSUPPORTED_MEDIA_TYPE', `The request body must be application/json; found "${type.slice(0, 100) || 'no content type'}".`));
  }
  const charset = params.find((param) => param.startsWith('charset='))?.slice('charset='.length).replace(/^"|"$/g, '');
  if (charset !== undefined && charset !== 'utf-8' && charset !== 'utf8') {
    return next(new UnsupportedMediaError('BAD_ENCODING', `The request body charset "${charset.slice(0, 40)}" is not supported; send UTF-8 JSON.`));
  }
  next();
};

/**
 * jsonBodyOnly, then Express's JSON parser, as one step that a request without a body (every GET)
 * passes at once: two layers and the parser's own checks were paid by every API request for the
 * one POST that has a body. "Without a body" is the parser's rule (no Transfer-Encoding, no
 * Content-Length), so what it parses is unchanged.
 */
export function jsonBodies(limitBytes: number): RequestHandler {
  const parse = express.json({ limit: limitBytes });
  return (req, res, next) => {
    if (req.headers['transfer-encoding'] === undefined && req.headers['content-length'] === undefined) return next();
    jsonBodyOnly(req, res, (error?: unknown) => (error === undefined ? parse(req, res, next) : next(error)));
  };
}
