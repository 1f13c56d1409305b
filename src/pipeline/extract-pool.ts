import type { Worker } from 'node:worker_threads';
import { type Document, TradegraphError } from '../domain/index.js';
import { adoptExtraction, StringPool } from './adopt-extraction.js';
import type { ExtractOptions } from '../extract/index.js';
import { extractSafely, type ExtractOutcome } from './extract-safely.js';
import type { ProgressListener } from './progress.js';
import { spawnExtractWorker } from './spawn-worker.js';

/** Options of extractDocuments, defaults beside them. */
export interface ExtractPoolOptions {
  /** Threads to extract on; 1 extracts in the calling thread. */
  readonly workers: number;
  /** Documents sent to a worker at once: enough to amortise messaging, few enough to balance the threads. */
  readonly batchSize: number;
  /**
   * Fewest documents worth a thread of their own: starting one (and, from the sources, compiling
   * the extractor in it) costs about as much as extracting this many, so the seeds' 39 stay in process.
   */
  readonly minDocumentsPerThread: number;
  readonly extract: Partial<ExtractOptions>;
  readonly onProgress?: ProgressListener;
}

export const DEFAULT_EXTRACT_POOL_OPTIONS: ExtractPoolOptions = { workers: 1, batchSize: 16, minDocumentsPerThread: 100, extract: {} };

/**
 * Extracts every document, on `workers` threads when more than one, each loading the language
 * model once. Outcomes come back in input order whatever the thread count, and extraction is
 * deterministic per document, so the result is the same byte for byte as extracting serially.
 */
export async function extractDocuments(documents: readonly Document[], options: Partial<ExtractPoolOptions> = {}): Promise<ExtractOutcome[]> {
  const settings = { ...DEFAULT_EXTRACT_POOL_OPTIONS, ...options };
  const report = settings.onProgress ?? (() => undefined);
  const total = documents.length;
  report({ stage: 'extract', done: 0, total });
  const batches = Math.ceil(total / settings.batchSize);
  const threads = Math.min(settings.workers, batches, Math.floor(total / settings.minDocumentsPerThread));
  const outcomes = threads <= 1 ? extractHere(documents, settings.extract, report) : await extractOnThreads(documents, threads, settings, report);
  report({ stage: 'extract', done: total, total });
  return outcomes;
}

function extractHere(documents: readonly Document[], options: Partial<ExtractOptions>, report: ProgressListener): ExtractOutcome[] {
  return documents.map((document, index) => {
    const outcome = extractSafely(document, options);
    if (index + 1 < documents.length) report({ stage: 'extract', done: index + 1, total: documents.length });
    return outcome;
  });
}

interface BatchResult {
  readonly batch: number;
  readonly outcomes: ExtractOutcome[];
}

function extractOnThreads(documents: readonly Document[], threads: number, settings: ExtractPoolOptions, report: ProgressListener): Promise<ExtractOutcome[]> {
  const { batchSize } = settings;
  const outcomes: ExtractOutcome[] = new Array<ExtractOutcome>(documents.length);
  const batches = Math.ceil(documents.length / batchSize);
  let next = 0;
  let finished = 0;
  let done = 0;
  const workers: Worker[] = [];
  // One copy of each string across every outcome received (see adoptExtraction).
  const pool = new StringPool();
  return new Promise<ExtractOutcome[]>((resolve, reject) => {
    const stopAll = (): void => {
      for (const worker of workers) void worker.terminate();
    };
    const feed = (worker: Worker): void => {
      if (next >= batches) return;
      const batch = next++;
      worker.postMessage({ batch, documents: documents.slice(batch * batchSize, (batch + 1) * batchSize) });
    };
    for (let i = 0; i < threads; i += 1) {
      const worker = spawnExtractWorker({ options: settings.extract });
      workers.push(worker);
      worker.on('message', ({ batch, outcomes: got }: BatchResult) => {
        got.forEach((outcome, k) => {
          const index = batch * batchSize + k;
          outcomes[index] = { ...outcome, extraction: adoptExtraction(outcome.extraction, documents[index]!, pool) };
        });
        done += got.length;
        finished += 1;
        if (finished === batches) {
          stopAll();
          letGo(workers);
          resolve(outcomes);
          return;
        }
        report({ stage: 'extract', done, total: documents.length });
        feed(worker);
      });
      worker.on('error', (error) => {
        stopAll();
        reject(new TradegraphError('EXTRACT_WORKER_FAILED', `An extraction thread failed (${error.message}); run with --workers 1 to extract in one thread.`, { cause: error }));
      });
      worker.on('exit', (code) => {
        if (finished < batches && code !== 0) {
          stopAll();
          reject(new TradegraphError('EXTRACT_WORKER_FAILED', `An extraction thread exited with code ${code} before finishing; run with --workers 1 to extract in one thread.`));
        }
      });
      feed(worker);
      feed(worker);
    }
  });
}

/**
 * Detaches the run's listeners from its finished threads. They share the run's scope (the outcomes,
 * the string pool, the promise's resolvers and through them its value), and a terminated Worker
 * stays reachable for a while: at 1000x they kept every extraction alive through resolve, build
 * and the snapshot write. An error from a thread that is being stopped is of no interest now.
 */
function letGo(workers: readonly Worker[]): void {
  for (const worker of workers) {
    worker.removeAllListeners();
    worker.on('error', () => undefined);
  }
}
