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
  ['GCC', 'Gulf Cooperation Council'],
  ['SICA', 'Central American Integration System'],
  ['MERCOSUR', 'Southern Common Market'],
  ['NATO', 'North Atlantic Treaty Organization'],
  ['WHO', 'World Health Organization'],
  ['ILO', 'International Labour Organization'],
  ['UNIDO', 'United Nations Industrial Development Organization'],
]);
