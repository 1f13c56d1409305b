import {
  DEFAULT_RESOLVE_OPTIONS,
  type Document,
  type Extraction,
  type LocalEntity,
  type EntityLabel,
  localRef,
  type ResolvedCorpus,
  type ResolveOptions as ResolveRules,
} from '../domain/index.js';
import { assemble, type DocContext } from './assemble.js';
import type { LocalItem } from './clusters.js';
import { LocalKeys } from './local-keys.js';
import { clusterCountries, describeCountry } from './passes/01-countries.js';
import { clusterOrganizations, describeOrganization } from './passes/02-organizations.js';
import { clusterPersons, describePerson } from './passes/03-persons.js';
import { clusterAgreements, describeAgreement } from './passes/04-agreements.js';
import { clusterEvents, describeEvent } from './passes/05-events.js';
import { findRenames } from './passes/06-renames.js';
import { byRelation, liftRelations } from './passes/07-relations.js';
import { byString } from './text.js';

type ItemsByLabel = { [L in EntityLabel]: LocalItem<Extract<LocalEntity, { label: L }>>[] };

/** resolve's passes in the order they run, as its progress names them. */
export const RESOLVE_PASSES = ['countries', 'organizations', 'persons', 'agreements', 'events', 'relations'] as const;

export type ResolvePass = (typeof RESOLVE_PASSES)[number];

/** Options of `resolve`: the rules' settings (defaults in DEFAULT_RESOLVE_OPTIONS) and a progress callback. */
export interface ResolveOptions extends Partial<ResolveRules> {
  /** Called as each pass starts, with the number of passes already done. */
  readonly onPass?: (pass: ResolvePass, done: number, total: number) => void;
}

/**
 * Resolves what each document names into one entity per real-world thing across the corpus, and
 * lifts the documents' relations onto those entities. Order matters: organisations first (people
 * are told apart by where they hold posts), then people, then events (told apart by who attended).
 */
export function resolve(documents: readonly Document[], unordered: readonly Extraction[], options: ResolveOptions = {}): ResolvedCorpus {
  const rules: ResolveRules = { ...DEFAULT_RESOLVE_OPTIONS, ...options };
  const pass = (name: ResolvePass): void => options.onPass?.(name, RESOLVE_PASSES.indexOf(name), RESOLVE_PASSES.length);
  // Decisions are taken in document-id order so that input order never changes the outcome.
  const extractions = [...unordered].sort((a, b) => byString(a.docId, b.docId));
  const docs = docContexts(documents, extractions);
  const items = localItems(extractions, docs);
  const keys = new LocalKeys();
  pass('countries');
  const countries = assemble('Country', clusterCountries(items.Country), describeCountry, docs, keys);
  pass('organizations');
  const orgs = assemble('Organization', clusterOrganizations(items.Organization), describeOrganization, docs, keys);
  pass('persons');
  const persons = assemble('Person', clusterPersons(items.Person, (docId, localId) => keys.get(docId, localId) ?? null, rules.titleWindowDays), describePerson, docs, keys);
  pass('agreements');
  const agreements = assemble('Agreement', clusterAgreements(items.Agreement, rules.agreementNameOverlap), describeAgreement, docs, keys);
  pass('events');
  const participants = participantsByEvent(extractions, keys);
  const events = assemble(
    'Event',
    clusterEvents(items.Event, (ref) => participants.get(ref) ?? new Set(), rules.eventNameOverlap),
    describeEvent,
    docs,
    keys,
  );
  pass('relations');
  const relations = [...liftRelations(extractions, keys), ...findRenames(orgs, rules.homeMinistry)].sort(byRelation);
  return withKeyOf({ entities: [...countries, ...orgs, ...persons, ...agreements, ...events].sort((a, b) => byString(a.key, b.key)), relations }, keys);
}

/**
 * The corpus with `keyOf` made when first read, then kept. No stage after resolve reads it (the
 * build path drops it): made eagerly it was a record of every local entity (about 450k at 1000×)
 * and a list of as many pairs, allocated at the end of resolve, when the process is at its fullest.
 */
function withKeyOf(corpus: Omit<ResolvedCorpus, 'keyOf'>, keys: LocalKeys): ResolvedCorpus {
  let keyOf: Readonly<Record<string, string>> | undefined;
  return Object.defineProperty(corpus, 'keyOf', { enumerable: true, get: () => (keyOf ??= keys.toRecord()) }) as ResolvedCorpus;
}

function docContexts(documents: readonly Document[], extractions: readonly Extraction[]): Map<string, DocContext> {
  const evidenceOf = new Map(extractions.map((x) => [x.docId, x.relations.map((r) => r.evidence)]));
  return new Map(
    documents.map((doc) => [doc.id, { body: doc.body, date: doc.date, evidence: evidenceOf.get(doc.id) ?? [] }]),
  );
}

function localItems(extractions: readonly Extraction[], docs: ReadonlyMap<string, DocContext>): ItemsByLabel {
  const items: ItemsByLabel = { Person: [], Organization: [], Country: [], Agreement: [], Event: [] };
  for (const extraction of extractions) {
    const date = extraction.date ?? docs.get(extraction.docId)?.date ?? null;
    for (const entity of extraction.entities) {
      const item = { ref: localRef(extraction.docId, entity.localId), docId: extraction.docId, date, entity };
      (items[entity.label] as LocalItem[]).push(item);
    }
  }
  return items;
}

/** Resolved person keys that ATTENDED each local event. */
function participantsByEvent(extractions: readonly Extraction[], keys: LocalKeys): Map<string, Set<string>> {
  const participants = new Map<string, Set<string>>();
  for (const extraction of extractions) {
    for (const relation of extraction.relations) {
      if (relation.type !== 'ATTENDED') continue;
      const person = keys.get(extraction.docId, relation.from);
      const event = localRef(extraction.docId, relation.to);
      if (!person) continue;
      const set = participants.get(event) ?? new Set<string>();
      set.add(person);
      participants.set(event, set);
    }
  }
  return participants;
}
