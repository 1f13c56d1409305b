/** Lower-case or mixed particles inside names: `Abdullah bin Touq Al Marri`, `Ursula von der Leyen`. */
export const NAME_PARTICLES: ReadonlySet<string> = new Set([
  'bin', 'binti', 'bint', 'ibn', 'Al', 'al', 'Al-', 'el', 'El', 'de', 'De', 'del', 'della', 'di',
  'da', 'das', 'dos', 'do', 'du', 'van', 'Van', 'von', 'der', 'den', 'ter', 'le', 'la', 'Le', 'La',
  'y', 'e', 'bte', 'a/l', 'a/p', 'dan', 'ten', 'het', "d'", 'al-',
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
