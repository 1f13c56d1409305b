import { type Evidence, type EdgeAttributes, type NodeAttributes, NODE_LABELS, RELATIONSHIP_TYPES } from '../../domain/index.js';
import { inObjectCopy } from './in-object-copy.js';
import { summarise } from './snapshot-edge-row.js';
import type { SnapshotHeader } from './snapshot-format.js';
import type { SnapshotMeta } from './snapshot-meta.js';
import type { SnapshotSink } from './snapshot-sink.js';
import { corruptSnapshot } from './snapshot-problems.js';
import { describe, isCount, isObject, isStringArray, parseLine } from './snapshot-values.js';
import { CONTENT_HASH } from '../content-hash.js';

const LABELS = new Set<string>(NODE_LABELS);
const TYPES = new Set<string>(RELATIONSHIP_TYPES);

type Section = 'sentence' | 'evidence' | 'node' | 'edge';

/**
 * Turns the lines after a snapshot's header into nodes and edges handed to a SnapshotSink one by
 * one, checking each line as it comes: its place
 * (the header's counts say which section a line belongs to), its shape, its indexes into the
 * tables and the nodes, unique node keys. What the writer left out as derivable is derived (see
 * EdgeRow). Evidence objects and repeated strings (document ids, dates, node keys) are shared, so
 * memory grows with the corpus, not with the citations. A repeated edge key is not refused here:
 * the store merges it, as it merges any record loaded twice.
 */
export class SnapshotDecoder {
  private readonly sentences: string[] = [];
  private readonly evidence: Evidence[] = [];
  /** Node keys by line (0 = the first node line), which is how edges name their ends. */
  private readonly nodes: string[] = [];
  private readonly nodeKeys = new Set<string>();
  private readonly strings = new Map<string, string>();
  /** `[text]` per text, shared by every record whose list holds that one text (see sharedList). */
  private readonly oneTextLists = new Map<string, string[]>();
  /** `[]`, shared by every record whose list is empty (most nodes' aliases). */
  private readonly noTexts: string[] = [];
  /** `[evidence]` per evidence row, shared by every edge citing that row alone. */
  private readonly oneEvidenceLists: Evidence[][] = [];
  private readonly bounds: readonly [number, number, number, number];
  private seen = 0;

  constructor(
    private readonly path: string,
    private readonly header: SnapshotHeader,
    /** Receives each node and edge as it is decoded. */
    private readonly sink: SnapshotSink,
  ) {
    const { sentences, evidence } = header.tables;
    const { nodes, edges } = header.counts;
    this.bounds = [sentences, sentences + evidence, sentences + evidence + nodes, sentences + evidence + nodes + edges];
  }

  get schemaVersion(): number {
    return this.header.schemaVersion;
  }

  /** Reads line `line` (1-based in the file; the header is line 1). */
  line(text: string, line: number): void {
    const index = this.seen++;
    const [sentences, evidence, nodes, edges] = this.bounds;
    if (index >= edges) throw this.corrupt(line, `the header announces ${edges + 1} lines, but the file goes on`);
    const value = parseLine(this.path, line, text);
    if (index < sentences) this.sentence(value, line);
    else if (index < evidence) this.evidenceRow(value, line);
    else if (index < nodes) this.node(value, line);
    else this.edge(value, line);
  }

  /** The meta, once `lastLine` was the last line of the file; throws if the file was cut short. */
  finish(lastLine: number): SnapshotMeta {
    const total = this.bounds[3];
    if (this.seen < total) {
      const { sentences, evidence } = this.header.tables;
      const { nodes, edges } = this.header.counts;
      throw this.corrupt(
        lastLine,
        `the file ends here, but its header announces ${total + 1} lines (${sentences} sentences, ${evidence} evidence, ${nodes} nodes, ${edges} edges): it was cut short`,
      );
    }
    const { format: _format, tables: _tables, ...meta } = this.header;
    return meta;
  }

  private sentence(value: unknown, line: number): void {
    if (typeof value !== 'string') throw this.expecting(line, 'sentence', 'a string', value);
    this.sentences.push(value);
  }

  private evidenceRow(value: unknown, line: number): void {
    if (
      !isObject(value) ||
      typeof value.docId !== 'string' ||
      (value.date !== null && typeof value.date !== 'string') ||
      !isCount(value.sentence) ||
      !isCount(value.sentenceStart) ||
      !isCount(value.start) ||
      !isCount(value.end)
    ) {
      throw this.expecting(line, 'evidence', '{docId, date, sentence, sentenceStart, start, end}', value);
    }
    const sentence = this.sentences[value.sentence];
    if (sentence === undefined) throw this.corrupt(line, `evidence cites sentence ${value.sentence}, but there are ${this.sentences.length}`);
    // The parsed object becomes the Evidence: one allocation per row, not two.
    value.sentence = sentence;
    value.docId = this.intern(value.docId);
    if (value.date !== null) value.date = this.intern(value.date);
    this.evidence.push(value as unknown as Evidence);
  }

  private node(value: unknown, line: number): void {
    if (!isObject(value) || typeof value.key !== 'string' || !isObject(value.attributes)) throw this.expecting(line, 'node', '{key, attributes}', value);
    const attributes = value.attributes;
    if (typeof attributes.label !== 'string' || !LABELS.has(attributes.label)) throw this.expecting(line, 'node', `a label among ${NODE_LABELS.join(', ')}`, attributes.label);
    if (typeof attributes.name !== 'string') throw this.expecting(line, 'node', 'a name', attributes.name);
    if (!isStringArray(attributes.aliases)) throw this.expecting(line, 'node', 'aliases as a list of strings', attributes.aliases);
    if (this.nodeKeys.has(value.key)) throw this.corrupt(line, `node ${value.key} appears twice`);
    if (isStringArray(attributes.docIds)) attributes.docIds = this.sharedList(attributes.docIds);
    if (isStringArray(attributes.sources)) attributes.sources = this.sharedList(attributes.sources);
    if (attributes.aliases.length === 0) attributes.aliases = this.noTexts;
    const key = this.intern(value.key);
    this.nodeKeys.add(key);
    this.nodes.push(key);
    this.sink.node(key, attributes as unknown as NodeAttributes, this.hashOf(value, line, 'node'));
  }

  private edge(value: unknown, line: number): void {
    if (!isObject(value) || !isCount(value.source) || !isCount(value.target) || !isObject(value.attributes) || (value.key !== undefined && typeof value.key !== 'string')) {
      throw this.expecting(line, 'edge', '{key?, source, target, attributes} with node line numbers as ends', value);
    }
    const attributes = value.attributes;
    if (typeof attributes.type !== 'string' || !TYPES.has(attributes.type)) throw this.expecting(line, 'edge', `a type among ${RELATIONSHIP_TYPES.join(', ')}`, attributes.type);
    if (attributes.docIds !== undefined && !isStringArray(attributes.docIds)) throw this.expecting(line, 'edge', 'docIds as a list of strings', attributes.docIds);
    if (attributes.count !== undefined && !isCount(attributes.count)) throw this.expecting(line, 'edge', 'a count', attributes.count);
    if (!Array.isArray(attributes.evidence)) throw this.expecting(line, 'edge', 'evidence as a list of evidence line numbers', attributes.evidence);
    if (attributes.eventIds !== undefined && !Array.isArray(attributes.eventIds)) throw this.expecting(line, 'edge', 'eventIds as a list', attributes.eventIds);
    const source = this.nodes[value.source];
    const target = this.nodes[value.target];
    if (source === undefined || target === undefined) {
      throw this.corrupt(line, `an edge points to node ${source === undefined ? value.source : value.target}, but there are ${this.nodes.length}`);
    }
    const key = value.key ?? flatEdgeKey(attributes.type, source, target);
    // The parsed list of evidence line numbers becomes the list of (shared) Evidence objects.
    const evidence = attributes.evidence as unknown[];
    const firstRow = evidence[0];
    for (let i = 0; i < evidence.length; i++) {
      const index = evidence[i];
      const item = isCount(index) ? this.evidence[index] : undefined;
      if (!item) throw this.corrupt(line, `edge ${key} cites evidence ${describe(index)}, but there are ${this.evidence.length}`);
      evidence[i] = item;
    }
    if (evidence.length === 1) attributes.evidence = this.oneEvidenceList(evidence[0] as Evidence, firstRow as number);
    const implied = summarise(evidence as Evidence[]);
    if (attributes.docIds) attributes.docIds = this.sharedList(attributes.docIds);
    else attributes.docIds = implied.docIds.length === 1 ? this.oneTextList(implied.docIds[0]!) : implied.docIds;
    attributes.count ??= evidence.length;
    this.derived(attributes, 'firstDate', implied.firstDate, line);
    this.derived(attributes, 'lastDate', implied.lastDate, line);
    const eventIds = attributes.eventIds as unknown[] | undefined;
    if (eventIds) for (let i = 0; i < eventIds.length; i++) eventIds[i] = this.nodeOrText(eventIds[i], key, line);
    this.sink.edge(key, source, target, inObjectCopy(attributes) as unknown as EdgeAttributes, this.hashOf(value, line, 'edge'));
  }

  /** A record's content hash as the writer computed it; absent in snapshots written before hashes. */
  private hashOf(value: Record<string, unknown>, line: number, section: Section): string | undefined {
    if (value.hash === undefined) return undefined;
    if (typeof value.hash !== 'string' || !CONTENT_HASH.test(value.hash)) throw this.expecting(line, section, 'a hash of 22 base64url characters', value.hash);
    return value.hash;
  }

  /** A field the writer left out takes the value implied by the evidence; one written as null has none. */
  private derived(attributes: Record<string, unknown>, field: 'firstDate' | 'lastDate', implied: string | undefined, line: number): void {
    const written = attributes[field];
    if (written === undefined) {
      if (implied !== undefined) attributes[field] = implied;
    } else if (written === null) {
      delete attributes[field];
    } else if (typeof written !== 'string') {
      throw this.expecting(line, 'edge', `${field} as a date or null`, written);
    }
  }

  /** An eventId: a node line number, or the id itself when it names no node. */
  private nodeOrText(id: unknown, key: string, line: number): string {
    if (typeof id === 'string') return this.intern(id);
    const node = isCount(id) ? this.nodes[id] : undefined;
    if (node === undefined) throw this.corrupt(line, `edge ${key} names event ${describe(id)}, but there are ${this.nodes.length} nodes`);
    return node;
  }

  /**
   * A list of texts as the store keeps it: interned, and when it holds one text or none, a list
   * shared (never mutated) by every record with the same one: most edges and many nodes cite a
   * single release, and most nodes have no alias. Each list a record keeps is two objects (the
   * array and its elements) for the collector to mark on every full collection.
   */
  private sharedList(texts: string[]): string[] {
    if (texts.length === 0) return this.noTexts;
    if (texts.length === 1) return this.oneTextList(texts[0]!);
    this.internAll(texts);
    return texts;
  }

  /** `[text]`, one shared (never mutated) list per text. */
  private oneTextList(text: string): string[] {
    const known = this.intern(text);
    let list = this.oneTextLists.get(known);
    if (!list) this.oneTextLists.set(known, (list = [known]));
    return list;
  }

  /** `[evidence]` of evidence row `row`, one shared (never mutated) list per row: an edge citing one sentence often cites the one a MENTIONS edge cites. */
  private oneEvidenceList(evidence: Evidence, row: number): Evidence[] {
    let list = this.oneEvidenceLists[row];
    if (!list) this.oneEvidenceLists[row] = list = [evidence];
    return list;
  }

  private internAll(texts: string[]): void {
    for (let i = 0; i < texts.length; i++) texts[i] = this.intern(texts[i]!);
  }

  private intern(text: string): string {
    const known = this.strings.get(text);
    if (known !== undefined) return known;
    this.strings.set(text, text);
    return text;
  }

  private expecting(line: number, section: Section, expected: string, found: unknown): Error {
    return this.corrupt(line, `expecting ${section === 'evidence' ? 'evidence' : `a ${section}`} line with ${expected}, instead found ${describe(found)}`);
  }

  private corrupt(line: number, problem: string): Error {
    return corruptSnapshot(this.path, line, problem);
  }
}

/**
 * edgeKey(type, source, target) as one flat string. A template literal makes a rope of concatenated
 * strings (two or three heap objects behind every key, kept for as long as the edge is), which the
 * collector walks on every full collection; Array join writes the characters into one string.
 */
function flatEdgeKey(type: string, source: string, target: string): string {
  return [type, ':', source, '->', target].join('');
}
