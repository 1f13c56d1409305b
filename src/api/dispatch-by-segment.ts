import type { NextFunction, Request, RequestHandler, Response, Router } from 'express';

/** A path's first segment as Express matches it by default (case-insensitively): `/entities/x` → `entities`. */
function firstSegment(path: string): string {
  const end = path.indexOf('/', 1);
  return (end === -1 ? path.slice(1) : path.slice(1, end)).toLowerCase();
}

/**
 * The literal first segments of a router's routes, or null when one of its layers could match any
 * path (middleware, a parameter or pattern first, a RegExp or array path): such a router is asked
 * for every request, as before.
 */
function literalSegments(router: Router): Set<string> | null {
  const segments = new Set<string>();
  for (const layer of router.stack) {
    const path: unknown = layer.route?.path;
    if (typeof path !== 'string' || !path.startsWith('/')) return null;
    const segment = firstSegment(path);
    if (segment === '' || /[^a-z0-9._~-]/.test(segment)) return null;
    segments.add(segment);
  }
  return segments;
}

/**
 * The routers in the order given, each asked only for requests whose first path segment one of its
 * routes starts with. Mounted as one handler, routers one after another made Express walk every
 * router and test every route's pattern for every request; the segments are read once from the
 * routers' own routes, so the route files stay the single place that says what they answer.
 * Same answers: the routers still run in their order (a request whose segment several routers
 * answer goes through them in the order given), and a router that could match any path is asked
 * for every request. Unknown segments fall through to what is mounted next (405, 404).
 */
export function dispatchBySegment(routers: readonly Router[]): RequestHandler {
  const segmentsOf = routers.map(literalSegments);
  const everySegment = routers.filter((_, i) => segmentsOf[i] === null);
  const bySegment = new Map<string, Router[]>();
  for (const segments of segmentsOf) {
    for (const segment of segments ?? []) {
      bySegment.set(segment, routers.filter((_, i) => segmentsOf[i] === null || segmentsOf[i]!.has(segment)));
    }
  }
  return (req: Request, res: Response, next: NextFunction) => {
    const chosen = bySegment.get(firstSegment(req.path)) ?? everySegment;
    let index = 0;
    const step = (error?: unknown): void => {
      if (error !== undefined && error !== null) return next(error);
      if (index === chosen.length) return next();
      chosen[index++]!(req, res, step);
    };
    step();
  };
}
