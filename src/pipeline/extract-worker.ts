/**
 * The body of one extraction thread: loads the language model once (on the first document), then
 * extracts each batch it is sent and posts the outcomes back with the batch's number.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { Document } from '../domain/index.js';
import type { ExtractOptions } from '../extract/index.js';
import { extractSafely } from './extract-safely.js';

/** A batch of documents sent to a worker. */
export interface ExtractBatch {
  readonly batch: number;
  readonly documents: readonly Document[];
}

const options = (workerData as { options?: Partial<ExtractOptions> } | null)?.options ?? {};

parentPort?.on('message', ({ batch, documents }: ExtractBatch) => {
  parentPort?.postMessage({ batch, outcomes: documents.map((document) => extractSafely(document, options)) });
});
