import type { OrganizationKind } from '../../domain/index.js';

/**
 * Titles that name the body their holder serves although the text never writes it: a
 * `Foreign Minister` serves the ministry of foreign affairs, a `Secretary of Commerce` the
 * department of commerce, the `U.S. Trade Representative` the office of that name (annotators who
 * list implied bodies list it; the `named` export keeps it only where the text writes it). Each phrasing is data: the title it matches (the whole title as the persons
 * pass reads it), the body it implies, an example sentence and the neighbouring titles it must
 * not match; the unit test derives its rows from this table.
 */
export interface TitleBody {
  /** Matches the whole title; a group named `portfolio` (or `portfolio2`, for a second form) goes into the body's name as `$<portfolio>`. */
  readonly title: RegExp;
  /** The body's name, `$<portfolio>` replaced by the title's portfolio. */
  readonly body: string;
  /** The body's own country, where it is not the official's (the EU's commission for a Belgian commissioner). */
  readonly bodyCountry?: string;
  /** The body's kind where it is no government's (`international` for the EU's commission). */
  readonly bodyKind?: OrganizationKind;
  /** Only for an official of this country (ISO alpha-2), when the title is one country's alone. */
  readonly country?: string;
  /** Only in releases dated within [from, until) (ISO dates): a portfolio that sat in that body then. */
  readonly from?: string;
  readonly until?: string;
  /** A release date inside the window, for the example. */
  readonly exampleDate?: string;
  /** A sentence with the title before an invented name, and the title as it stands there. */
  readonly example: { readonly sentence: string; readonly title: string; readonly body: string };
  /** Titles of the same shape that imply no body, or another. */
  readonly mustNotMatch: readonly string[];
}

/** A head of state's staff: `presidential spokesperson`, `Senior Presidential Secretary for …`. */
const PRESIDENTIAL_STAFF = /^(?:[Ss]enior )?[Pp]residential (?:[Ss]pokes(?:man|woman|person)|[Cc]hief of [Ss]taff(?: for \p{L}+)?|[Ss]ecretary(?: for .+)?)$/u;

export const TITLE_BODIES: readonly TitleBody[] = [
  {
    // Korea's trade minister sat in the foreign ministry (`Ministry of Foreign Affairs and Trade`)
    // from 1998 until the trade portfolio moved to the industry ministry on 2013-03-23.
    // Its deputy for trade (`Deputy Minister for Trade`) served there too.
    title: /^(?:Trade Minister|(?:Deputy )?Minister for Trade|Minister of Trade)$/,
    body: 'Ministry of Foreign Affairs and Trade',
    country: 'KR',
    from: '1998-02-28',
    until: '2013-03-23',
    exampleDate: '2010-07-14',
    example: { sentence: 'Trade Minister Han Ji-su met EU Trade Commissioner Laura Grant in Brussels.', title: 'Trade Minister', body: 'Ministry of Foreign Affairs and Trade' },
    mustNotMatch: ['Minister of Trade, Industry and Energy', 'Deputy Trade Minister', 'Deputy Minister for Trade Negotiations'],
  },
  {
    // The EU's commissioners (`European Trade Commissioner`, `EU Commissioner for Trade`) sit in
    // the European Commission: the demonym in the title, or the EU as the official's side, says so.
    title: /^European (?:\p{Lu}\p{Ll}+ )?Commissioner(?: for \p{Lu}.*)?$/u,
    body: 'European Commission',
    bodyCountry: 'EU',
    bodyKind: 'international',
    example: { sentence: 'The agreement was signed by European Trade Commissioner Laura Grant and Minister Han Ji-su.', title: 'European Trade Commissioner', body: 'European Commission' },
    mustNotMatch: ['Commissioner', 'European Council President', 'Trade Commissioner'],
  },
  {
    title: /^(?:\p{Lu}\p{Ll}+ )?Commissioner(?: for \p{Lu}.*)?$/u,
    body: 'European Commission',
    bodyCountry: 'EU',
    bodyKind: 'international',
    country: 'EU',
    example: { sentence: 'Minister Han Ji-su met EU Trade Commissioner Laura Grant in Brussels.', title: 'Trade Commissioner', body: 'European Commission' },
    mustNotMatch: ['Commissioner of Customs', 'High Commissioner'],
  },
  {
    // Indonesia's coordinating ministers head coordinating ministries (`Coordinating Minister for
    // Economic Affairs` → `Coordinating Ministry for Economic Affairs`).
    title: /^Coordinating Minister for (?<portfolio>\p{Lu}.*)$/u,
    body: 'Coordinating Ministry for $<portfolio>',
    example: { sentence: 'Minister Han Ji-su met Indonesian Coordinating Minister for Maritime Affairs Sari Wijono in Jakarta.', title: 'Coordinating Minister for Maritime Affairs', body: 'Coordinating Ministry for Maritime Affairs' },
    mustNotMatch: ['Minister for Economic Affairs', 'Coordinating Director'],
  },
  {
    // `Deputy Foreign Minister for Economic Affairs`: a rank before it, a remit after it.
    // `Minister for Foreign Affairs` (Japan's, Australia's) is the same post written out.
    title: /^(?:Deputy |Vice |First Vice |Second Vice )?(?:Foreign Minister(?: for \p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?)?|Minister for Foreign Affairs)$/u,
    body: 'Ministry of Foreign Affairs',
    example: { sentence: 'Foreign Minister Aru Bekova met the delegation.', title: 'Foreign Minister', body: 'Ministry of Foreign Affairs' },
    mustNotMatch: ['Foreign Trade Minister', 'Minister of Foreign Trade', 'Minister for Foreign Affairs and Trade', 'Minister for Foreign Trade'],
  },
  {
    title: /^External Affairs Minister$/,
    body: 'Ministry of External Affairs',
    example: { sentence: 'External Affairs Minister Ravi Menon spoke.', title: 'External Affairs Minister', body: 'Ministry of External Affairs' },
    mustNotMatch: ['External Trade Minister'],
  },
  {
    title: /^Economy Minister$/,
    body: 'Ministry of Economy',
    example: { sentence: 'Economy Minister Deniz Arslan visited Seoul.', title: 'Economy Minister', body: 'Ministry of Economy' },
    mustNotMatch: ['Economy and Finance Minister', 'Digital Economy Minister'],
  },
  {
    // Mexico's secretaries head secretariats (`Secretaría de Economía`): `Secretary of Economy`,
    // `Economy Secretary`, `Secretary of Energy` serve the Secretariat of that portfolio.
    title: /^(?=Secretary of |\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)? Secretary$)(?:Secretary of )?(?<portfolio>Economy|Energy|Foreign Affairs|Finance|Agriculture|Tourism|Communications and Transportation|Environment and Natural Resources)(?: Secretary)?$/u,
    body: 'Secretariat of $<portfolio>',
    country: 'MX',
    example: { sentence: 'Minister Han Ji-su met Mexican Secretary of Economy Ana Ruiz in Mexico City.', title: 'Secretary of Economy', body: 'Secretariat of Economy' },
    mustNotMatch: ['Secretary of State', 'Undersecretary of Foreign Trade', 'Secretary'],
  },
  {
    // `U.S. Secretary of Commerce`: a US-style secretary heads the department of the portfolio;
    // the deputy, under and assistant secretaries of it serve there too.
    title: /^(?:(?:Deputy|Under|Assistant) )?Secretary of (?<portfolio>Commerce|Energy|Agriculture|the Treasury|Labor|Transportation|the Interior)$/,
    body: 'Department of $<portfolio>',
    example: { sentence: 'In talks with Deputy Secretary of Commerce Dana Holt, the minister reviewed supply chains.', title: 'Deputy Secretary of Commerce', body: 'Department of Commerce' },
    mustNotMatch: ['Secretary of State', 'Secretary of Trade and Industry', 'Deputy Secretary of State', 'Permanent Secretary of Commerce'],
  },
  {
    // The US under secretary for international trade sits in the Department of Commerce.
    title: /^Under Secretary (?:of Commerce )?for International Trade$/,
    body: 'Department of Commerce',
    country: 'US',
    example: { sentence: 'U.S. Under Secretary for International Trade Dana Holt met the delegation.', title: 'Under Secretary for International Trade', body: 'Department of Commerce' },
    mustNotMatch: ['Under Secretary of State for Economic Growth'],
  },
  {
    // Canada's departments carry the country's name: its natural resources minister and deputy
    // minister serve Natural Resources Canada.
    title: /^(?:(?:Deputy |Associate )?Minister of Natural Resources|Natural Resources Minister)$/,
    body: 'Natural Resources Canada',
    country: 'CA',
    example: { sentence: 'The minister met Canadian Deputy Minister of Natural Resources Dana Holt in Seoul.', title: 'Deputy Minister of Natural Resources', body: 'Natural Resources Canada' },
    mustNotMatch: ['Minister of Natural Resources and Environment'],
  },
  {
    // Canada's industry minister (`Minister of Innovation, Science and Industry` since 2019) serves
    // Innovation, Science and Economic Development Canada, so named since 2015-11-04.
    title: /^(?:Minister of (?:Innovation, Science and Industry|Industry)|Industry Minister)$/,
    body: 'Innovation, Science and Economic Development Canada',
    country: 'CA',
    from: '2015-11-04',
    exampleDate: '2025-08-28',
    example: { sentence: 'The envoy met Canadian Minister of Industry Dana Holt in Ottawa.', title: 'Minister of Industry', body: 'Innovation, Science and Economic Development Canada' },
    mustNotMatch: ['Minister of Industry and Trade'],
  },
  {
    // Canada's finance minister (also of national revenue, 2025) serves the Department of Finance Canada.
    title: /^(?:Minister of Finance(?: and National Revenue)?|Finance Minister)$/,
    body: 'Department of Finance Canada',
    country: 'CA',
    example: { sentence: 'He also met Canadian Minister of Finance and National Revenue Dana Holt.', title: 'Minister of Finance and National Revenue', body: 'Department of Finance Canada' },
    mustNotMatch: ['Minister of Finance and Economic Planning'],
  },
  {
    // Canada's trade ministers since 2015-11-04 serve Global Affairs Canada, whatever their remit's name.
    title: /^(?:Minister of (?:Small Business, )?Export Promotion,? (?:and )?International Trade(?: and Economic Development)?|Minister of International Trade(?: Diversification)?|International Trade Minister)$/,
    body: 'Global Affairs Canada',
    country: 'CA',
    from: '2015-11-04',
    exampleDate: '2020-05-01',
    example: { sentence: 'Taking part was Canadian Minister of Small Business, Export Promotion and International Trade Dana Holt.', title: 'Minister of Small Business, Export Promotion and International Trade', body: 'Global Affairs Canada' },
    mustNotMatch: ['Minister of International Trade and Industry'],
  },
  {
    // Canada's defence minister serves the Department of National Defence.
    title: /^(?:Minister of National Defence|Defence Minister)$/,
    body: 'Department of National Defence',
    country: 'CA',
    example: { sentence: 'He also met Canadian Minister of National Defence Dana Holt.', title: 'Minister of National Defence', body: 'Department of National Defence' },
    mustNotMatch: ['Minister of State for Defence Procurement'],
  },
  {
    // Korea's defense minister heads the Ministry of National Defense (the name since 1948).
    title: /^(?:(?:Vice )?Minister of National Defen[cs]e|(?:Vice )?Defen[cs]e Minister)$/,
    body: 'Ministry of National Defense',
    country: 'KR',
    example: { sentence: 'The memorandum was signed by Defense Minister Han Ji-su.', title: 'Defense Minister', body: 'Ministry of National Defense' },
    mustNotMatch: ['Minister of Defense Acquisition', 'Defense Industry Minister'],
  },
  {
    // The Philippines' defense secretary heads the Department of National Defense.
    title: /^(?:(?:Undersecretary|Secretary) of National Defense|Defense Secretary)$/,
    body: 'Department of National Defense',
    country: 'PH',
    example: { sentence: 'The memorandum was signed by Philippine Defense Secretary Dana Reyes.', title: 'Defense Secretary', body: 'Department of National Defense' },
    mustNotMatch: ['Defense Minister', 'Secretary of Trade and Industry'],
  },
  {
    // The US defense secretary heads the Department of Defense.
    title: /^(?:(?:Deputy )?Secretary of Defense|(?:Deputy )?Defense Secretary)$/,
    body: 'Department of Defense',
    country: 'US',
    example: { sentence: 'He also met U.S. Defense Secretary Dana Holt in Washington.', title: 'Defense Secretary', body: 'Department of Defense' },
    mustNotMatch: ['Secretary of State', 'Defense Minister'],
  },
  {
    // Canada's upper house is the Senate of Canada; its senators sit there.
    title: /^Senator$/,
    body: 'Senate of Canada',
    country: 'CA',
    example: { sentence: 'He also met Canadian Senator Dana Holt in Ottawa.', title: 'Senator', body: 'Senate of Canada' },
    mustNotMatch: ['Senate President'],
  },
  {
    // The US trade representative heads an office, not a ministry; its deputies serve there too.
    title: /^(?:(?:U\.S\.|US|United States) )?(?:Deputy )?Trade Representative$/,
    body: 'Office of the United States Trade Representative',
    country: 'US',
    example: { sentence: 'U.S. Trade Representative Dana Holt met the minister in Geneva.', title: 'Trade Representative', body: 'Office of the United States Trade Representative' },
    mustNotMatch: ['Trade Minister', 'Trade Representative Office'],
  },
  {
    // The Philippines' trade secretary heads its department of trade and industry.
    title: /^(?:Trade(?: and Industry)? Secretary|Secretary of Trade and Industry)$/,
    body: 'Department of Trade and Industry',
    country: 'PH',
    example: { sentence: 'Philippine Trade Secretary Dana Reyes met the minister in Manila.', title: 'Trade Secretary', body: 'Department of Trade and Industry' },
    mustNotMatch: ['Trade Minister', 'Foreign Secretary'],
  },
  {
    // The UK's international trade secretary headed the Department for International Trade from
    // its creation on 2016-07-14 until it became the Department for Business and Trade on 2023-02-07.
    title: /^(?:Secretary of State for International Trade|International Trade Secretary)$/,
    body: 'Department for International Trade',
    country: 'GB',
    from: '2016-07-14',
    until: '2023-02-07',
    exampleDate: '2019-08-22',
    example: { sentence: 'British International Trade Secretary Dana Holt signed the agreement in London.', title: 'International Trade Secretary', body: 'Department for International Trade' },
    mustNotMatch: ['Secretary of State for Business and Trade', 'Secretary of State'],
  },
  {
    // Singapore's trade and industry minister heads its Ministry of Trade and Industry (`Minister
    // for`, where a `Minister of` title already implies its ministry).
    title: /^Minister for Trade and Industry$/,
    body: 'Ministry of Trade and Industry',
    country: 'SG',
    example: { sentence: 'Singapore’s Minister for Trade and Industry Dana Tan met the minister in Seoul.', title: 'Minister for Trade and Industry', body: 'Ministry of Trade and Industry' },
    mustNotMatch: ['Minister for Trade', 'Minister for Industry'],
  },
  {
    // A UK secretary of state heads the department of the portfolio (`Department for Business and
    // Trade`, `… for Energy Security and Net Zero`); the DIT row above covers its own dates.
    title: /^Secretary of State for (?<portfolio>(?!Foreign\b)\p{Lu}.*)$/u,
    body: 'Department for $<portfolio>',
    country: 'GB',
    example: { sentence: 'British Secretary of State for Business and Trade Dana Holt visited Seoul.', title: 'Secretary of State for Business and Trade', body: 'Department for Business and Trade' },
    mustNotMatch: ['Secretary of State', 'Minister of State for Trade'],
  },
  {
    // Canada's trade minister served the Department of Foreign Affairs, Trade and Development from
    // its creation on 2013-06-26 until it became Global Affairs Canada on 2015-11-04.
    title: /^(?:Minister of International Trade|International Trade Minister)$/,
    body: 'Department of Foreign Affairs, Trade and Development',
    country: 'CA',
    from: '2013-06-26',
    until: '2015-11-04',
    exampleDate: '2014-03-11',
    example: { sentence: 'Canada’s Minister of International Trade Dana Holt signed the agreement.', title: 'Minister of International Trade', body: 'Department of Foreign Affairs, Trade and Development' },
    mustNotMatch: ['Minister of International Trade Diversification', 'Minister of Export Promotion, International Trade and Economic Development'],
  },
  {
    // Australia's trade minister serves the Department of Foreign Affairs and Trade, under each
    // name the portfolio had (`Minister for Trade, Tourism and Investment` from 2016).
    title: /^(?:Trade Minister|Minister for Trade(?:, Tourism and Investment| and Investment)?)$/,
    body: 'Department of Foreign Affairs and Trade',
    country: 'AU',
    example: { sentence: 'Australian Trade Minister Dana Holt visited Seoul.', title: 'Trade Minister', body: 'Department of Foreign Affairs and Trade' },
    mustNotMatch: ['Minister for Trade and Tourism', 'Minister for Resources'],
  },
  {
    // Australia's resources minister serves the Department of Industry, Science and Resources,
    // created on 2022-07-01.
    title: /^(?:Resources Minister|Minister for Resources)$/,
    body: 'Department of Industry, Science and Resources',
    country: 'AU',
    from: '2022-07-01',
    exampleDate: '2024-03-11',
    example: { sentence: 'Australian Resources Minister Dana Holt held talks in Seoul.', title: 'Resources Minister', body: 'Department of Industry, Science and Resources' },
    mustNotMatch: ['Minister for Resources and Northern Australia', 'Energy Minister'],
  },
  {
    // New Zealand's trade minister serves its Ministry of Foreign Affairs and Trade.
    title: /^(?:Trade Minister|Minister (?:for|of) Trade(?: and Export Growth)?)$/,
    body: 'Ministry of Foreign Affairs and Trade',
    country: 'NZ',
    example: { sentence: 'New Zealand’s Minister for Trade Dana Holt visited Seoul.', title: 'Minister for Trade', body: 'Ministry of Foreign Affairs and Trade' },
    mustNotMatch: ['Minister for Trade and Tourism', 'Minister for Economic Development'],
  },
  {
    // Korea's president's staff (`presidential spokesman`, `Senior Presidential Secretary for
    // Economic Affairs`, `presidential chief of staff`) serve the presidential office, called
    // Cheong Wa Dae after its seat until the office moved out on 2022-05-10; the president
    // themselves holds the post of state, not a post at that office.
    title: PRESIDENTIAL_STAFF,
    body: 'Cheong Wa Dae',
    country: 'KR',
    until: '2022-05-10',
    exampleDate: '2016-07-18',
    example: { sentence: 'Senior Presidential Secretary for Economic Affairs Han Ji-su briefed reporters.', title: 'Senior Presidential Secretary for Economic Affairs', body: 'Cheong Wa Dae' },
    mustNotMatch: ['President', 'Vice President', 'spokesman'],
  },
  {
    // …and the Office of the President from 2022-05-10.
    title: PRESIDENTIAL_STAFF,
    body: 'Office of the President',
    country: 'KR',
    from: '2022-05-10',
    exampleDate: '2026-01-26',
    example: { sentence: 'The delegation was led by presidential chief of staff Han Ji-su.', title: 'presidential chief of staff', body: 'Office of the President' },
    mustNotMatch: ['President', 'Chief of Staff', 'Presidential Envoy'],
  },
  {
    // Bangladesh's and Pakistan's secretaries are the civil-service heads of ministries (`Commerce
    // Secretary` of the Ministry of Commerce), and Bangladesh's interim government of 2024 named its
    // ministers `Adviser for <portfolio>`.
    title: /^(?:(?<portfolio>Commerce|Finance|Energy|Industries|Foreign|Planning) Secretary|Adviser for (?<portfolio2>Commerce|Finance|Energy|Industries|Foreign Affairs|Planning)\b.*)$/,
    body: 'Ministry of $<portfolio>',
    country: 'BD',
    example: { sentence: 'Deputy Minister Han Ji-su and Bangladesh’s Commerce Secretary Karim Hossain signed the memorandum.', title: 'Commerce Secretary', body: 'Ministry of Commerce' },
    mustNotMatch: ['Secretary', 'Permanent Secretary', 'Adviser'],
  },
  {
    title: /^(?<portfolio>Commerce|Energy) Secretary$/,
    body: 'Department of $<portfolio>',
    example: { sentence: 'Energy Secretary Dana Holt spoke.', title: 'Energy Secretary', body: 'Department of Energy' },
    mustNotMatch: ['Trade Secretary', 'Foreign Secretary'],
  },
  {
    // `U.S. Treasury Secretary`: the portfolio-first form of `Secretary of the Treasury`.
    title: /^Treasury Secretary$/,
    body: 'Department of the Treasury',
    example: { sentence: 'The minister held talks with U.S. Treasury Secretary Dana Holt in Washington.', title: 'Treasury Secretary', body: 'Department of the Treasury' },
    mustNotMatch: ['Treasury Secretary General', 'Secretary', 'Treasurer'],
  },
  {
    // Australia's treasurer heads its Department of the Treasury (elsewhere a treasurer keeps a
    // company's or association's accounts).
    title: /^Treasurer$/,
    body: 'Department of the Treasury',
    country: 'AU',
    example: { sentence: 'The Deputy Prime Minister met Australian Treasurer Dana Holt on the sidelines of the meeting.', title: 'Treasurer', body: 'Department of the Treasury' },
    mustNotMatch: ['Treasury Secretary General', 'Deputy Treasurer General'],
  },
];

/** A body a title implies: its name, and its country where the row fixes one. */
export interface ImpliedBody {
  readonly name: string;
  readonly country: string | null;
  readonly kind: OrganizationKind;
}

// Each title is asked about several times per release (is it claimed, stated, which body): the
// table's regexes run once per title, side and day.
const remembered = new Map<string, ImpliedBody | null>();

/** The body `title` implies for an official of `country` in a release of `date`, with its country, or null. */
export function impliedBodyOfTitle(title: string, country: string | null, date: string | null = null): ImpliedBody | null {
  const day = date?.slice(0, 10) ?? null;
  const key = `${title}\u0000${country ?? ''}\u0000${day ?? ''}`;
  const known = remembered.get(key);
  if (known !== undefined) return known;
  // Bounded: a long run meets ever new titles.
  if (remembered.size > 20_000) remembered.clear();
  const body = readTable(title, country, day);
  remembered.set(key, body);
  return body;
}

function readTable(title: string, country: string | null, day: string | null): ImpliedBody | null {
  for (const row of TITLE_BODIES) {
    const m = row.title.exec(title);
    if (!m) continue;
    if (row.country !== undefined && row.country !== country) continue;
    if ((row.from !== undefined || row.until !== undefined) && (day === null || (row.from !== undefined && day < row.from) || (row.until !== undefined && day >= row.until))) continue;
    return { name: row.body.replace('$<portfolio>', m.groups?.['portfolio'] ?? m.groups?.['portfolio2'] ?? ''), country: row.bodyCountry ?? null, kind: row.bodyKind ?? 'government' };
  }
  return null;
}

/** The body `title` implies for an official of `country` in a release of `date`, or null. */
export function bodyOfTitle(title: string, country: string | null, date: string | null = null): string | null {
  return impliedBodyOfTitle(title, country, date)?.name ?? null;
}
