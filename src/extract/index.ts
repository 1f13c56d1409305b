import { DEFAULT_INPUT_LIMITS, type Document, type Extraction } from '../domain/index.js';
import type { AnalyseLimits } from './nlp/index.js';
import { evidenceMaker, sentenceAt } from './assembly/evidence.js';
import { splitSentences } from './passes/01-sentences.js';
import { findCountryMentions } from './passes/countries.js';
import { findOrganizations } from './passes/02-organizations.js';
import { findPersons } from './passes/03-persons.js';
import { findPositions } from './passes/04-positions.js';
import { settleCountries } from './passes/settle-countries.js';
import { homeCountry as mostNamedCountry } from './persons/home.js';
import { findAgreements } from './passes/agreements.js';
import { findEvents } from './passes/events.js';
import { linkParticipants } from './passes/participants.js';
import { separateMeetings } from './events/index.js';
import { assembleEntities } from './passes/05-entities.js';
import { assembleRelations } from './passes/06-relations.js';

/** Options of `extract`. */
export interface ExtractOptions {
  /**
   * The country whose government issues the releases: its officials' bare titles (`Trade Minister
   * Yeo`) mean its own ministry. Null: the country the release names most.
   */
  readonly homeCountry: string | null;
  /** Longest token the language model reads and longest sentence the passes see (see InputLimits). */
  readonly limits: AnalyseLimits;
}

/** Releases of Korea's trade ministry are the project's first corpus. */
export const DEFAULT_EXTRACT_OPTIONS: ExtractOptions = { homeCountry: 'KR', limits: DEFAULT_INPUT_LIMITS };

/**
 * Extracts the people, bodies, countries, agreements and occasions one press release names, and
 * the relations it states between them, each backed by its sentence and character offsets.
 * Pure and deterministic: the same document always gives the same extraction.
 */
export function extract(doc: Document, options: Partial<ExtractOptions> = {}): Extraction {
  const { homeCountry, limits } = { ...DEFAULT_EXTRACT_OPTIONS, ...options };
  const sentences = splitSentences(doc.body, limits);
  const { text } = sentences;
  const countries = findCountryMentions(text);
  const orgs = findOrganizations(text, sentences.words, countries);
  const persons = findPersons(sentences, orgs, countries);
  // One home country for every pass: the option, else the country the release names most.
  const home = homeCountry ?? mostNamedCountry(countries);
  const positions = findPositions(persons, orgs, countries, (offset) => sentenceAt(text, offset)?.index ?? 0, home);
  const agreements = findAgreements(text, countries, home, doc.date);
  const found = findEvents(text, doc.title, doc.date, countries);
  const { events, participation } = separateMeetings(found, linkParticipants(found, persons, text), text.text);
  const settled = settleCountries({ body: text.text, countries, orgs, persons, positions, agreements, events, participation });
  const findings = { countries, persons, events, ...settled };
  return {
    docId: doc.id,
    date: doc.date,
    entities: assembleEntities(findings),
    relations: assembleRelations(findings, participation, evidenceMaker(doc.id, doc.date, text)),
  };
}

export type { PersonFinding, OrganizationFinding } from './findings.js';
export type { AnalysedText, Sentence, Token } from './analysed-text.js';
