/**
 * The particles of personal names, region by region: each joins name words inside one name and
 * never starts one (`Abdullah bin Touq Al Marri`, `Ursula von der Leyen`, `Pedro da Costa e Silva`).
 * One row per particle with an invented name that holds it; the unit tests read each example back.
 */
export interface NameParticle {
  readonly particle: string;
  readonly region: 'arabic' | 'malay' | 'dutch' | 'german' | 'romance' | 'french' | 'other';
  /** An invented name that holds the particle, as written in English releases. */
  readonly example: string;
}

export const NAME_PARTICLE_TABLE: readonly NameParticle[] = [
  // Arabic nasab (`bin`/`bint`/`ibn`: son or daughter of) and the family article (`Al`, `Al-`, `el`).
  { particle: 'bin', region: 'arabic', example: 'Rashid bin Hamad Al Qasimi' },
  { particle: 'bint', region: 'arabic', example: 'Noura bint Saeed Al Falasi' },
  { particle: 'ibn', region: 'arabic', example: 'Faris ibn Omar Al Hakim' },
  { particle: 'Al', region: 'arabic', example: 'Khalid Omar Al Qasimi' },
  { particle: 'al', region: 'arabic', example: 'Hassan Salim al Ruwahi' },
  { particle: 'Al-', region: 'arabic', example: 'Majed Al- Otaibi' },
  { particle: 'al-', region: 'arabic', example: 'Majed al- Otaibi' },
  { particle: 'el', region: 'arabic', example: 'Amr el Sherbini' },
  { particle: 'El', region: 'arabic', example: 'Amr El Sherbini' },
  // Malay patronymics: `binti`, `bte`, and the Tamil Malaysian `a/l` (son of), `a/p` (daughter of).
  { particle: 'binti', region: 'malay', example: 'Siti Aminah binti Yusof' },
  { particle: 'bte', region: 'malay', example: 'Nurul Huda bte Rahim' },
  { particle: 'a/l', region: 'malay', example: 'Ravi a/l Suppiah' },
  { particle: 'a/p', region: 'malay', example: 'Devi a/p Ramasamy' },
  // Dutch and Flemish tussenvoegsels, lower case or capitalised (`Van` in Belgian names).
  { particle: 'van', region: 'dutch', example: 'Joris van Dalen' },
  { particle: 'Van', region: 'dutch', example: 'Pieter Van Acker' },
  { particle: 'den', region: 'dutch', example: 'Anouk van den Broek' },
  { particle: 'ter', region: 'dutch', example: 'Bram ter Horst' },
  { particle: 'ten', region: 'dutch', example: 'Sanne ten Velde' },
  { particle: 'het', region: 'dutch', example: 'Lotte van het Hof' },
  { particle: 'der', region: 'dutch', example: 'Ruud van der Meulen' },
  { particle: 'dan', region: 'other', example: 'Ahmad dan Rosli' },
  // German nobiliary particles.
  { particle: 'von', region: 'german', example: 'Greta von Falkenberg' },
  // Spanish, Portuguese and Italian particles, and the conjunctions joining double surnames.
  { particle: 'de', region: 'romance', example: 'Lucía de Arriaga' },
  { particle: 'De', region: 'romance', example: 'Marco De Santis' },
  { particle: 'del', region: 'romance', example: 'Javier del Olmo' },
  { particle: 'della', region: 'romance', example: 'Chiara della Valle' },
  { particle: 'di', region: 'romance', example: 'Paolo di Serra' },
  { particle: 'da', region: 'romance', example: 'Tiago da Rocha' },
  { particle: 'das', region: 'romance', example: 'Rita das Neves' },
  { particle: 'dos', region: 'romance', example: 'Bruno dos Anjos' },
  { particle: 'do', region: 'romance', example: 'Caio do Vale' },
  { particle: 'la', region: 'romance', example: 'Inés de la Fuente' },
  { particle: 'La', region: 'romance', example: 'Ana La Rosa' },
  { particle: 'y', region: 'romance', example: 'Elena Barros y Ortiz' },
  { particle: 'e', region: 'romance', example: 'Paulo Matos e Sousa' },
  // French particles.
  { particle: 'du', region: 'french', example: 'Claire du Plessis' },
  { particle: 'le', region: 'french', example: 'Yves le Goff' },
  { particle: 'Le', region: 'french', example: 'Yves Le Goff' },
  { particle: "d'", region: 'french', example: "Hugo d' Aubert" },
];

/** The particles of NAME_PARTICLE_TABLE, for lookups word by word. */
export const NAME_PARTICLES: ReadonlySet<string> = new Set(NAME_PARTICLE_TABLE.map((p) => p.particle));

/**
 * Arabic and Malay patronymic particles (`son/daughter of`): the word before one is a given name
 * whatever else it may be, so `Sultan bin Saeed Al Harthy` is a man named Sultan, not a sultan.
 */
export const PATRONYMICS: ReadonlySet<string> = new Set(['bin', 'bint', 'ibn', 'binti', 'bte']);

/**
 * Words that mid-sentence start a name though they are function words at its start (`To` opens
 * sentences): `General Secretary To Minh Quan` (a Vietnamese family name). Only when a name word
 * follows and the word is not the sentence's first.
 */
export const MID_SENTENCE_NAME_STARTS: ReadonlySet<string> = new Set(['To', 'An']);

/**
 * Head nouns of named places, buildings and works (`the Sheikh Omar Causeway`, `the King Faisal
 * International Airport`, `The Prince Albert Tower`): a person's name right before one names the
 * thing, not the person; and none is a name word itself.
 */
export const PLACE_HEADS: ReadonlySet<string> = new Set([
  'Causeway', 'Bridge', 'Airport', 'Road', 'Street', 'Avenue', 'Boulevard', 'Highway', 'Expressway',
  'Stadium', 'Complex', 'Canal', 'Terminal', 'Station', 'Square', 'Tower', 'Towers', 'Hall',
  'Plaza', 'Port', 'Hotel', 'Palace', 'Mosque', 'Museum', 'Library', 'University', 'Hospital',
  'Prize', 'Award', 'Awards', 'Medal', 'Scholarship', 'Fellowship', 'Memorial', 'Arena',
  'Harbour', 'Harbor', 'Industrial', 'International', 'National', 'City', 'Zone', 'Center',
  'Centre', 'Foundation', 'Institute', 'Renewable', 'Maritime', 'Economic', 'Science',
]);

/**
 * Capitalised words that never begin or make up a person's name in these texts: calendar words,
 * determiners and openers that start sentences, and place words.
 */
export const NOT_NAME_WORDS: ReadonlySet<string> = new Set([
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
  'November', 'December', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday',
  'The', 'A', 'An', 'This', 'That', 'These', 'Those', 'He', 'She', 'They', 'It', 'We', 'I', 'His', 'Her',
  'Their', 'Our', 'In', 'On', 'At', 'By', 'For', 'With', 'From', 'To', 'Of', 'And', 'But', 'As', 'After',
  'Before', 'During', 'Under', 'Through', 'Following', 'Meanwhile', 'Also', 'Separately', 'Both',
  'Government', 'Ministry', 'Korea', 'Seoul', 'Republic', 'State', 'National', 'Global', 'International',
  'Trade', 'Industry', 'Economic', 'Economy', 'Investment', 'Cooperation', 'Energy', 'Affairs', 'Policy',
  'Strategy', 'Office', 'Department', 'Center', 'Centre', 'Agency', 'Council', 'Committee', 'Minister',
  'President', 'Forum', 'Conference', 'Summit', 'Meeting', 'Expo', 'Day', 'Week', 'Year', 'Hotel',
  'Center', 'Plaza', 'Tower', 'Hall', 'Port', 'Zone', 'Province', 'City', 'Island', 'Peninsula',
  'Asia', 'Asian', 'Europe', 'European', 'Africa', 'African', 'America', 'American', 'Latin', 'Middle',
  'East', 'West', 'North', 'South', 'Central', 'Pacific', 'Atlantic', 'Gulf', 'Nordic', 'Foreign',
]);

/**
 * Sector and company-form words, English and foreign: `Northern Equity Ventures`, `Offshore Wind`,
 * `Nordlys Energi` are companies, never people. Unlike NOT_NAME_WORDS they may make a body's
 * name distinctive (`Korea National Salt Corporation`), so only the person scan reads them.
 */
export const COMPANY_NAME_WORDS: ReadonlySet<string> = new Set([
  'Ventures', 'Capital', 'Partners', 'Equity', 'Fund', 'Funds', 'Trust', 'Asset', 'Assets',
  'Management', 'Investments', 'Holding', 'Wind', 'Offshore', 'Onshore', 'Solar', 'Renewables',
  'Renewable', 'Nuclear', 'Hydrogen', 'Gas', 'Oil', 'Electric', 'Battery', 'Batteries', 'Mobility',
  'Automotive', 'Aerospace', 'Airways', 'Marine', 'Foods', 'Pharma', 'Semiconductors', 'Tech',
  'Energia', 'Energía', 'Energie', 'Energi', 'Grupo', 'Gruppe', 'Groupe', 'Gruppo', 'Industria',
  'Industrie', 'Compañía', 'Companhia', 'Société', 'Sociedad', 'Empresa', 'Elektro', 'Stahl',
]);

/**
 * Words that never start a name but may continue one: `An` opens sentences, yet ends `Nguyen Van
 * An`; `King` is a royal's title before a name (`King Carl`), yet a family name after a given one
 * (`Laura King`).
 */
export const LATER_NAME_WORDS: ReadonlySet<string> = new Set(['An', 'King']);

/**
 * Surname prefixes written with a capital after them (`McCormick`, `MacDonald`, `DeSantis`,
 * `LeBlanc`): a word of this shape is a name word despite its inner capital.
 */
export const CAPITALISED_PREFIXES: readonly string[] = ['Mc', 'Mac', 'De', 'Di', 'Da', 'Du', 'La', 'Le'];
