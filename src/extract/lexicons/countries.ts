import type { Country } from 'world-countries';
import worldCountriesModule from 'world-countries';

// The package's types declare an ES default export over a CommonJS `module.exports = [...]`;
// under NodeNext TypeScript types the default import as the module object, Node gives the array.
const worldCountries = worldCountriesModule as unknown as readonly Country[];

/** How a country is named: its name, an abbreviation, or a demonym (`Kazakh`, `Emirati`). */
export type CountryForm = 'name' | 'short' | 'demonym';

export interface CountryFormEntry {
  /** ISO 3166-1 alpha-2, `EU` for the European Union; null for a blocker (`Latin America`). */
  readonly code: string | null;
  readonly form: CountryForm;
}

/**
 * English forms press releases use that the country data lacks or spells differently. `Korea`
 * alone means the Republic of Korea in trade releases; the European Union is not in ISO 3166-1.
 */
const EXTRA_FORMS: ReadonlyArray<readonly [string, string, CountryForm]> = [
  ['Korea', 'KR', 'name'],
  ['Korean', 'KR', 'demonym'],
  // Everyday demonyms the data spells otherwise (`Kazakhstani`, `Uzbekistani`, `Kirghiz`).
  ['Kazakh', 'KZ', 'demonym'],
  ['Uzbek', 'UZ', 'demonym'],
  ['Kyrgyz', 'KG', 'demonym'],
  ['Tajik', 'TJ', 'demonym'],
  // The adjective beside the data's `Filipino` (`Philippine Trade Secretary X`), and others like it.
  ['Philippine', 'PH', 'demonym'],
  ['Argentinian', 'AR', 'demonym'],
  ['Ecuadorian', 'EC', 'demonym'],
  ['Sri Lankan', 'LK', 'demonym'],
  ['Nepali', 'NP', 'demonym'],
  ['Emiratis', 'AE', 'demonym'],
  // The country's own short name since 2013 (the data's common name is `Cape Verde`), and its demonyms.
  ['Cabo Verde', 'CV', 'name'],
  ['Cabo Verdean', 'CV', 'demonym'],
  ['Cape Verdean', 'CV', 'demonym'],
  // Greece's official adjective, in its bodies' names (`Hellenic … Commission`).
  ['Hellenic', 'GR', 'demonym'],
  ['Koreans', 'KR', 'demonym'],
  ['ROK', 'KR', 'short'],
  ['U.S.', 'US', 'short'],
  ['U.S.A.', 'US', 'short'],
  ['US', 'US', 'short'],
  ['America', 'US', 'name'],
  ['UK', 'GB', 'short'],
  ['U.K.', 'GB', 'short'],
  ['Britain', 'GB', 'name'],
  ['PRC', 'CN', 'short'],
  ['Turkey', 'TR', 'name'],
  ['Czech Republic', 'CZ', 'name'],
  ['Viet Nam', 'VN', 'name'],
  ['EU', 'EU', 'short'],
  ['E.U.', 'EU', 'short'],
  ['European Union', 'EU', 'name'],
  ['European Commission', 'EU', 'name'],
  ['European Parliament', 'EU', 'name'],
];

/**
 * Regions and other names that contain a country form but name no country: matched so that the
 * longer form wins over `American` in `Latin American` or `Mexico` in `New Mexico`.
 */
const BLOCKERS: readonly string[] = [
  'Latin America', 'Latin American', 'Latin Americans',
  'North America', 'North American', 'South America', 'South American',
  'Central America', 'Central American', 'Indian Ocean', 'American Indian',
  'New Mexico', 'New Jersey', 'New Guinea', 'British Columbia',
  // A hemisphere's bodies (`Inter-American Development Bank`), not the United States.
  'Inter-American', 'Pan-American',
  // The export-control regime (`the Wassenaar Arrangement … and the Australia Group`), not Australia.
  'Australia Group',
];

/** Alternative spellings in the data that are ordinary English words or ambiguous alone. */
const UNUSABLE_ALT_SPELLINGS = new Set(['Island', 'Mann', 'Mannin', 'Congo', 'Guiana', 'Viti', 'Timor']);

/**
 * Country names that are also common person or US-state names: a pass accepts them only when the
 * context does not suggest the other reading.
 */
export const AMBIGUOUS_COUNTRY_NAMES: ReadonlySet<string> = new Set(['Georgia', 'Jordan', 'Chad']);

const LATIN_TEXT = /^[\p{Script=Latin}\s.'’()-]+$/u;

function addForm(
  forms: Map<string, CountryFormEntry>,
  text: string,
  code: string | null,
  form: CountryForm,
  ambiguous: Set<string>,
): void {
  const existing = forms.get(text);
  if (existing && existing.code !== code) ambiguous.add(text);
  else forms.set(text, { code, form });
}

function buildCountryForms(): ReadonlyMap<string, CountryFormEntry> {
  const forms = new Map<string, CountryFormEntry>();
  const ambiguous = new Set<string>();
  const demonymOwners = new Map<string, { code: string; unMember: boolean }[]>();
  for (const country of worldCountries) {
    const code = country.cca2;
    addForm(forms, country.name.common, code, 'name', ambiguous);
    addForm(forms, country.name.official, code, 'name', ambiguous);
    for (const alt of country.altSpellings) {
      if (alt.includes(',') || !LATIN_TEXT.test(alt) || UNUSABLE_ALT_SPELLINGS.has(alt)) continue;
      if (/^[A-Z]{2}$/.test(alt)) continue; // the alpha-2 code itself: `IT`, `IN`, `MY` are words
      addForm(forms, alt, code, /^[A-Z.]+$/.test(alt) ? 'short' : 'name', ambiguous);
    }
    const demonyms = country.demonyms?.eng;
    for (const demonym of new Set(demonyms ? [demonyms.m, demonyms.f] : [])) {
      if (!demonym) continue;
      const owners = demonymOwners.get(demonym) ?? [];
      owners.push({ code, unMember: country.unMember });
      demonymOwners.set(demonym, owners);
    }
  }
  // `American` is also the Northern Mariana Islands' demonym: the one UN member wins.
  for (const [demonym, owners] of demonymOwners) {
    const members = owners.filter((o) => o.unMember);
    const owner = owners.length === 1 ? owners[0] : members.length === 1 ? members[0] : undefined;
    if (!owner || forms.has(demonym)) continue;
    forms.set(demonym, { code: owner.code, form: 'demonym' });
    if (!demonym.endsWith('s') && !forms.has(`${demonym}s`)) forms.set(`${demonym}s`, { code: owner.code, form: 'demonym' });
  }
  for (const text of ambiguous) forms.delete(text);
  for (const [text, code, form] of EXTRA_FORMS) forms.set(text, { code, form });
  for (const text of BLOCKERS) forms.set(text, { code: null, form: 'name' });
  return forms;
}

/** Every English form of every country, built once from world-countries plus the tables above. */
export const COUNTRY_FORMS: ReadonlyMap<string, CountryFormEntry> = buildCountryForms();

function buildCapitals(): ReadonlyMap<string, string> {
  const capitals = new Map<string, string>();
  for (const country of worldCountries) {
    if (!country.unMember && country.cca2 !== 'TW' && country.cca2 !== 'HK') continue;
    for (const capital of country.capital) capitals.set(capital, country.cca2);
  }
  return capitals;
}

/** Capital city → ISO alpha-2 of its country, for placing an event held `in Astana`. */
export const CAPITAL_CITIES: ReadonlyMap<string, string> = buildCapitals();

/**
 * Cities where trade diplomacy happens that are not their country's capital (or that the data
 * spells otherwise: `Washington D.C.`), so `talks in Geneva` places the release in Switzerland.
 * Reference data, like the capitals.
 */
const MEETING_CITIES: ReadonlyArray<readonly [string, string]> = [
  ['Washington', 'US'], ['New York', 'US'], ['San Francisco', 'US'], ['Los Angeles', 'US'], ['Geneva', 'CH'],
  ['Davos', 'CH'], ['Shanghai', 'CN'], ['Osaka', 'JP'], ['Sydney', 'AU'], ['Dubai', 'AE'], ['Istanbul', 'TR'],
  ['Mumbai', 'IN'], ['Ho Chi Minh City', 'VN'], ['Frankfurt', 'DE'], ['Munich', 'DE'], ['Toronto', 'CA'],
  ['Jeddah', 'SA'], ['Almaty', 'KZ'], ['São Paulo', 'BR'], ['Sao Paulo', 'BR'], ['Rio de Janeiro', 'BR'],
  ['Vladivostok', 'RU'],
];

/**
 * Cities a release writes for the body seated there rather than for their country: `initialled
 * in Brussels` places the release at the EU's institutions, and annotators list Belgium only when
 * the text names it. Geneva is not one: a conference held there is listed as held in Switzerland.
 */
export const SEAT_CITIES: ReadonlySet<string> = new Set(['Brussels']);

/**
 * City → ISO alpha-2 of its country: the capitals and the meeting cities above. A seat is still a
 * city here (`Invest Brussels` is Belgian, `Brussels` no company's name); only a release's places
 * pass over it (passes/countries, events/location).
 */
export const CITY_COUNTRIES: ReadonlyMap<string, string> = new Map([...CAPITAL_CITIES, ...MEETING_CITIES]);

/** The short English name press releases write in compounds (`Korea–U.S. FTA`), by ISO code. */
const SHORT_NAMES: Readonly<Record<string, string>> = { KR: 'Korea', US: 'U.S.', GB: 'UK', AE: 'UAE', EU: 'EU' };

/** A country's name for composing an agreement's name, e.g. `UZ` → `Uzbekistan`, `KR` → `Korea`. */
export function countryShortName(code: string): string {
  let name = shortNames.get(code);
  if (name === undefined) {
    name = SHORT_NAMES[code] ?? worldCountries.find((c) => c.cca2 === code)?.name.common ?? code;
    shortNames.set(code, name);
  }
  return name;
}

/** Names already looked up: a scan of 250 countries per call was a visible share of the agreements pass. */
const shortNames = new Map<string, string>();

/**
 * Letters only a few languages write, with the countries whose bodies are named in them: a name
 * spelt with `ř` or `ů` is Czech (`Ostravská Energetika`), with `ł` or `ż` Polish, with `ğ` or `ı`
 * Turkish. Korean bodies are romanised without them, so such a name is a foreign body's, and the
 * one of its countries the release names says which. The first row whose letters the name holds
 * decides; the last rows' accents are shared by many languages and decide only among countries
 * the release names. Reference data, like country names.
 */
export const NAME_LETTER_COUNTRIES: ReadonlyArray<readonly [RegExp, readonly string[]]> = [
  [/[ơưđạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹƠƯĐ]/u, ['VN']],
  [/[ěřůĚŘŮ]/u, ['CZ']],
  [/[ľĺŕĽĹŔ]/u, ['SK']],
  [/[łńśźżąęŁŃŚŹŻ]/u, ['PL']],
  [/[ğıĞİ]/u, ['TR', 'AZ']],
  [/[őűŐŰ]/u, ['HU']],
  [/[șțăȘȚĂ]/u, ['RO', 'MD']],
  [/[čšžďťňČŠŽĎŤŇ]/u, ['CZ', 'SK', 'SI', 'HR', 'RS', 'BA', 'LT', 'LV']],
  [/[øæØÆ]/u, ['NO', 'DK']],
  [/[åÅ]/u, ['SE', 'NO', 'DK', 'FI']],
  [/[ãõÃÕ]/u, ['BR', 'PT']],
  [/[ñÑ]/u, ['ES', 'MX', 'AR', 'CL', 'CO', 'PE', 'VE', 'EC', 'BO', 'PY', 'UY', 'CR', 'PA', 'GT', 'HN', 'SV', 'NI', 'DO', 'CU']],
  [/[ßäöüÄÖÜşŞ]/u, ['DE', 'AT', 'CH', 'SE', 'FI', 'TR', 'HU', 'EE', 'AZ']],
  [
    /[áéíóúýàèìòùâêîôûçëïÁÉÍÓÚÝÀÈÌÒÙÂÊÎÔÛÇ]/u,
    ['FR', 'BE', 'CH', 'CA', 'ES', 'MX', 'AR', 'CL', 'CO', 'PE', 'VE', 'EC', 'BO', 'PY', 'UY', 'CR', 'PA', 'GT', 'HN', 'SV', 'NI', 'DO', 'CU', 'BR', 'PT', 'IT', 'CZ', 'SK', 'HU', 'IS', 'VN'],
  ],
];
