import type { ErrorCode } from '../domain/index.js';
import type { ErrorBody } from '../query/index.js';

/** The JSON body of every error answer, `{ error: { code, message } }`, as the OpenAPI `Error` schema describes it. */
export function errorBody(code: ErrorCode, message: string): ErrorBody {
  return { error: { code, message } };
}
