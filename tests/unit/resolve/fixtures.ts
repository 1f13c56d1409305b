/**
 * Hand-made extractions mirroring seed sentences, written as the extractor will emit them, so that
 * resolution and building are tested on known inputs. `release(...)` finds every offset itself.
 */
import type { Document } from '../../../src/domain/document.js';
import type { Evidence } from '../../../src/domain/evidence.js';
import type {
  Extraction,
  LocalAgreement,
  LocalCountry,
  LocalEntity,
  LocalEvent,
  LocalOrganization,
  LocalPerson,
  LocalRelation,
  Mention,
} from '../../../src/domain/extraction.js';
import { sentenceAround } from '../../../src/resolve/sentence.js';

type Spans = readonly string[];
type PersonSpec = Partial<Omit<LocalPerson, 'localId' | 'label' | 'name' | 'mentions' | 'positions'>> & {
  positions?: readonly { title: string; org: string | null }[];
  said?: Spans;
};

/** One release under construction: entities and relations refer to each other by localId. */
export class Release {
  private readonly entities: LocalEntity[] = [];
  private readonly relations: LocalRelation[] = [];
  readonly doc: Document;

  constructor(id: string, date: string | null, title: string, body: string) {
    this.doc = { id, title, body, date, category: 'Trade/Investment', url: null, sources: [{ file: 'seeds/fixture.txt', record: 1, line: 1 }] };
  }

  person(localId: string, name: string, spec: PersonSpec = {}): this {
    const { said, positions, ...rest } = spec;
    return this.add({
      localId,
      label: 'Person',
      name,
      aliases: [],
      titles: [],
      country: null,
      ...rest,
      positions: (positions ?? []).map((p) => ({ title: p.title, orgLocalId: p.org })),
      mentions: this.spans(said ?? [name]),
    } satisfies LocalPerson);
  }

  org(localId: string, name: string, spec: Partial<Omit<LocalOrganization, 'localId' | 'label' | 'mentions'>> & { said?: Spans } = {}): this {
    const { said, ...rest } = spec;
    return this.add({ localId, label: 'Organization', name, aliases: [], kind: 'government', acronym: null, country: 'KR', ...rest, mentions: this.spans(said ?? [name]) } satisfies LocalOrganization);
  }

  country(code: string, name: string, said?: Spans): this {
    return this.add({ localId: `c:${code}`, label: 'Country', name, aliases: [], code, mentions: this.spans(said ?? [name]) } satisfies LocalCountry);
  }

  agreement(localId: string, name: string, spec: Partial<Omit<LocalAgreement, 'localId' | 'label' | 'mentions'>> & { said?: Spans } = {}): this {
    const { said, ...rest } = spec;
    return this.add({ localId, label: 'Agreement', name, aliases: [], kind: 'CEPA', status: 'mentioned', parties: [], ...rest, mentions: this.spans(said ?? [name]) } satisfies LocalAgreement);
  }

  event(localId: string, name: string, spec: Partial<Omit<LocalEvent, 'localId' | 'label' | 'mentions'>> & { said?: Spans } = {}): this {
    const { said, ...rest } = spec;
    return this.add({ localId, label: 'Event', name, aliases: [], kind: 'conference', date: null, endDate: null, location: null, country: null, ...rest, mentions: this.spans(said ?? [name]) } satisfies LocalEvent);
  }

  /** A relation whose evidence is the sentence containing `span`. */
  relate(type: LocalRelation['type'], from: string, to: string, span: string, props: Record<string, string> = {}): this {
    this.relations.push({ type, from, to, props, evidence: this.evidence(span) });
    return this;
  }

  extraction(): Extraction {
    return { docId: this.doc.id, date: this.doc.date, entities: this.entities, relations: this.relations };
  }

  private add(entity: LocalEntity): this {
    this.entities.push(entity);
    return this;
  }

  private spans(texts: Spans): Mention[] {
    const found: Mention[] = [];
    for (const text of texts) {
      let from = 0;
      let at = this.doc.body.indexOf(text, from);
      if (at < 0) throw new Error(`fixture: "${text}" is not in ${this.doc.id}`);
      while (at >= 0) {
        found.push({ text, start: at, end: at + text.length, sentenceIndex: 0 });
        from = at + text.length;
        at = this.doc.body.indexOf(text, from);
      }
    }
    return found;
  }

  private evidence(span: string): Evidence {
    const start = this.doc.body.indexOf(span);
    if (start < 0) throw new Error(`fixture: "${span}" is not in ${this.doc.id}`);
    const end = start + span.length;
    return { docId: this.doc.id, date: this.doc.date, start, end, ...sentenceAround(this.doc.body, start, end) };
  }
}

/** Documents and extractions of several releases, in the shape resolve() takes. */
export function corpusOf(releases: readonly Release[]): { documents: Document[]; extractions: Extraction[] } {
  return { documents: releases.map((r) => r.doc), extractions: releases.map((r) => r.extraction()) };
}
