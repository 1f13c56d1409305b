import { HOME, PARTNERS, type Country } from './countries.js';
import { personName } from './person-names.js';
import type { Random } from './random.js';

/** A named body: ministry, agency, company or association; `acronym` is written in brackets after the first mention. */
export interface Body {
  readonly name: string;
  readonly acronym: string | null;
  readonly country: Country;
}

/** A person with one post held for the whole corpus (posts that change are eras: see `homeOfficials`). */
export interface Person {
  readonly name: string;
  readonly surname: string;
  /** "Minister of Commerce", "Chief Executive Officer". */
  readonly title: string;
  /** Short title before the surname on second mention: "Minister", "Ambassador", "CEO". */
  readonly honorific: string;
  readonly body: Body;
  readonly country: Country;
}

export interface Company extends Body {
  readonly sector: string;
  readonly city: string;
  readonly executives: readonly Person[];
}

/** A treaty-like agreement between Korea and a partner; the same one recurs across releases. */
export interface Agreement {
  readonly name: string;
  readonly acronym: string;
  readonly partner: Country;
}

/** One period of the home ministry: its name, and who led it and its trade office. */
export interface Era {
  readonly from: string;
  readonly ministry: Body;
  readonly minister: Person;
  readonly tradeMinister: Person;
  readonly viceMinister: Person;
}

/** Everything a release may mention; pools grow with the corpus scale, as a longer run of releases names more people and firms. */
export interface World {
  readonly eras: readonly Era[];
  readonly homeAgencies: readonly Body[];
  readonly homeOfficials: readonly Person[];
  readonly foreignOfficials: readonly Person[];
  readonly companies: readonly Company[];
  readonly agreements: readonly Agreement[];
  readonly sectors: readonly string[];
  readonly products: readonly string[];
}

export const SECTORS = ['semiconductor', 'battery', 'shipbuilding', 'automotive', 'hydrogen', 'nuclear power', 'biohealth', 'steel', 'petrochemical', 'display', 'robotics', 'aerospace', 'critical minerals', 'renewable energy', 'textile', 'machinery', 'cosmetics', 'food and beverage', 'digital trade', 'defence'];
const PRODUCTS = ['semiconductors', 'automobiles', 'ships', 'petroleum products', 'steel products', 'secondary batteries', 'displays', 'wireless communication devices', 'computers', 'bio-health products', 'general machinery', 'home appliances', 'cosmetics', 'agricultural products', 'auto parts'];
const COMPANY_SYLLABLES = ['han', 'dae', 'san', 'sung', 'woo', 'jin', 'kor', 'nova', 'tera', 'vik', 'al', 'tek', 'mar', 'lum', 'gen', 'sol', 'ver', 'dex', 'ori', 'zen', 'pol', 'ark', 'cel', 'tri', 'hel', 'ion', 'max', 'neo', 'sky', 'blu'];
const SECTOR_WORDS: Record<string, string[]> = {
  semiconductor: ['Semiconductor', 'Microelectronics', 'Silicon'],
  battery: ['Battery', 'Energy Solution', 'Cell'],
  shipbuilding: ['Heavy Industries', 'Shipbuilding', 'Marine'],
  automotive: ['Motors', 'Mobility', 'Auto Parts'],
  hydrogen: ['Hydrogen', 'Fuel Cell'],
  'nuclear power': ['Nuclear', 'Power Engineering'],
  biohealth: ['Biologics', 'Pharmaceuticals', 'Bio'],
  steel: ['Steel', 'Metals'],
  petrochemical: ['Chemical', 'Petrochemical'],
  display: ['Display', 'Optics'],
  robotics: ['Robotics', 'Automation'],
  aerospace: ['Aerospace', 'Aviation'],
  'critical minerals': ['Mining', 'Resources', 'Minerals'],
  'renewable energy': ['Solar', 'Wind', 'Renewables'],
  textile: ['Textile', 'Fibers'],
  machinery: ['Machinery', 'Engineering'],
  cosmetics: ['Cosmetics', 'Beauty'],
  'food and beverage': ['Foods', 'Beverage'],
  'digital trade': ['Networks', 'Digital', 'Software'],
  defence: ['Defense Systems', 'Aerospace'],
};
const LEGAL_FORMS = ['', '', ' Co., Ltd.', ' Corporation', ' Inc.', ' Group', ' Holdings'];
const FOREIGN_FORMS: Partial<Record<string, string[]>> = { german: [' GmbH', ' AG'], french: [' SA', ' SAS'], nordic: [' AB', ' AS', ' Oy'], hispanic: [' S.A.'], portuguese: [' S.A.', ' Ltda.'], japanese: [' Co., Ltd.', ' Corporation'] };
const FOREIGN_TITLES = ['Minister of Commerce', 'Minister of Trade and Industry', 'Minister of Economy', 'Deputy Prime Minister', 'Vice Minister of Industry', 'Minister of Energy', 'Minister of Investment', 'Secretary of State for Trade', 'Deputy Minister of Foreign Trade', 'Minister of Industry and Trade'];
const PORTFOLIOS: Record<string, string> = {
  'Minister of Commerce': 'Ministry of Commerce',
  'Minister of Trade and Industry': 'Ministry of Trade and Industry',
  'Minister of Economy': 'Ministry of Economy',
  'Deputy Prime Minister': 'Ministry of National Economy',
  'Vice Minister of Industry': 'Ministry of Industry',
  'Minister of Energy': 'Ministry of Energy',
  'Minister of Investment': 'Ministry of Investment',
  'Secretary of State for Trade': 'Department for Trade',
  'Deputy Minister of Foreign Trade': 'Ministry of Foreign Trade',
  'Minister of Industry and Trade': 'Ministry of Industry and Trade',
};
const HOME_AGENCY_TOPICS = ['Trade-Investment Promotion', 'Technology and Standards', 'Trade Insurance', 'Industrial Technology', 'Energy', 'Materials and Components', 'Export Credit', 'Design Promotion', 'Mine Reclamation', 'Smart Factory', 'Gas Safety', 'Product Safety'];
const HOME_AGENCY_HEADS = ['Agency', 'Corporation', 'Institute', 'Service', 'Foundation'];
const HOME_OFFICIAL_TITLES = ['Director General for Trade Policy', 'Deputy Minister for Trade Negotiations', 'Director General for Industrial Policy', 'Deputy Minister for Energy Policy', 'Director General for Investment Policy', 'Chief Negotiator for FTAs', 'Director General for Supply Chain Policy', 'Director-General of the Free Economic Zone Planning Office', 'Deputy Minister for Industrial Policy', 'Director General for Trade Security'];
const AGREEMENT_KINDS: ReadonlyArray<[string, string]> = [
  ['Free Trade Agreement', 'FTA'],
  ['Comprehensive Economic Partnership Agreement', 'CEPA'],
  ['Economic Partnership Agreement', 'EPA'],
  ['Trade and Investment Promotion Framework', 'TIPF'],
  ['Investment Protection Agreement', 'BIT'],
  ['Supply Chain Partnership Arrangement', 'SCPA'],
];
/** The home ministry's names over the decade, and when each took effect. */
const MINISTRY_NAMES: ReadonlyArray<[string, string, string]> = [
  ['2016-01-01', 'Ministry of Trade, Industry and Energy', 'MOTIE'],
  ['2025-10-01', 'Ministry of Trade, Industry and Resources', 'MOTIR'],
];
/** Ministers change every two years or so. */
const ERA_STARTS = ['2016-01-01', '2017-07-20', '2019-09-09', '2021-05-10', '2022-05-12', '2024-01-01', '2025-07-23'];

const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
const acronymOf = (name: string): string =>
  name
    .split(/[\s-]+/)
    .filter((w) => /^[A-Z]/.test(w))
    .map((w) => w[0])
    .join('');

function companyName(random: Random, sector: string, country: Country): string {
  const root = cap(random.pick(COMPANY_SYLLABLES) + random.pick(COMPANY_SYLLABLES) + (random.chance(0.3) ? random.pick(COMPANY_SYLLABLES) : ''));
  const forms = FOREIGN_FORMS[country.names] ?? LEGAL_FORMS;
  return `${root} ${random.pick(SECTOR_WORDS[sector]!)}${random.pick(forms)}`;
}

function distinct<T>(random: Random, count: number, make: () => T, key: (item: T) => string): T[] {
  const seen = new Set<string>();
  const out: T[] = [];
  // Name pools are large; a few retries keep every entity distinct without an endless loop.
  for (let attempt = 0; out.length < count && attempt < count * 20; attempt++) {
    const item = make();
    if (seen.has(key(item))) continue;
    seen.add(key(item));
    out.push(item);
  }
  return out;
}

/** The cast and places for a corpus of `scale` times the sample; deterministic in `random`. */
export function createWorld(random: Random, scale: number): World {
  const usedNames = new Set<string>();
  const person = (country: Country, title: string, honorific: string, body: Body): Person => {
    let name = personName(country.names, random);
    for (let i = 0; i < 50 && usedNames.has(name.full); i++) name = personName(country.names, random);
    usedNames.add(name.full);
    return { name: name.full, surname: name.surname, title, honorific, body, country };
  };
  const ministryAt = (date: string): Body => {
    const [, name, acronym] = MINISTRY_NAMES.findLast(([from]) => from <= date)!;
    return { name, acronym, country: HOME };
  };
  const eras: Era[] = ERA_STARTS.map((from) => {
    const ministry = ministryAt(from);
    const industry = ministry.name.replace(/^Ministry of /, '');
    return {
      from,
      ministry,
      minister: person(HOME, `Minister of ${industry}`, 'Minister', ministry),
      tradeMinister: person(HOME, 'Minister for Trade', 'Trade Minister', ministry),
      viceMinister: person(HOME, 'First Vice Minister', 'Vice Minister', ministry),
    };
  });
  const homeAgencies = HOME_AGENCY_TOPICS.map((topic): Body => {
    const name = `Korea ${topic} ${random.pick(HOME_AGENCY_HEADS)}`;
    return { name, acronym: acronymOf(name), country: HOME };
  });
  const homeOfficials = Array.from({ length: 6 + 3 * scale }, () => {
    const title = random.pick(HOME_OFFICIAL_TITLES);
    return person(HOME, title, title.startsWith('Deputy') ? 'Deputy Minister' : title.startsWith('Chief') ? 'Chief Negotiator' : 'Director General', ministryAt('2020-01-01'));
  });
  const foreignOfficials = Array.from({ length: 30 + 14 * scale }, () => {
    const country = random.skewed(PARTNERS, 1.6);
    if (random.chance(0.15)) {
      const embassy: Body = { name: `Embassy of ${country.short}`, acronym: null, country };
      return person(country, `Ambassador of ${country.short} to the Republic of Korea`, 'Ambassador', embassy);
    }
    const title = random.pick(FOREIGN_TITLES);
    const ministry: Body = { name: PORTFOLIOS[title]!, acronym: null, country };
    return person(country, title, title.includes('Prime') ? 'Deputy Prime Minister' : title.startsWith('Secretary') ? 'Secretary' : title.startsWith('Vice') || title.startsWith('Deputy') ? 'Vice Minister' : 'Minister', ministry);
  });
  const companies = distinct(
    random,
    20 + 12 * scale,
    (): Company => {
      const country = random.chance(0.6) ? HOME : random.skewed(PARTNERS, 1.6);
      const sector = random.pick(SECTORS);
      const name = companyName(random, sector, country);
      const body: Body = { name, acronym: null, country };
      const executives = Array.from({ length: random.int(1, 2) }, () => {
        const [title, honorific] = random.pick([['Chief Executive Officer', 'CEO'], ['President', 'President'], ['Chairman', 'Chairman'], ['Chief Operating Officer', 'COO']] as const);
        return person(country, `${title} of ${name}`, honorific, body);
      });
      return { ...body, sector, city: random.pick(country.cities), executives };
    },
    (c) => c.name,
  );
  const agreements = PARTNERS.flatMap((partner) =>
    random.sample(AGREEMENT_KINDS, random.int(1, 3)).map(([kind, acronym]) => ({ name: `Korea–${partner.short} ${kind}`, acronym, partner })),
  );
  return { eras, homeAgencies, homeOfficials, foreignOfficials, companies, agreements, sectors: SECTORS, products: PRODUCTS };
}

/** The ministry and its leaders on a date. */
export function eraAt(world: World, date: string): Era {
  return world.eras.findLast((e) => e.from <= date) ?? world.eras[0]!;
}
