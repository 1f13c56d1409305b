/**
 * Resolve + build cost as the corpus grows: the seeds ×1, ×10, ×100. The seeds go through the real
 * parse → dedupe → extract once; copies then get new ids, shifted dates and, for some people, a
 * changed given name (so each copy brings new officials as well as the recurring ones), which is
 * what a longer run of one ministry's releases looks like. Prints time per stage and memory.
 */
import { buildGraph, toGraphData } from '../../src/build/index.js';
import { dedupe } from '../../src/dedupe/index.js';
import type { Document, Extraction, LocalEntity } from '../../src/domain/index.js';
import { extract } from '../../src/extract/index.js';
import { readInputs } from '../../src/parse/index.js';
import { resolve } from '../../src/resolve/index.js';

/** `SCALES=100 npm run bench -- build` runs one scale, e.g. under --cpu-prof. */
const SCALES = process.env.SCALES ? process.env.SCALES.split(",").map(Number) : [1, 10, 100];

function shiftDate(date: string | null, days: number): string | null {
  if (!date) return null;
  return new Date(Date.parse(date) + days * 86_400_000).toISOString().slice(0, 10);
}

/** Copy `k` of one release: a new id and date, and every other person renamed into someone new. */
function copyOf(doc: Document, extraction: Extraction, k: number): { doc: Document; extraction: Extraction } {
  if (k === 0) return { doc, extraction };
  const id = `${doc.id}_${k}`;
  const days = k * 3;
  const rename = (e: LocalEntity, i: number): LocalEntity => {
    const moved = e.label === 'Event' ? { ...e, date: shiftDate(e.date, days), endDate: shiftDate(e.endDate, days) } : e;
    return e.label === 'Person' && (i + k) % 2 === 0 ? { ...moved, name: `${e.name}-${k.toString(36)}`, aliases: [] } : moved;
  };
  return {
    doc: { ...doc, id, title: `${doc.title} (${k})`, date: shiftDate(doc.date, days) },
    extraction: {
      docId: id,
      date: shiftDate(extraction.date, days),
      entities: extraction.entities.map(rename),
      relations: extraction.relations.map((r) => ({ ...r, evidence: { ...r.evidence, docId: id, date: shiftDate(r.evidence.date, days) } })),
    },
  };
}

const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);

export default async function bench(): Promise<void> {
  const parsed = await readInputs(['seeds']);
  const documents = [...dedupe(parsed.documents).documents];
  const started = performance.now();
  const extractions = documents.map((d) => extract(d));
  console.log('extract seeds ×1 (once, not scaled)', (performance.now() - started).toFixed(0), 'ms');

  for (const scale of SCALES) {
    const copies = Array.from({ length: scale }, (_, k) => documents.map((d, i) => copyOf(d, extractions[i] as Extraction, k))).flat();
    const docs = copies.map((c) => c.doc);
    const xs = copies.map((c) => c.extraction);
    const t0 = performance.now();
    const corpus = resolve(docs, xs);
    const t1 = performance.now();
    const data = toGraphData(buildGraph(docs, corpus));
    const t2 = performance.now();
    const heapUsed = process.memoryUsage().heapUsed;
    const label = `seeds ×${scale} (${docs.length} docs)`;
    console.log(`${label}: resolve`, (t1 - t0).toFixed(0), 'ms');
    console.log(`${label}: build + toGraphData`, (t2 - t1).toFixed(0), 'ms');
    console.log(`${label}: entities`, corpus.entities.length, 'count; relations', corpus.relations.length, 'count');
    console.log(`${label}: graph`, data.nodes.length, 'nodes;', data.edges.length, 'edges');
    console.log(`${label}: heap used with corpus + graph live`, mb(heapUsed), 'MB');
    console.log(`${label}: peak RSS so far`, mb(process.resourceUsage().maxRSS * 1024), 'MB');
  }
}
