/**
 * The seed releases copied `k` times, as a longer run of one ministry's releases looks: each copy
 * gets a new id and title, dates shifted by 3 days per copy, and every other person renamed into
 * someone new, so copies bring new officials as well as recurring ones (the same scheme as
 * tests/bench/build.bench.ts). The seeds are read and extracted once per process.
 */
import { buildGraph, toGraphData } from '../../../src/build/index.js';
import { dedupe } from '../../../src/dedupe/index.js';
import type { Document, Extraction, GraphData, LocalEntity } from '../../../src/domain/index.js';
import { extract } from '../../../src/extract/index.js';
import { readInputs } from '../../../src/parse/index.js';
import { resolve } from '../../../src/resolve/index.js';

let extracted: Promise<{ documents: Document[]; extractions: Extraction[] }> | null = null;

function seeds() {
  extracted ??= readInputs(['seeds']).then((parsed) => {
    const documents = [...dedupe(parsed.documents).documents];
    return { documents, extractions: documents.map((d) => extract(d)) };
  });
  return extracted;
}

function shiftDate(date: string | null, days: number): string | null {
  if (!date) return null;
  return new Date(Date.parse(date) + days * 86_400_000).toISOString().slice(0, 10);
}

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

/** The graph of `copies` copies of the seeds (copy 0 is the seeds themselves). */
export async function scaledSeedGraph(copies: number): Promise<GraphData> {
  const { documents, extractions } = await seeds();
  const all = Array.from({ length: copies }, (_, k) => documents.map((d, i) => copyOf(d, extractions[i]!, k))).flat();
  const docs = all.map((c) => c.doc);
  return toGraphData(buildGraph(docs, resolve(docs, all.map((c) => c.extraction))));
}
