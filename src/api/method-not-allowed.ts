import type { RequestHandler } from 'express';
import { escapeRegExp } from '../domain/index.js';
import { openApiDocument } from './openapi.js';
import { errorBody } from './error-body.js';

/** `/api/entities/{id}` → a pattern for one path segment per parameter, as Express routes it. */
function templatePattern(template: string): RegExp {
  const escaped = escapeRegExp(template).replace(/\\\{[^}]+\\\}/g, '[^/]+');
  return new RegExp(`^${escaped}/?$`);
}

const ROUTES: readonly { readonly pattern: RegExp; readonly allow: string }[] = Object.entries(openApiDocument.paths).map(([template, operations]) => {
  const methods = Object.keys(operations).map((method) => method.toUpperCase());
  // Express answers HEAD wherever it answers GET.
  return { pattern: templatePattern(template), allow: (methods.includes('GET') ? [...methods, 'HEAD'] : methods).join(', ') };
});

/**
 * A known API path asked with a method it does not answer (TRACE, DELETE, POST on a GET) is 405
 * with the Allow header, not a 404 that suggests the path is wrong. Mounted after the routers.
 */
export const methodNotAllowed: RequestHandler = (req, res, next) => {
  const route = ROUTES.find(({ pattern }) => pattern.test(req.originalUrl.split('?')[0]!));
  if (!route) return next();
  res.set('Allow', route.allow);
  res.status(405).json(errorBody('METHOD_NOT_ALLOWED', `${req.method} is not answered on ${req.path}; it answers ${route.allow}.`));
};
