import type { OrganizationKind } from '../../domain/index.js';

/**
 * Head words that make a capitalised phrase an organisation, with the kind they suggest.
 * `opens` heads take a complement to the right (`Ministry of …`, `Institute for …`);
 * the others close a name (`Daesan Chemical`, `… Free Economic Zone Authority`).
 */
export interface OrgHead {
  readonly kind: OrganizationKind;
  readonly opens: boolean;
  /** A company head needs a distinctive word before it: `Daewon Technology`, not `Technology`. */
  readonly company?: boolean;
}

const government = (opens = true): OrgHead => ({ kind: 'government', opens });
const association = (opens = true): OrgHead => ({ kind: 'association', opens });
const research = (opens = true): OrgHead => ({ kind: 'research', opens });
const company: OrgHead = { kind: 'company', opens: false, company: true };

export const ORG_HEADS: ReadonlyMap<string, OrgHead> = new Map<string, OrgHead>([
  ['Ministry', government()], ['Department', government()], ['Office', government()],
  ['Embassy', government()], ['Mission', government()], ['Bureau', government()],
  ['Agency', government()], ['Authority', government()], ['Administration', government()],
  ['Committee', government()], ['Commission', government()], ['Secretariat', government()],
  // `the Undersecretariat for Foreign Trade`, `the Undersecretariat of Treasury`: Turkey's ministries of the 2000s.
  ['Undersecretariat', government()],
  ['Service', government()], ['Directorate', government()], ['Parliament', government()],
  ['Assembly', government()], ['Cabinet', government()],
  // `the Government of Western Australia`: a state's or province's government is a body; a
  // country's (`the Government of India`) is the country itself (see extendRight).
  ['Government', government()],
  // `the U.S. Congress`, `the Senate of Velmar`: a legislature, named for its country (a `World … Congress` is an event).
  ['Congress', government()], ['Senate', government()],
  // `Supreme Court of Korea`, `the Regional Court in Brno`: courts are state bodies.
  ['Court', government()],
  // `the Appellate Body`, `the Dispute Settlement Body`: in trade releases, organs of an international organisation.
  ['Body', { kind: 'international', opens: true }],
  ['Metropolitan City', government(false)], ['Metropolitan Government', government(false)],
  ['Provincial Government', government(false)], ['Special City', government(false)],
  // `North Gyeongsang Province`, `Investment Coordinating Board`: a province or a board is a government body.
  ['Province', government(false)], ['Board', government()],
  // `the Velmar Coast Guard`, `the Ostland Navy`: a state's armed services sign MOUs and host visits as bodies.
  // `the State Council`: a state's cabinet, where a `Council` alone is most often a standing body of members.
  ['State Council', government()],
  ['Coast Guard', government(false)], ['Navy', government(false)], ['Air Force', government(false)],
  ['Armed Forces', government(false)],
  ['Council', { kind: 'other', opens: true }], ['Center', { kind: 'other', opens: true }],
  ['Centre', { kind: 'other', opens: true }], ['Alliance', { kind: 'other', opens: true }],
  ['Foundation', { kind: 'other', opens: true }],
  // `the Velmar NGOs' Energy Network`, `a Supply Chain Crisis Response Network`: a standing body of members.
  ['Network', { kind: 'other', opens: true }],
  // `a Working Group on Small and Medium-Sized Enterprises`: a standing body two sides set up, no company's `Group`.
  ['Working Group', { kind: 'other', opens: true }],
  // `Communist Party of Vietnam`, `Democratic Party of Japan`
  ['Party', { kind: 'other', opens: true }],
  // `the National League for Renewal`, `the Arab League`: a party or a league of states.
  ['League', { kind: 'other', opens: true }],
  // `Alder National University Hospital`: hospitals sign MOUs and run clinics abroad as bodies.
  ['Hospital', { kind: 'other', opens: false }],
  // `the Ostland Stock Exchange`: an exchange is a listed company where a deal is quoted or cleared.
  ['Stock Exchange', { kind: 'company', opens: false }],
  ['Association', association()], ['Federation', association()], ['Chamber', association()],
  ['Club', association()], ['Society', association()],
  ['Confederation', association()], ['Forum of', association()],
  ['Institute', research()], ['University', research()], ['Academy', research()],
  ['College', research()], ['Laboratory', research()], ['Laboratories', research()],
  ['Organization', { kind: 'international', opens: true }], ['Organisation', { kind: 'international', opens: true }],
  ['Bank', { kind: 'company', opens: true }],
  ['Corporation', company], ['Corp.', company], ['Co.', company], ['Ltd.', company], ['Inc.', company],
  // The abbreviations as some styles write them, without a point: `Velmar Power Corp (VPC)`.
  ['Corp', company], ['Ltd', company], ['Inc', company],
  ['Company', company], ['Electronics', company], ['Group', { kind: 'company', opens: false }],
  ['Holdings', company], ['Motor', company], ['Motors', company], ['Industries', company],
  ['Industrial', company], ['Heavy Industries', company], ['Engineering', company],
  ['Logistics', company], ['Technology', company], ['Technologies', company], ['Display', company],
  ['Chemical', company], ['Chemicals', company], ['Steel', company], ['Airlines', company],
  ['Shipbuilding', company], ['Telecom', company], ['Pharmaceutical', company],
  ['Pharmaceuticals', company], ['Biologics', company], ['Semiconductor', company],
  ['Solution', company], ['Solutions', company], ['Systems', company], ['Materials', company],
  ['Securities', company], ['Insurance', company], ['Construction', company], ['Energy', company],
  ['Express', company], ['Transport', company], ['Shipping', company], ['Petroleum', company],
  ['Power', company], ['Networks', company], ['Robotics', company], ['Tire', company], ['Tires', company],
  ['Tyre', company], ['Tyres', company],
  // `Velmar Railways`, `Ruritanian Railways`: a state's railway company, named for its country.
  ['Railways', company],
  // Legal forms of other countries: `Velmar ASA`, `Ostland Holding N.V.`, `Nordgaz JSC`.
  ['ASA', company], ['AG', company], ['N.V.', company], ['B.V.', company], ['S.A.', company], ['JSC', company],
  ['PLC', company], ['GmbH', company], ['LLC', company], ['Tbk', company],
]);

/**
 * The singular nouns every reader of a company's description (`the state utility`, `Japan's
 * national gas company X`, `X, a U.S. producer`) takes for a company, as a regular-expression
 * alternation; each reader adds the nouns of its own phrasing.
 */
export const COMPANY_NOUNS_CORE = 'company|corporation|firm|maker|producer|operator|utility|developer';

/** Company heads a country's name alone makes distinctive: a state's `Velmar Railways`, `Ruritanian Railways`. */
export const STATE_COMPANY_HEADS: ReadonlySet<string> = new Set(['Railways']);

/** Heads that name a legislature only with its country in the name: `U.S. Congress`, `Senate of Velmar`. */
export const LEGISLATURE_HEADS: ReadonlySet<string> = new Set(['Congress', 'Senate']);

/** Legal forms: a name they close is a company whatever words it holds (`… Industrial Complex Corporation`). */
export const LEGAL_FORMS: ReadonlySet<string> = new Set([
  'Corporation', 'Corp.', 'Corp', 'Company', 'Co.', 'Ltd.', 'Ltd', 'Inc.', 'Inc', 'Holdings', 'ASA', 'AG', 'N.V.', 'B.V.', 'S.A.', 'JSC', 'PLC', 'GmbH', 'LLC', 'Tbk',
]);

/**
 * Legal forms that tie a company to the few countries whose law has them (`Velmar ASA` is
 * Norwegian, `Ostland Holding N.V.` Dutch or Belgian, `PT Velmar` Indonesian): reference data, like
 * country names. `S.A.`, `LLC` and `PLC` are used too widely to say anything.
 */
export const LEGAL_FORM_COUNTRIES: ReadonlyMap<string, readonly string[]> = new Map([
  ['ASA', ['NO']], ['AS', ['NO', 'DK', 'EE']], ['AB', ['SE']], ['Oyj', ['FI']],
  ['AG', ['DE', 'CH', 'AT']], ['GmbH', ['DE', 'AT', 'CH']], ['N.V.', ['NL', 'BE']], ['B.V.', ['NL']],
  ['JSC', ['RU', 'KZ', 'UZ', 'AZ', 'UA', 'BY', 'KG', 'GE', 'MN', 'VN', 'TJ', 'TM', 'AM']],
  ['Tbk', ['ID']], ['PT', ['ID']], ['K.K.', ['JP']], ['S.p.A.', ['IT']], ['Pty', ['AU', 'ZA']],
]);

/**
 * Governments whose ministries are departments (`the Department of Energy`, `the Department for
 * Business and Trade`): reference data, like country names. A department named bare in a release
 * of a government of ministries is one of these, never the issuer's own.
 */
export const DEPARTMENT_GOVERNMENTS: ReadonlySet<string> = new Set(['US', 'GB', 'AU', 'CA', 'PH', 'IN', 'ZA', 'IE', 'NZ']);

/** Words of a place or a thing that may stand inside a company's name a legal form closes: `Korea Industrial Complex Corporation`. */
export const PLACE_WORDS_IN_NAMES: ReadonlySet<string> = new Set(['Complex', 'Plant', 'Port', 'Site', 'Facility', 'Products', 'Product', 'System', 'Systems', 'Vehicle', 'Vehicles']);

/**
 * Words of an industry a company may join with `and` inside its own name (`Velmar Hydro and
 * Nuclear Power`, `Daesan Engineering and Construction`), where `and` between names would part two
 * companies (`Daesan Boilers and Allied Turbine`).
 */
export const SECTOR_WORDS_IN_NAMES: ReadonlySet<string> = new Set([
  'Hydro', 'Nuclear', 'Power', 'Electric', 'Gas', 'Oil', 'Engineering', 'Construction', 'Heavy', 'Industries',
  'Chemical', 'Chemicals', 'Steel', 'Iron', 'Shipbuilding', 'Marine', 'Machinery', 'Petrochemical', 'Petrochemicals',
  'Mining', 'Metals', 'Energy', 'Shipping', 'Logistics', 'Trading', 'Transport', 'Fire', 'Insurance',
  // `Velmar Shipbuilding & Offshore Engineering`
  'Offshore',
  // `Velmar Power Generation and Transmission Company`, `… Exploration and Production Company`
  'Generation', 'Transmission', 'Distribution', 'Exploration', 'Production', 'Refining',
]);

/** Words after which a capitalised phrase is an event, not a body: `… Council Meeting`. */
export const EVENT_WORDS: ReadonlySet<string> = new Set([
  'Conference', 'Forum', 'Meeting', 'Summit', 'Expo', 'Fair', 'Ceremony', 'Session', 'Roundtable',
  'Dialogue', 'Week', 'Festival', 'Exhibition', 'Show', 'Seminar', 'Symposium', 'Workshop', 'Talks',
  'Round', 'Briefing', 'Day', 'Awards', 'Award', 'Program', 'Programme', 'Project', 'Initiative',
]);

/**
 * Words that make a capitalised phrase an agreement, a plan or a document rather than a body, so
 * `Comprehensive Economic Partnership Agreement (CEPA)` is never an organisation.
 */
export const NON_ORG_WORDS: ReadonlySet<string> = new Set([
  'Agreement', 'Partnership', 'Memorandum', 'MOU', 'MOUs', 'Treaty', 'Framework', 'Act', 'Law',
  // `signed Velmar Trade Cooperation Frameworks (VTCF) with eight countries`: documents in the plural too.
  'Agreements', 'Frameworks', 'Memorandums', 'Memoranda', 'Treaties', 'Declarations', 'Statements',
  'Report', 'Estimate', 'Plan', 'Strategy', 'Statement', 'Declaration', 'Fact', 'Sheet', 'Index',
  'Database', 'System', 'Vehicle', 'Vehicles', 'Products', 'Product', 'Certification',
 'Facility', 'Site', 'Plant', 'Complex', 'Port',
  ...EVENT_WORDS,
]);

/**
 * Words naming a kind of agreement: an acronym before one (`the KOVEL FTA`) or bracketed after
 * one (`Free Trade Agreement (KVFTA)`) names that agreement, not a body.
 */
export const AGREEMENT_WORDS: ReadonlySet<string> = new Set(['FTA', 'FTAs', 'CEPA', 'EPA', 'Agreement', 'Treaty', 'Partnership']);

/** Upper-case abbreviations that are not bodies: currencies, units, technologies, trade terms. */
export const NON_ORG_ACRONYMS: ReadonlySet<string> = new Set([
  'USD', 'KRW', 'EUR', 'JPY', 'CNY', 'GDP', 'AI', 'ICT', 'EV', 'EVS', 'R&D', 'FTA', 'FTAS', 'CEPA',
  'EPA', 'MOU', 'MOUS', 'TRQ', 'HVDC', 'LNG', 'CVD', 'NTE', 'SME', 'SMES',
  'FDI', 'FIE', 'FIES', 'IT', 'IC', 'CEO', 'COO', 'CFO', 'CTO', 'VIP', 'ESG', 'SMR', 'SMRS', 'LCD',
  'OLED', 'HBM', 'DRAM', 'USB', 'KST', 'UTC', 'AM', 'PM', 'TV', 'PC', 'OK', 'Q1', 'Q2', 'Q3', 'Q4',
  'KPI', 'M&A', 'B2B', 'B2C', 'WTO MC', 'MC', 'IFD', 'CBAM', 'IRA', 'CHIPS', 'GVC', 'GVCS', 'ISDS',
]);

/**
 * Legislatures releases name by their own proper name, with no head word the span reader knows
 * (`addressed the State Duma`, `the Storting`), each with the country it belongs to; and the
 * chambers named by a generic phrase (`Australia's House of Representatives`), whose country the
 * text around them gives. Reference data about states, like country names.
 */
export const NAMED_LEGISLATURES: ReadonlyMap<string, string | null> = new Map<string, string | null>([
  ['State Duma', 'RU'], ['Storting', 'NO'], ['Stortinget', 'NO'], ['Oliy Majlis', 'UZ'], ['Knesset', 'IL'],
  ['Bundestag', 'DE'], ['Riksdag', 'SE'], ['Folketing', 'DK'], ['Eduskunta', 'FI'], ['Sejm', 'PL'],
  ['Lok Sabha', 'IN'], ['Rajya Sabha', 'IN'], ['Verkhovna Rada', 'UA'], ['Mazhilis', 'KZ'], ['Jogorku Kenesh', 'KG'],
  ['Dewan Rakyat', 'MY'], ['Dewan Perwakilan Rakyat', 'ID'], ['Grand National Assembly of Turkey', 'TR'],
  ['National Diet', 'JP'], ['Althing', 'IS'], ['Oireachtas', 'IE'], ['Cortes Generales', 'ES'], ['Saeima', 'LV'],
  ['Seimas', 'LT'], ['Riigikogu', 'EE'], ['Sabor', 'HR'], ['National People’s Congress', 'CN'], ["National People's Congress", 'CN'],
  ['House of Representatives', null], ['House of Commons', null], ['House of Lords', null], ['House of Councillors', null],
  ['Chamber of Deputies', null],
]);

/** Posts held in a legislature that follow its name: `National Assembly Speaker Velm Tarik`. */
export const POSTS_AFTER_LEGISLATURE: ReadonlySet<string> = new Set(['Speaker']);
