import { z } from 'zod';

const offset = z.number().int().nonnegative();

/**
 * The shape of Evidence, written once: the TypeScript type (domain/evidence.ts) is inferred from it
 * and the API's OpenAPI document is generated from it.
 */
export const EvidenceSchema = z
  .object({
    docId: z.string(),
    date: z.string().nullable(),
    sentence: z.string(),
    sentenceStart: offset,
    start: offset,
    end: offset,
  })
  .readonly()
  .describe('A sentence supporting a relation; offsets are UTF-16 indices into the document text, `end` exclusive.');
