export { createApp, type AppDeps } from './create-app.js';
export { openApiDocument } from './openapi.js';
export { errorsToHttp, routeNotFound } from './errors-to-http.js';
