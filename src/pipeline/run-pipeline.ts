import { buildGraph, toGraphData } from '../build/index.js';
import { dedupe, type DedupeResult } from '../dedupe/index.js';
import type { Document, Extraction, GraphData } from '../domain/index.js';
import { extract } from '../extract/index.js';
import { readInputs, type ParseResult } from '../parse/index.js';
import { resolve, type ResolvedCorpus } from '../resolve/index.js';
import type { ProgressListener } from './progress.js';

export interface PipelineOptions {
  readonly onProgress?: ProgressListener;
}

/** What reading and deduplicating the inputs gives: the first two stages. */
export interface DocumentsResult {
  readonly parse: ParseResult;
  readonly dedupe: DedupeResult;
}

/** Every stage's output, so callers can report on any of them. */
export interface PipelineResult extends DocumentsResult {
  readonly extractions: readonly Extraction[];
  readonly corpus: ResolvedCorpus;
  readonly graph: GraphData;
}

/** Reads the inputs (files or folders) and merges duplicate articles. */
export async function loadDocuments(inputs: readonly string[], options: PipelineOptions = {}): Promise<DocumentsResult> {
  const report = options.onProgress ?? (() => undefined);
  report({ stage: 'parse', done: 0, total: inputs.length });
  const parse = await readInputs(inputs);
  report({ stage: 'parse', done: inputs.length, total: inputs.length });
  report({ stage: 'dedupe', done: 0, total: parse.documents.length });
  const deduped = dedupe(parse.documents);
  report({ stage: 'dedupe', done: parse.documents.length, total: parse.documents.length });
  return { parse, dedupe: deduped };
}

/** Extracts every document, reporting progress one document at a time. */
export function extractAll(documents: readonly Document[], onProgress?: ProgressListener): Extraction[] {
  return documents.map((document, index) => {
    const extraction = extract(document);
    onProgress?.({ stage: 'extract', done: index + 1, total: documents.length });
    return extraction;
  });
}

/** The stages up to resolve: what `explain` needs, and what the graph is built from. */
export async function resolveInputs(inputs: readonly string[], options: PipelineOptions = {}): Promise<Omit<PipelineResult, 'graph'>> {
  const documents = await loadDocuments(inputs, options);
  const extractions = extractAll(documents.dedupe.documents, options.onProgress);
  options.onProgress?.({ stage: 'resolve', done: 0, total: 1 });
  const corpus = resolve(documents.dedupe.documents, extractions);
  return { ...documents, extractions, corpus };
}

/**
 * The one place that knows stage order: parse → dedupe → extract → resolve → build.
 * Data flows one way; each stage gets only what the previous ones produced.
 */
export async function runPipeline(inputs: readonly string[], options: PipelineOptions = {}): Promise<PipelineResult> {
  const resolved = await resolveInputs(inputs, options);
  options.onProgress?.({ stage: 'build', done: 0, total: 1 });
  const graph = toGraphData(buildGraph(resolved.dedupe.documents, resolved.corpus));
  options.onProgress?.({ stage: 'build', done: 1, total: 1 });
  return { ...resolved, graph };
}
