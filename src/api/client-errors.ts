import { TradegraphError } from '../domain/index.js';

/** The request body's media type or charset is not one the API takes. Maps to HTTP 415. */
export class UnsupportedMediaError extends TradegraphError {}
