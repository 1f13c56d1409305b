import { splitSentences } from '../../../src/extract/passes/01-sentences.js';
import { findCountryMentions } from '../../../src/extract/passes/countries.js';
import { findOrganizations } from '../../../src/extract/passes/02-organizations.js';
import { findPersons } from '../../../src/extract/passes/03-persons.js';
import type { OrganizationFinding } from '../../../src/extract/findings.js';
import type { PersonRecord } from '../../../src/extract/persons/person-group.js';

/** Runs the passes up to organisations on a text. */
export function orgsOf(body: string): OrganizationFinding[] {
  const sentences = splitSentences(body);
  return findOrganizations(sentences.text, sentences.words, findCountryMentions(sentences.text));
}

/** Runs the passes up to persons on a text. */
export function personsOf(body: string): PersonRecord[] {
  const sentences = splitSentences(body);
  const countries = findCountryMentions(sentences.text);
  return findPersons(sentences, findOrganizations(sentences.text, sentences.words, countries), countries);
}
