import { buildGraphData, type GraphEntity, type GraphInputs } from '../build/index.js';
import { dedupe, type DedupeResult } from '../dedupe/index.js';
import {
  DEFAULT_INPUT_LIMITS,
  DEFAULT_STAGE_OPTIONS,
  extractOptionsOf,
  resolveOptionsOf,
  type InputLimits,
  type Document,
  type Extraction,
  type GraphData,
  type InputIssue,
  type StageOptions,
} from '../domain/index.js';
import { extract, type ExtractOptions } from '../extract/index.js';
import { readInputs, type ParseResult } from '../parse/index.js';
import { resolve, RESOLVE_PASSES, type ResolvedCorpus } from '../resolve/index.js';
import { extractDocuments } from './extract-pool.js';
import { extractionIssues } from './extraction-issues.js';
import type { ProgressListener } from './progress.js';
import { StageMeter, type StageFigures } from './stage-figures.js';

/** Options of the pipeline, defaults beside them. */
export interface PipelineOptions {
  readonly onProgress?: ProgressListener;
  /** Extraction threads; 1 extracts in the calling thread (the CLI passes AppConfig.workers). */
  readonly workers?: number;
  readonly limits?: InputLimits;
  /** Home country and its ministry's names, dedupe thresholds, resolution windows (the CLI passes AppConfig.stages). */
  readonly stages?: StageOptions;
  /** Measures each stage; one is made when absent. Pass one to add later stages (the snapshot write) to the same list. */
  readonly meter?: StageMeter;
}

export const DEFAULT_PIPELINE_OPTIONS = { workers: 1, limits: DEFAULT_INPUT_LIMITS, stages: DEFAULT_STAGE_OPTIONS } as const;

/**
 * What the rest of a run reads of parsing: the counts and issues, not the records. The records are
 * let go once deduplicated (the documents keep the text they need): kept, they held every merged
 * duplicate's text until the snapshot was written.
 */
export type ParseReport = Omit<ParseResult, 'documents'> & {
  /** Records read into a document (recordsSeen minus the skipped ones), before duplicates are merged. */
  readonly recordsKept: number;
};

/** What reading and deduplicating the inputs gives: the first two stages. */
export interface DocumentsResult {
  readonly parse: ParseReport;
  readonly dedupe: DedupeResult;
}

/** Every stage's output, so callers can report on any of them. */
export interface PipelineResult extends DocumentsResult {
  readonly extractions: readonly Extraction[];
  readonly corpus: ResolvedCorpus;
  readonly graph: GraphData;
  /** Problems met after parsing (a document whose extraction failed), to report beside the parse issues. */
  readonly stageIssues: readonly InputIssue[];
  /** Each stage's cost, in the order they ran. */
  readonly stages: readonly StageFigures[];
}

/** Reads the inputs (files or folders) and merges duplicate articles. */
export async function loadDocuments(inputs: readonly string[], options: PipelineOptions = {}): Promise<DocumentsResult> {
  const report = options.onProgress ?? (() => undefined);
  const meter = options.meter ?? new StageMeter();
  const limits = options.limits ?? DEFAULT_PIPELINE_OPTIONS.limits;
  const parse = await meter.measure('parse', (r: ParseResult) => r.recordsSeen, () =>
    readInputs(inputs, { limits, onFile: (done, total) => report({ stage: 'parse', done, total }) }),
  );
  const deduped = await meter.measure('dedupe', parse.documents.length, () => {
    const total = parse.documents.length;
    const result = dedupe(parse.documents, (options.stages ?? DEFAULT_PIPELINE_OPTIONS.stages).dedupe, (done) => report({ stage: 'dedupe', done, total }));
    report({ stage: 'dedupe', done: total, total });
    return result;
  });
  return { parse: reportOf(parse), dedupe: deduped };
}

function reportOf({ documents, ...counts }: ParseResult): ParseReport {
  return { ...counts, recordsKept: documents.length };
}

/** Extracts every document in this thread, reporting progress one document at a time. */
export function extractAll(documents: readonly Document[], onProgress?: ProgressListener, options: Partial<ExtractOptions> = {}): Extraction[] {
  return documents.map((document, index) => {
    const extraction = extract(document, options);
    onProgress?.({ stage: 'extract', done: index + 1, total: documents.length });
    return extraction;
  });
}

/** The stages up to resolve: what `explain` needs, and what the graph is built from. */
export async function resolveInputs(inputs: readonly string[], options: PipelineOptions = {}): Promise<Omit<PipelineResult, 'graph' | 'stages'>> {
  const meter = options.meter ?? new StageMeter();
  const report = options.onProgress ?? (() => undefined);
  const documents = await loadDocuments(inputs, { ...options, meter });
  const docs = documents.dedupe.documents;
  const stages = options.stages ?? DEFAULT_PIPELINE_OPTIONS.stages;
  const outcomes = await meter.measure('extract', docs.length, () =>
    extractDocuments(docs, {
      workers: options.workers ?? DEFAULT_PIPELINE_OPTIONS.workers,
      extract: extractOptionsOf(stages, options.limits ?? DEFAULT_PIPELINE_OPTIONS.limits),
      onProgress: report,
    }),
  );
  const extractions = outcomes.map((o) => o.extraction);
  const corpus = await meter.measure('resolve', docs.length, () => {
    const result = resolve(docs, extractions, { ...resolveOptionsOf(stages), onPass: (step, done, total) => report({ stage: 'resolve', done, total, step }) });
    report({ stage: 'resolve', done: RESOLVE_PASSES.length, total: RESOLVE_PASSES.length });
    return result;
  });
  return { ...documents, extractions, corpus, stageIssues: extractionIssues(docs, outcomes) };
}

/** What `build` keeps once the graph is made: the graph and what its summary reads, not the extractions or the resolved corpus. */
export type BuiltGraph = Omit<PipelineResult, 'extractions' | 'corpus'>;

/**
 * The one place that knows stage order: parse → dedupe → extract → resolve → build.
 * Data flows one way; each stage gets only what the previous ones produced. Every stage's output
 * is returned, so it is all alive at once: a caller that needs only the graph uses buildGraphFromInputs.
 */
export async function runPipeline(inputs: readonly string[], options: PipelineOptions = {}): Promise<PipelineResult> {
  const meter = options.meter ?? new StageMeter();
  const resolved = await resolveInputs(inputs, { ...options, meter });
  const graph = await graphStage(resolved.dedupe.documents, resolved.corpus, meter, options.onProgress);
  return { ...resolved, graph, stages: meter.stages() };
}

/**
 * The same stages as runPipeline, keeping only the graph and what the build summary reads: the
 * extractions are let go once resolved and the corpus once built, so neither is alive while the
 * next stage (or the snapshot write) holds its own output. The graph is the same, byte for byte.
 */
export async function buildGraphFromInputs(inputs: readonly string[], options: PipelineOptions = {}): Promise<BuiltGraph> {
  const meter = options.meter ?? new StageMeter();
  const { graphInputs, kept } = await resolveForGraph(inputs, { ...options, meter });
  const graph = await graphStage(kept.dedupe.documents, graphInputs, meter, options.onProgress);
  return { ...kept, graph, stages: meter.stages() };
}

/**
 * resolveInputs, split by forGraph in a function of its own: an awaited value stays in its async
 * function's frame until that function returns, so awaited in buildGraphFromInputs the resolved
 * stages (every extraction among them) were live through the build.
 */
async function resolveForGraph(inputs: readonly string[], options: PipelineOptions): Promise<ReturnType<typeof forGraph>> {
  return forGraph(await resolveInputs(inputs, options));
}

/**
 * Splits the resolved stages into what the graph is made of and what the summary reads, leaving
 * out the extractions, the corpus's keyOf (a key per local entity, which no later stage reads) and
 * each entity's record of how it was resolved (its locals, merges and kept-apart decisions, which
 * only explain reads): less for the collection before the build to trace, and less held while
 * the build allocates the graph.
 */
function forGraph(resolved: Omit<PipelineResult, 'graph' | 'stages'>): { graphInputs: GraphInputs; kept: Omit<BuiltGraph, 'graph' | 'stages'> } {
  const { extractions: _extractions, corpus, ...kept } = resolved;
  const entities = corpus.entities.map(({ locals: _locals, merges: _merges, keptApart: _keptApart, ...built }): GraphEntity => built);
  return { graphInputs: { entities, relations: corpus.relations }, kept };
}

/** The build stage: the plain sorted graph data, made without a graphology graph in between. */
function graphStage(documents: readonly Document[], corpus: GraphInputs, meter: StageMeter, onProgress?: ProgressListener): Promise<GraphData> {
  const report = onProgress ?? (() => undefined);
  return meter.measure('build', corpus.entities.length + corpus.relations.length, () => {
    report({ stage: 'build', done: 0, total: 1, step: 'graph' });
    const data = buildGraphData(documents, corpus);
    report({ stage: 'build', done: 1, total: 1 });
    return data;
  });
}
