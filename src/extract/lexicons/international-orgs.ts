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
 * text spells them out acting (`Korea and the European Union signed`, `the UK leaves the European
 * Union`); as where goods go or come from (`exports to the European Union`) they are a place only.
 */
export const UNIONS_ALSO_BODIES: ReadonlyMap<string, string> = new Map([['European Union', 'EU']]);

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
