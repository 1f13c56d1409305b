import type { Document } from '../domain/index.js';
import type { MergeGroup } from './dedupe-result.js';
import { documentId } from './document-id.js';
import { fullestRecord } from './fullest-record.js';
import { bodySimilarity } from './link.js';
import type { PreparedRecord } from './prepared-record.js';
import type { RecordGroup } from './record-groups.js';

/** A group of records turned into one Document, with its report entry when it merged anything. */
export interface MergedDocument {
  readonly document: Document;
  readonly group: MergeGroup | null;
  /** The kept body, folded: told apart two articles that share a title and a date. */
  readonly foldedBody: string;
}

/**
 * Builds the Document of one group: the fullest copy's title and text, the group's date, category
 * and url from the fullest copy or else the first copy that has one, and every source in input
 * order. The id comes from the alphabetically first folded title, so neither input order nor
 * which copy is fullest changes it.
 */
export function mergeGroup(group: RecordGroup, records: readonly PreparedRecord[]): MergedDocument {
  const members = group.members.map((i) => records[i]!);
  const kept = fullestRecord(members);
  const firstWith = (field: 'category' | 'url'): string | null => kept.raw[field] ?? members.find((m) => m.raw[field] !== null)?.raw[field] ?? null;
  const date = members.find((m) => m.raw.date !== null)?.raw.date ?? null;
  const idTitle = members.map((m) => m.raw.title).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))[0]!;
  const document: Document = {
    id: documentId(idTitle, date),
    title: kept.raw.title,
    body: kept.raw.body,
    date,
    category: firstWith('category'),
    url: firstWith('url'),
    sources: members.map((m) => m.raw.source),
  };
  const mergeGroupEntry: MergeGroup | null =
    group.reason === null
      ? null
      : {
          documentId: document.id,
          title: document.title,
          kept: kept.raw.source,
          sources: document.sources,
          reason: group.reason,
          similarity: Math.min(...members.filter((m) => m !== kept).map((m) => bodySimilarity(m, kept))),
        };
  return { document, group: mergeGroupEntry, foldedBody: kept.foldedBody };
}
