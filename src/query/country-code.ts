import type { Country } from 'world-countries';
import worldCountriesModule from 'world-countries';
import { NotFoundError, type NodeRecord, foldName, type GraphStore } from '../domain/index.js';
import { derived } from './derived.js';

// The package's types declare an ES default export over a CommonJS `module.exports = [...]`.
const worldCountries = worldCountriesModule as unknown as readonly Country[];

/**
 * Folded alpha-3 codes, common and official names and alternative spellings of every ISO country
 * → alpha-2, so `KOR`, `UAE`, `United Arab Emirates` and `Republic of Korea` name one code.
 */
const WORLD_FORMS: ReadonlyMap<string, string> = (() => {
  const forms = new Map<string, string>();
  for (const c of worldCountries) {
    for (const form of [c.cca3, c.name.common, c.name.official, ...c.altSpellings]) {
      const folded = foldName(form);
      if (folded && !forms.has(folded)) forms.set(folded, c.cca2);
    }
  }
  return forms;
})();

/**
 * The Country node a user's words name: an ISO alpha-2 code in any case (`kr`), else a name,
 * short form or alias of a Country node (`UK`, `korea`, `UAE`, `United Arab Emirates`), else an ISO alpha-3 code or a
 * name the ISO list knows (`KOR`). Throws NotFoundError COUNTRY_NOT_FOUND when none matches or the
 * country is not in the graph.
 */
export async function resolveCountry(store: GraphStore, raw: string): Promise<NodeRecord> {
  const text = raw.trim();
  const folded = foldName(text);
  // Two letters are an ISO code first, else a short name (`UK` is no ISO code: GB is).
  const asCode = /^[A-Za-z]{2}$/.test(text) ? await store.getNode(`country:${text.toUpperCase()}`) : null;
  const code = asCode ? text.toUpperCase() : folded ? await codeByName(store, folded) : null;
  const node = asCode ?? (code ? await store.getNode(`country:${code}`) : null);
  if (!node || node.attributes.label !== 'Country') {
    throw new NotFoundError('COUNTRY_NOT_FOUND', `No country in the graph is named "${text.slice(0, 100)}"${code ? ` (${code})` : ''}; find countries with GET /api/search?q=…&labels=Country`);
  }
  return node;
}

async function codeByName(store: GraphStore, folded: string): Promise<string | null> {
  return (await countryForms(store)).get(folded) ?? WORLD_FORMS.get(folded) ?? null;
}

/** Folded names and aliases of the graph's Country nodes → code; kept on the embedded store, where listing them walks every node. */
function countryForms(store: GraphStore): Promise<ReadonlyMap<string, string>> {
  return derived(store, 'country-forms', async () => {
    const forms = new Map<string, string>();
    for (const node of await store.listNodes(['Country'])) {
      for (const form of [node.attributes.name, ...node.attributes.aliases]) {
        const key = foldName(form);
        if (key && !forms.has(key)) forms.set(key, node.id.slice('country:'.length));
      }
    }
    return forms;
  });
}
