import { z } from 'zod';
import { NODE_LABELS, RELATIONSHIP_TYPES } from '../../domain/index.js';

const evidence = z.object({
  docId: z.string(),
  date: z.string().nullable(),
  sentence: z.string(),
  sentenceStart: z.number().int(),
  start: z.number().int(),
  end: z.number().int(),
});

const counts = z.object({
  nodes: z.number().int().nonnegative(),
  edges: z.number().int().nonnegative(),
  nodesByLabel: z.record(z.string(), z.number().int()),
  edgesByType: z.record(z.string(), z.number().int()),
});

/** Version-1 snapshots: graphology's serialised form (graph.export()) with the project's attributes. */
export const snapshotFile = z.object({
  attributes: z.object({
    schemaVersion: z.number().int(),
    builtAt: z.string().optional(),
    inputs: z.array(z.string()),
    counts,
  }),
  options: z.object({ type: z.literal('directed'), multi: z.literal(true), allowSelfLoops: z.boolean() }),
  nodes: z.array(
    z.object({
      key: z.string(),
      attributes: z.looseObject({ label: z.enum(NODE_LABELS), name: z.string(), aliases: z.array(z.string()) }),
    }),
  ),
  edges: z.array(
    z.object({
      key: z.string(),
      source: z.string(),
      target: z.string(),
      attributes: z.looseObject({
        type: z.enum(RELATIONSHIP_TYPES),
        docIds: z.array(z.string()),
        count: z.number().int(),
        evidence: z.array(evidence),
      }),
    }),
  ),
});

export type SnapshotFile = z.infer<typeof snapshotFile>;
