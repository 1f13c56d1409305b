import { createHash } from 'node:crypto';
import type { Document, RawDocument } from '../domain/index.js';
import { candidatePairs } from './candidate-pairs.js';
import type { DedupeResult, MergeGroup } from './dedupe-result.js';
import { documentId } from './document-id.js';
import { fullestRecord } from './fullest-record.js';
import { DEFAULT_THRESHOLDS, judgeLink, type Link, type LinkThresholds } from './link.js';
import { mergeGroup, type MergedDocument } from './merged-document.js';
import { prepareRecord, type PreparedRecord } from './prepared-record.js';
import { groupRecords } from './record-groups.js';

const PROGRESS_STEP = 256;

/**
 * Merges records that report the same article into one Document: exact copies, copies with the
 * same title and date (one maybe truncated), and copies on the same date whose body is at least 80%
 * contained in another's. Different articles that share a date or a title stay apart. Output is
 * sorted by date (undated last), then id, so it does not depend on input order. Pure.
 */
export function dedupe(raw: readonly RawDocument[], thresholds: Partial<LinkThresholds> = {}, onProgress?: (done: number, total: number) => void): DedupeResult {
  const settings = { ...DEFAULT_THRESHOLDS, ...thresholds };
  const records = raw.map((record, index) => {
    // Folding and shingling each record is most of dedupe's time; report it in steps.
    if (index % PROGRESS_STEP === 0) onProgress?.(index, raw.length);
    return prepareRecord(record, index);
  });
  const links: Array<[number, number, Link]> = [];
  // Exact copies (same folded title, date and body) link to the first of them and are not compared
  // again: a dump repeating one release ten thousand times would otherwise make fifty million pairs.
  const firstCopy = new Map<string, number>();
  const distinct: PreparedRecord[] = [];
  for (const record of records) {
    const key = copyKey(record);
    const first = firstCopy.get(key);
    if (first === undefined) {
      firstCopy.set(key, record.index);
      distinct.push(record);
    } else {
      links.push([first, record.index, { reason: 'exact', similarity: 1 }]);
    }
  }
  for (const [i, j] of candidatePairs(distinct, settings.nearDuplicate)) {
    const link = judgeLink(records[i]!, records[j]!, settings);
    if (link) links.push([i, j, link]);
  }
  const judge = {
    fuller: (a: number, b: number) => fullestRecord([records[a]!, records[b]!]).index,
    sameArticle: (a: number, b: number) => judgeLink(records[a]!, records[b]!, settings) !== null,
  };
  const groups = groupRecords(records.map((r) => r.raw.date), links, judge);
  const merged = disambiguateIds(groups.map((g) => mergeGroup(g, records)));
  merged.sort((a, b) => compareDocuments(a.document, b.document));
  return {
    documents: merged.map((m) => m.document),
    report: { merged: merged.flatMap((m) => (m.group ? [m.group] : [])) },
  };
}

/**
 * What exact copies share (folded title, date and body) as a sha256 digest: keyed on the text
 * itself, the map would hold a second copy of every body in the corpus.
 */
function copyKey(record: PreparedRecord): string {
  return createHash('sha256').update(record.foldedTitle).update('\u0000').update(record.raw.date ?? '').update('\u0000').update(record.foldedBody).digest('base64');
}

/** Two different articles with one title and one date would share an id; the body then tells them apart. */
function disambiguateIds(merged: MergedDocument[]): MergedDocument[] {
  const count = new Map<string, number>();
  for (const m of merged) count.set(m.document.id, (count.get(m.document.id) ?? 0) + 1);
  return merged.map((m) => {
    if (count.get(m.document.id) === 1) return m;
    const id = documentId(m.document.title, m.document.date, m.foldedBody);
    const group: MergeGroup | null = m.group ? { ...m.group, documentId: id } : null;
    return { ...m, document: { ...m.document, id }, group };
  });
}

function compareDocuments(a: Document, b: Document): number {
  if (a.date !== b.date) {
    if (a.date === null) return 1;
    if (b.date === null) return -1;
    return a.date < b.date ? -1 : 1;
  }
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
