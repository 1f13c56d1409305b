import { z } from 'zod';
import { ERROR_CODE_MEANINGS, ERROR_CODES } from '../../domain/index.js';
import { shape } from './kit.js';

const meanings = Object.entries(ERROR_CODE_MEANINGS).map(([code, meaning]) => `- \`${code}\`: ${meaning}`);

/** The body of every error answer: one of the ERROR_CODES and a message for a person. */
export const ErrorBodySchema = shape({
  error: shape({
    code: z.enum(ERROR_CODES).describe(`The stable code to branch on:\n${meanings.join('\n')}`),
    message: z.string().describe('What went wrong, where, and what to do; wording may change.'),
  }),
});
