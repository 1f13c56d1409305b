import cors from 'cors';
import express, { type Express } from 'express';
import { pino, type Logger } from 'pino';
import type { AppConfig } from '../config/index.js';
import type { GraphStore } from '../domain/index.js';
import { createQueryService, type QueryService } from '../query/index.js';
import { addressEtags } from './address-etags.js';
import { answerJsonResponses } from './answer-json-responses.js';
import { csvResponses } from './csv/index.js';
import { errorsToHttp, routeNotFound } from './errors-to-http.js';
import { humanLogLines } from './human-log-lines.js';
import { jsonBodies } from './json-body-only.js';
import { methodNotAllowed } from './method-not-allowed.js';
import { requestLog } from './request-log.js';
import { securityHeaders } from './security-headers.js';
import { cacheGetResponses, RESPONSE_CACHE_ENTRIES } from './response-cache.js';
import { dispatchBySegment } from './dispatch-by-segment.js';
import { entitiesRouter } from './routes/entities.js';
import { listsRouter } from './routes/lists.js';
import { meetingsRouter } from './routes/meetings.js';
import { metaRouter } from './routes/meta.js';
import { occasionsRouter } from './routes/occasions.js';
import { relationsRouter } from './routes/relations.js';
import { textsRouter } from './routes/texts.js';
import { analyticsRouter } from './routes/analytics.js';
import { agreementLifecycleRouter } from './routes/agreement-lifecycle.js';
import { webAssetsRouter } from './routes/web-assets.js';

export interface AppDeps {
  /** The questions to answer, or a store to ask them of. */
  readonly query: QueryService | GraphStore;
  readonly config: AppConfig;
  readonly logger?: Logger;
  /** The viewer folder served at `/`; the repository's web/ when absent; null serves only the API. */
  readonly webDir?: string | null;
  /** Distinct GET answers kept on the embedded store (RESPONSE_CACHE_ENTRIES when absent); 0 keeps none, as a benchmark of cold answers wants. */
  readonly responseCacheEntries?: number;
  /** The query warm-up starts when this resolves (serve: after its first answer); at once when absent. */
  readonly warmUpAfter?: Promise<void>;
}

/**
 * The HTTP app: the JSON API under /api, the viewer at /, security headers, a body size limit,
 * optional CORS (`*` allows any origin), request logs at debug level, 405 for a known path asked
 * with another method, and one error-to-HTTP middleware. Only the CLI listens.
 */
export function createApp(deps: AppDeps): Express {
  const query = 'store' in deps.query ? deps.query : createQueryService(deps.query);
  const logger = deps.logger ?? pino({ level: deps.config.logLevel }, process.stdout.isTTY ? humanLogLines(process.stdout) : undefined);
  // The embedded store's shared indexes are built now, between requests, not by the first asker.
  const warm = () => query.warm().catch((error: unknown) => logger.error({ err: error }, 'warming the query indexes failed'));
  if (deps.warmUpAfter) void deps.warmUpAfter.then(warm);
  else void warm();
  const app = express();
  app.disable('x-powered-by');
  app.set('query parser', 'simple');
  answerJsonResponses(app);
  app.use(
    securityHeaders({
      contentSecurityPolicy: {
        directives: {
          // The viewer loads its own scripts from / and /vendor; PNG export downloads a blob: image.
          'script-src': ["'self'"],
          'img-src': ["'self'", 'data:', 'blob:'],
          // Served over plain HTTP (loopback or a LAN address): upgrading would break every request.
          'upgrade-insecure-requests': null,
        },
      },
    }),
  );
  if (logger.isLevelEnabled('debug')) app.use(requestLog(logger));
  // Everything under /api in one router mounted once: each step mounted at '/api' by itself cut
  // the prefix from the URL and parsed it again, eight times a request before any route ran.
  const api = express.Router();
  if (deps.config.corsOrigins.includes('*')) api.use(cors({ origin: '*' }));
  else if (deps.config.corsOrigins.length > 0) api.use(cors({ origin: [...deps.config.corsOrigins] }));
  api.use(jsonBodies(deps.config.bodyLimitBytes));
  api.use(addressEtags(query));
  // Before the cache, so a cached JSON answer is still turned into CSV when CSV is asked for.
  api.use(csvResponses());
  const cacheEntries = deps.responseCacheEntries ?? RESPONSE_CACHE_ENTRIES;
  if (cacheEntries > 0) api.use(cacheGetResponses(query, cacheEntries));
  // texts first: `/documents/search` is not a document id. Each request goes only through the
  // routers whose routes start with its first segment, in this order.
  api.use(dispatchBySegment([textsRouter(query), analyticsRouter(query), occasionsRouter(query), entitiesRouter(query), meetingsRouter(query), relationsRouter(query), metaRouter(query), listsRouter(query), agreementLifecycleRouter(query)]));
  api.use(methodNotAllowed, routeNotFound);
  app.use('/api', api);
  if (deps.webDir !== null) app.use(webAssetsRouter(deps.webDir));
  app.use(routeNotFound);
  app.use(errorsToHttp(logger));
  return app;
}
