/**
 * Titles and honorifics that stand before or after a person's name. Forms, not people: every
 * government and company writes these. Longer forms are matched first (see TITLE_PATTERN).
 */
export const TITLES: readonly string[] = [
  // Government
  'Deputy Prime Minister', 'Prime Minister', 'Vice Prime Minister', 'Premier', 'Vice Premier',
  'Minister of State', 'Minister', 'Vice Minister', 'Deputy Minister', 'Assistant Minister',
  'Acting Assistant Minister', 'Senior Assistant Deputy Minister', 'Assistant Deputy Minister',
  'Trade Minister', 'Industry Minister', 'Energy Minister', 'Foreign Minister', 'Finance Minister',
  'Economy Minister', 'Commerce Minister', 'Minister for Trade', 'State Minister',
  'Commerce Secretary', 'Trade Secretary', 'Energy Secretary', 'Treasury Secretary',
  'Foreign Secretary', 'Business Secretary', 'Economy Secretary', 'Industry Secretary',
  'First Vice Minister', 'Second Vice Minister', 'Chief Negotiator', 'Trade Representative',
  // Japan's ranks below a minister, written with or without the hyphen: `Parliamentary Senior Vice-Minister`.
  'Vice-Minister', 'Senior Vice-Minister', 'Senior Vice Minister', 'Parliamentary Vice-Minister', 'Parliamentary Vice Minister',
  'Parliamentary Senior Vice-Minister', 'Parliamentary Senior Vice Minister',
  // `Kenya’s Cabinet Secretary for Energy`: a minister's title in Kenya's government since 2013.
  'Cabinet Secretary',
  'Deputy Trade Representative', 'Secretary of State', 'Secretary', 'Secretary-General',
  'Secretary General', 'Deputy Secretary', 'Under Secretary', 'Under-Secretary', 'Undersecretary', 'Permanent Secretary',
  'General Secretary',
  'Director General', 'Director-General', 'Deputy Director General', 'Deputy Director-General',
  'Acting Director General', 'Acting Director-General', 'Director', 'Deputy Director',
  'Commissioner', 'Coordinating Minister', 'Executive Vice-President', 'Executive Vice President', 'High Representative',
  'Administrator', 'Deputy Administrator', 'Governor', 'Vice Governor', 'Mayor', 'Vice Mayor',
  // `Governor-General Jane Doe`: the Crown's representative in a Commonwealth realm.
  'Governor-General', 'Governor General',
  'Ambassador', 'Consul General', 'Counsellor', 'Counselor', 'Envoy', 'Special Envoy',
  'Chief of Staff', 'Adviser', 'Advisor', 'Special Adviser', 'Senior Adviser', 'Senator', 'Representative', 'Congressman', 'Congresswoman', 'Lawmaker', 'Chancellor',
  'President', 'Vice President', 'Vice-President', 'President-elect', 'President-Elect', 'Chief', 'Head',
  // `National Assembly Speaker Jane Doe`: the presiding officer of a legislature.
  'Speaker', 'Deputy Speaker', 'Vice Speaker',
  // `Senate Minority Leader Jane Doe`: a legislature's party leaders; `Australian Treasurer Jane Doe`:
  // a finance minister's title in Westminster governments.
  'Minority Leader', 'Majority Leader', 'Opposition Leader', 'Treasurer',
  // `Jane Doe, the leader of the Union Party`: a party's head, written in lower case in apposition.
  'leader', 'Leader',
  // `Deputy Supreme Commander of the Velmar Armed Forces`: a head of state's or heir's command post.
  'Supreme Commander', 'Deputy Supreme Commander',
  // `his Colombian counterpart Jane Doe`, `Truss's predecessor Jane Doe`: one known by whom they
  // stand opposite or follow, written in lower case before the name.
  'counterpart', 'predecessor', 'successor',
  // `board member Jane Doe`, `Jane Doe, a member of the House of Representatives`.
  'member', 'board member',
  // Companies, associations, research
  'Chairman', 'Chairwoman', 'Chairperson', 'Chair', 'Vice Chairman', 'Vice Chair', 'Co-Chair',
  'CEO', 'COO', 'CFO', 'CTO', 'Chief Executive', 'Chief Executive Officer', 'Chief Operating Officer',
  'Managing Director', 'General Manager', 'Executive Director', 'Founder', 'Co-Founder',
  'Professor', 'Principal Researcher', 'Senior Researcher', 'Researcher', 'Dr.', 'Dr',
  'Senior Research Fellow', 'Research Fellow', 'Senior Fellow', 'Fellow', 'Chief Economist',
  'Economist', 'Analyst', 'Senior Analyst', 'Spokesperson', 'Spokesman', 'Spokeswoman',
  'Senior Vice President', 'Executive Vice Chairman', 'Executive Chairman', 'Executive Chair', 'Executive Vice Chair', 'Vice Chairwoman', 'President and CEO',
  // Indonesia's company heads: the board of directors' head, and of the board of commissioners.
  'President Director', 'President Commissioner',
  // Lower-case roles in apposition: `Jane Doe, a researcher at the … Institute`.
  'professor', 'researcher', 'senior researcher', 'research fellow', 'senior research fellow',
  'economist', 'chief economist', 'analyst', 'senior analyst', 'spokesperson', 'director', 'head',
  // `Jane Doe, chairman of the Alder Council`, `Acme chairman Jan Nowak`: posts written in lower case.
  'chairman', 'chairwoman', 'chairperson', 'chair', 'vice chairman', 'executive chairman', 'president',
  'vice president', 'senior vice president', 'executive vice president', 'founder', 'co-founder',
  'chief executive', 'chief executive officer', 'managing director', 'general manager',
  'director general', 'director-general', 'deputy director general', 'deputy director-general',
  'secretary general', 'secretary-general', 'chief negotiator', 'chief', 'chief of staff',
  // `Jane Doe, chief economic adviser of …`: an adviser's post, qualifiers before it.
  'adviser', 'advisor',
  // `former finance minister Jane Doe`: a post written in lower case (only those whose first letter
  // already starts a listed title, so `the`, `to`, `in` stay ruled out on their first character).
  'energy minister', 'finance minister', 'foreign minister',
  // `Tom Hale, acting U.S. ambassador to Korea`: an envoy's post written in lower case.
  'ambassador',
  // `Jane Doe, chief trade counsel of the X Committee`: a legal or policy adviser's post.
  'counsel', 'chief counsel', 'general counsel', 'Counsel', 'Chief Counsel', 'General Counsel',
  // `presidential spokesman Kim …`, `Senior Presidential Secretary for Economic Affairs Kim …`:
  // the head of state's staff, whose qualifier names the office they serve (see TITLE_BODIES).
  'presidential spokesman', 'presidential spokeswoman', 'presidential spokesperson', 'Presidential spokesman',
  'Presidential spokeswoman', 'Presidential spokesperson', 'Presidential Spokesman', 'Presidential Spokesperson',
  'presidential chief of staff', 'Presidential chief of staff', 'Presidential Chief of Staff', 'presidential Chief of Staff',
  'Presidential Secretary', 'Senior Presidential Secretary', 'presidential secretary', 'senior presidential secretary',
  // `Korea's chief FTA negotiator Kim …`, `Korea's lead negotiator, Kim …`: a negotiator's post.
  'lead negotiator', 'Lead Negotiator', 'chief FTA negotiator', 'Chief FTA Negotiator', 'chief trade negotiator', 'Chief Trade Negotiator',
];

/** Ranks of a stand-in, written before any title: `Acting Chairman`, `Interim President`. */
export const STAND_IN_RANKS: readonly string[] = ['Acting', 'Interim'];

/**
 * Plural titles shared by the list of names after them (`Presidents A and B`, `Senators A, B and
 * C`), each with the post every name in the list holds.
 */
export const PLURAL_TITLES: ReadonlyMap<string, string> = new Map([
  ['Presidents', 'President'], ['Prime Ministers', 'Prime Minister'], ['Ministers', 'Minister'],
  ['Foreign Ministers', 'Foreign Minister'], ['Trade Ministers', 'Trade Minister'], ['Senators', 'Senator'],
  ['Ambassadors', 'Ambassador'], ['Governors', 'Governor'], ['Commissioners', 'Commissioner'],
  ['Representatives', 'Representative'], ['Congressmen', 'Congressman'], ['Lawmakers', 'Lawmaker'],
]);

/**
 * Lower-case plural posts a list of names `of` their countries may follow (`the prime ministers of
 * the four countries, A of X, B of Y and C of Z`), each with the post every name holds; `leaders`
 * names no post.
 */
export const PLURAL_POSTS: ReadonlyMap<string, string | null> = new Map([
  ['prime ministers', 'Prime Minister'], ['presidents', 'President'], ['premiers', 'Premier'],
  ['trade ministers', 'Trade Minister'], ['foreign ministers', 'Foreign Minister'], ['ministers', 'Minister'],
  ['heads of state', null], ['heads of government', null], ['leaders', null], ['counterparts', null],
]);

/** Titles that are part of a royal's name when a single given name follows: `Crown Princess Mary`. */
export const ROYAL_TITLES: readonly string[] = [
  'Crown Princess', 'Crown Prince', 'Princess', 'Prince', 'King', 'Queen', 'Emperor', 'Empress',
  'Sultan', 'Emir', 'Sheikh', 'Sheikha', 'Grand Duke', 'Grand Duchess',
];

/** British honours written before a name (`Sir Tom Reid`): the name is also known without them. */
export const HONOURS: readonly string[] = ['Sir', 'Dame', 'Lord', 'Lady', 'Baroness', 'Baron'];

/** Honorifics written as part of a name (Malaysian `Dato'`, `Tan Sri`): kept in the name. */
export const NAME_HONORIFICS: readonly string[] = [
  "Dato'", 'Dato’', 'Datuk', "Dato' Sri", 'Dato’ Sri', 'Datuk Seri', 'Tan Sri', 'Puan Sri', 'Datin',
  'Seri', 'Sri', 'Tun', 'Tunku', 'Tengku', 'Toh Puan', 'Haji', 'Hajah',
  // `Md. Karim Hossain`, `Mohd. Aziz`: the abbreviated first name South Asian and Malay names keep.
  'Md.', 'Mohd.', 'Mohd', 'Muhd.',
];

/**
 * Titles after which a South Korean official works at the ministry that issued the release, when
 * the text names no other body (`Trade Minister Seo`, `Director General for Industrial Policy`,
 * `then chief negotiator Kim`: the home side's trade negotiator serves the trade ministry).
 */
export const MINISTRY_TITLE = /^(?:Acting |Deputy |Vice |Assistant |First |Second )*(?:(?:[Tt]rade|[Ii]ndustry|[Ee]nergy) [Mm]inister\b|(?:Minister|Director[- ]General|Deputy Minister|Vice Minister)\b|(?:[Cc]hief|[Ll]ead)(?: FTA| [Tt]rade)? [Nn]egotiator$)/;

/**
 * The nouns that make a capitalised word a person's title rather than part of a body's name:
 * `Minister` stops `Ministry of Trade` from swallowing `Minister Kim`, while `Trade` or `Industry`
 * (also in `Trade Minister`) stay name words.
 */
export const TITLE_NOUNS: ReadonlySet<string> = new Set([
  'Minister', 'Director', 'Director-General', 'President', 'Vice-President', 'Chairman', 'Chairwoman',
  'Chairperson', 'Chair', 'Co-Chair', 'CEO', 'COO', 'CFO', 'CTO', 'Ambassador', 'Commissioner',
  'Secretary', 'Secretary-General', 'Governor', 'Governor-General', 'Mayor', 'Counsellor', 'Counselor', 'Envoy',
  'Administrator', 'Professor', 'Researcher', 'Premier', 'Prince', 'Princess', 'King', 'Queen',
  'Emperor', 'Empress', 'Sultan', 'Emir', 'Sheikh', 'Sheikha', 'Chancellor', 'Senator', 'Dr.', 'Founder',
  'Co-Founder', 'Congressman', 'Congresswoman', 'Lawmaker', 'Negotiator', 'Manager',
]);

/**
 * Words of a ministerial portfolio (`Minister of Economy, Trade and Industry`, `Secretary for
 * Trade and Tourism`): a name after `Minister of …` starts only after the last of these.
 */
export const PORTFOLIO_WORDS: ReadonlySet<string> = new Set([
  'Trade', 'Industry', 'Industries', 'Energy', 'Economy', 'Economic', 'Commerce', 'Tourism', 'Finance',
  'Foreign', 'Affairs', 'Investment', 'Resources', 'Natural', 'Mineral', 'Minerals', 'Mines', 'Mining',
  'Development', 'Planning', 'Science', 'Technology', 'Innovation', 'Environment', 'Climate', 'Policy',
  'Labour', 'Labor', 'Employment', 'Transport', 'Infrastructure', 'Health', 'Welfare', 'Education',
  'Defence', 'Defense', 'Agriculture', 'Fisheries', 'Food', 'Oceans', 'Maritime', 'Land', 'Digital',
  'Communications', 'Information', 'Enterprise', 'Enterprises', 'Small', 'Medium', 'Sized', 'SMEs',
  'Startups', 'Culture', 'Sports', 'Youth', 'Justice', 'Interior', 'Home', 'Security', 'Exports',
  'Export', 'Promotion', 'Integration', 'Cooperation', 'Relations', 'International', 'External',
  'Treasury', 'Budget', 'Revenue', 'Customs', 'Competition', 'Consumer', 'Petroleum', 'Gas', 'Power',
  'Electricity', 'Water', 'Housing', 'Urban', 'Regional', 'Rural', 'Public', 'Works', 'Services',
  'Manufacturing', 'Production', 'Supply', 'Chains', 'Negotiations', 'Negotiation', 'Market', 'Markets',
  'Middle', 'Enterprise', 'Semiconductor', 'Display', 'Materials', 'Parts', 'Equipment', 'Bilateral',
  'Multilateral', 'Strategy', 'Strategic', 'Industrial', 'Commercial', 'Financial', 'Monetary', 'Fiscal',
  'State', 'Federal', 'Government', 'Administration', 'Coordination', 'Affair', 'Trade-Related', 'FTA',
  'FTAs', 'Asian', 'European', 'Americas', 'African', 'Pacific', 'Eurasian', 'Higher', 'Research',
  'Oil', 'Hydrocarbons', 'Procurement', 'Growth', 'Assets',
  // `Minister of Mining and Metallurgy`, `Cabinet Secretary for Industrialization`: portfolios of other governments.
  'Metallurgy', 'Hydrocarbon', 'Industrialization', 'Industrialisation', 'Telecommunications', 'Transportation', 'Renewable',
  // `Minister for Industry, Energy and Emissions Reduction Owen Marsh`.
  'Emissions', 'Reduction',
]);

