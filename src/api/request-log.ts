import type { RequestHandler } from 'express';
import type { Logger } from 'pino';

/**
 * One debug line per request: method, URL, status and time taken. Installed only when the logger
 * logs debug (LOG_LEVEL=debug): at a few thousand requests a second, a line each cost a quarter
 * of the throughput. Failures are logged where errors become HTTP, whatever the level.
 */
export function requestLog(logger: Logger): RequestHandler {
  return (req, res, next) => {
    const start = process.hrtime.bigint();
    res.once('finish', () => {
      const ms = Number(process.hrtime.bigint() - start) / 1e6;
      logger.debug({ method: req.method, url: req.originalUrl, status: res.statusCode, ms: Math.round(ms * 10) / 10 }, 'request');
    });
    next();
  };
}
