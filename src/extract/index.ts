import { DEFAULT_EXTRACT_OPTIONS, type Document, type Extraction, type ExtractOptions } from '../domain/index.js';
import { evidenceMaker, sentenceAt } from './assembly/evidence.js';
import { splitSentences } from './passes/01-sentences.js';
import { findCountryMentions, findPlaceMentions } from './passes/countries.js';
import { findOrganizations } from './passes/02-organizations.js';
import { findPersons } from './passes/03-persons.js';
import { findPositions } from './passes/04-positions.js';
import { settleCountries } from './passes/settle-countries.js';
import { homeCountry as mostNamedCountry, ministryInForce } from './persons/home.js';
import { findAgreements } from './passes/agreements.js';
import { findEvents } from './passes/events.js';
import { linkParticipants } from './passes/participants.js';
import { separateMeetings } from './events/index.js';
import { assembleEntities } from './passes/05-entities.js';
import { assembleRelations } from './passes/06-relations.js';

// Options and defaults live in domain (AppConfig carries them); the default home is Korea's trade ministry.
export { DEFAULT_EXTRACT_OPTIONS, type ExtractOptions } from '../domain/index.js';

/**
 * Extracts the people, bodies, countries, agreements and occasions one press release names, and
 * the relations it states between them, each backed by its sentence and character offsets.
 * Pure and deterministic: the same document always gives the same extraction.
 */
export function extract(doc: Document, options: Partial<ExtractOptions> = {}): Extraction {
  const { homeCountry, homeMinistry, limits } = { ...DEFAULT_EXTRACT_OPTIONS, ...options };
  const sentences = splitSentences(doc.body, limits);
  const { text } = sentences;
  const countries = findCountryMentions(text);
  // One home country for every pass: the option, else the country the release names most.
  const home = homeCountry ?? mostNamedCountry(countries);
  const named = findOrganizations(text, sentences.words, countries, home);
  // `the ministry` in a release that names no home ministry: the home ministry's name on its date.
  const inForce = ministryInForce(text, named, { home, names: homeMinistry, date: doc.date });
  const orgs = inForce ? [...named, inForce] : named;
  const persons = findPersons(sentences, orgs, countries);
  const positions = findPositions(persons, orgs, countries, (offset) => sentenceAt(text, offset)?.index ?? 0, home, { names: homeMinistry, date: doc.date });
  const agreements = findAgreements(text, countries, home, doc.date, orgs, doc.title);
  const found = findEvents(text, doc.title, doc.date, countries);
  const { events, participation } = separateMeetings(found, linkParticipants(found, persons, text), text.text);
  // The headline names the release's partner even when the body names another country as often, and may say whose a body is.
  const title = splitSentences(doc.title, limits).text;
  const headline = { text: title.text, countries: findCountryMentions(title) };
  const settled = settleCountries({ body: text.text, countries, orgs, persons, positions, agreements, events, participation, headline });
  const findings = { countries, places: findPlaceMentions(text, orgs), persons, events, ...settled };
  return {
    docId: doc.id,
    date: doc.date,
    entities: assembleEntities(findings),
    relations: assembleRelations(findings, participation, evidenceMaker(doc.id, doc.date, text)),
  };
}

export type { PersonFinding, OrganizationFinding } from './findings.js';
export type { AnalysedText, Sentence, Token } from './analysed-text.js';
