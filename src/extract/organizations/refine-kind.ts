import type { OrganizationKind } from '../../domain/index.js';
import { CITY_COUNTRIES, COUNTRY_FORMS } from '../lexicons/countries.js';
import { INTERNATIONAL_NAMES, INTERNATIONAL_ORGS } from '../lexicons/international-orgs.js';
import { ORG_HEADS } from '../lexicons/org-forms.js';

/** `Ministry of …`, `Federal Ministry for …`, `Department of …`: a government body whatever words follow. */
const GOVERNMENT_OPENING = /^(?:Federal\s+)?(?:Ministry|Department)\s+(?:of|for)\b/;
/** `Korea-Uzbekistan Business Council`, `Kyushu Economic Federation`, `Business Council of Velmar`, `Korea–Velmar Business Committee`: business people's bodies. */
const BUSINESS_BODY = /\b(?:Business|Industry|Industries|Economic|Employers’?|Employers')\s+(?:Council|Association|Federation|Forum)$|\bBusiness\s+Committee$|^(?:Business|Industry|Employers’?)\s+(?:Council|Association|Federation)\s+of\s/;
/** `Velmar Private Sector Alliance`, `Ostland Business Alliance`: the companies' own alliance. */
const BUSINESS_ALLIANCE = /\b(?:Private\s+Sector|Business)\s+(?:Alliance|Foundation)$/;
/**
 * `Velska Grupa Energetyczna`, `Grupo Alder`, `Société Velmar`: a name holding another language's
 * word for a group of companies or a company is a company, whatever its last word.
 */
const FOREIGN_COMPANY_WORD = /(?:^|\s)(?:Grupa|Grupo|Groupe|Gruppo|Gruppe|Compañía|Companhia|Compagnie|Société|Spółka|Empresa)(?:\s|$)/u;
/** `Council of … Chambers`, `Federation of … Associations`: a body whose members are business bodies. */
const BODY_OF_BODIES = /^(?:Council|Federation|Union|Confederation)\s+of\s+.*\b(?:Chambers|Associations)$/;
/**
 * `Korea–Qatar Joint Economic Commission`, `Korea–Norway Joint Committee on Energy …`: a
 * committee or commission of two parties, its complement after it or not. A centre named for two
 * countries (`Korea–Norway … Supply Chain Center`) is a facility one side runs, not a joint body.
 */
const JOINT_HEADS = /\b(?:Committee|Commission)(?:$|\s+(?:on|of|for)\s)/;
const PAIR_OPENING = /^\p{Lu}[\p{L}.]*[-–]\p{Lu}[\p{L}.]*\s/u;
/**
 * `… Organisation for Marine Research`, `Research Institute …`: a research body; so is one named for
 * the studies it does (`Center for Strategic and Velmar Studies`), a think tank.
 */
const RESEARCH_WORD = /\b(?:Research|Studies)\b/;
/** `Alder National University Hospital`: a hospital a university runs is a hospital, not a body of study. */
const CARE_HEAD = /\bHospital$/;

/** `… Institute of Science and Technology`, `… University`: a body of study wherever its head word stands. */
const STUDY_HEAD = /\b(?:Institute|University|Academy)\b/;
/**
 * `Velmar Development Bank`, `Development Bank of …`: a state policy bank, not a commercial one;
 * `Central Bank of Velmar`, `Reserve Bank of …`: a state's monetary authority.
 */
const POLICY_BANK = /\b(?:Development|Central|Reserve|Export-Import)\s+Bank\b|\bExim\s?[Bb]ank\b/;
/**
 * `Bank of Velmar`, `People's Bank of Ostland`, `National Bank of …`: a bank named only for its
 * country is that state's monetary authority (a commercial bank carries a word of its own:
 * `Velmar Commercial Bank`, `Shinhan Bank`).
 */
const COUNTRY_BANK = /^(?:(?:People(?:'s|’s)|National|State)\s+)?Bank\s+of\s+(?:the\s+)?(.+)$/;
const centralBank = (name: string): boolean => {
  const country = COUNTRY_BANK.exec(name)?.[1];
  // `Bank of America` names a continent's word, not the state.
  return country !== undefined && country !== 'America' && COUNTRY_FORMS.get(country)?.form === 'name';
};
/**
 * `… Institute for Advancement of Materials`, `… Planning & Evaluation Institute …`: an institute
 * that promotes, plans or evaluates (funds others' work) is a public agency; one that studies is research.
 */
const AGENCY_INSTITUTE = /\bInstitute\s+for\s+(?:the\s+)?Advancement\b|\b(?:Planning|Evaluation)\s+Institute\b|\bInstitute\s+(?:of|for)\s+(?:[\p{L}&-]+\s+){0,4}(?:Evaluation|Planning)\b/u;
/**
 * `Velmar Trade Insurance Corporation`, `Velmar Gas Safety Corporation`, `… Energy Management
 * Corporation`: a corporation named for its country whose business is insuring trade, policing
 * safety, managing a resource or running industrial estates is a public agency; one named for a
 * product it sells (`… Electric Power Corporation`, `… Gas Corporation`) stays a company.
 */
const PUBLIC_SERVICE_CORPORATION = /\b(?:Insurance|Safety|Management|Industrial\s+Complex)\s+(?:Corporation|Corp\.?)$/;
/**
 * `Velmar Investment Corporation`, `Velmar Venture Investment Corporation`: a corporation named for
 * its country that invests is the state's fund (a private investor carries its own name or the
 * plural: `Alder Investments Company`).
 */
const STATE_INVESTOR = /\bInvestment\s+(?:Corporation|Corp\.?)$/;
/** `National Velmar Resources Council`: a state's council by its name, not a standing body of kind other. */
const NATIONAL_COUNCIL = /^(?:The\s+)?National\s+(?:[\p{Lu}][\p{L}-]*\s+){1,4}Council$/u;

/**
 * `Ruritanian Hydrogen Council`, `Velmar Power Industry Alliance`, `Ostland Energy Partners`: a
 * council, alliance, network or partnership named for one country and an industry is that
 * industry's body of companies, an association (a `Hydrogen Alliance` of no country, or one named
 * for a goal, stays a standing body of kind other).
 */
const INDUSTRY_BODY_HEAD = /\s(?:Council|Alliance|Network|Partners)$/;
const INDUSTRY_WORD = /\b(?:Hydrogen|Energy|Power|Nuclear|Industry|Industries|Steel|Battery|Batteries|Semiconductors?|Chemicals?|Automotive|Mining|Oil|Gas|Shipbuilding|Solar|Wind|Petroleum|Textiles?)\b/;

/**
 * `Velmar Suppliers Group`, `… Control Regime`, `Ostland Arrangement`: a group of states that
 * coordinates export controls or trade positions, named for what its members are or for the city
 * (or country) where it first met — international, not a company's `Group` (`Alder Motor Group`).
 */
const MEMBERS_GROUP = /\s(?:Suppliers|Exporters|Producers|Consumers|Countries|Economies)\s+Group$|\sControl\s+Regime$|^\p{Lu}\p{Ll}+\s+Arrangement$/u;
const placeGroup = (name: string): boolean => {
  const m = /^(\p{Lu}[\p{L}]+(?:\s\p{Lu}[\p{L}]+)?)\s+Group$/u.exec(name);
  return m !== null && (CITY_COUNTRIES.has(m[1]!) || COUNTRY_FORMS.get(m[1]!)?.form === 'name');
};

/** `Ostland Council for the Promotion of International Trade`: a chamber of commerce by another name. */
const TRADE_PROMOTION_COUNCIL = /\bCouncil\s+for\s+(?:the\s+)?Promotion\s+of\b/;

/** `King Velmar City for Atomic and Renewable Energy`: a state's agency named as a `City for` its field, not a town or a company. */
const CITY_FOR_FIELD = /\bCity\s+for\s+\p{Lu}/u;

/** A name ending in `Fund`: see refineKind. */
const STATE_FUND = /\sFund$/;

/**
 * `Korea–Velmar FTA Joint Committee`, `VTP Trade Negotiating Committee` after an agreement's
 * acronym, `… CEPA Economic Cooperation Committee`: a committee an agreement sets up is the
 * parties' joint body, international, whoever hosts its session; so is a network it sets up
 * (`VTP Supply Chain Crisis Response Network`).
 */
const AGREEMENT_COMMITTEE = /\b(?:FTA|CEPA|EPA|KORUS|RCEP|CPTPP|TPP|DEPA|IPEF)\s+(?:(?:[\p{Lu}][\p{L}-]*\s+){0,3}(?:Committee|Commission|Council)\b|(?:[\p{Lu}][\p{L}-]*\s+){0,4}Network$)/u;
/**
 * `ASEAN Secretariat`, `GCC Secretariat General`, `United Nations Security Council`, `APEC Business
 * Advisory Council`, `Gulf Cooperation Council` itself: a listed international body, or an organ
 * whose name opens with one, is international.
 */
const LISTED_BODIES: readonly string[] = [...INTERNATIONAL_ORGS.keys(), ...INTERNATIONAL_NAMES];
function opensWithListedBody(name: string): boolean {
  const bare = name.replace(/^The\s+/, '');
  return LISTED_BODIES.some((b) => bare === b || (bare.startsWith(b) && /^[\s\-–]/.test(bare.slice(b.length))));
}

/**
 * `International Velmar Committee`, `International Maritime Organization`, `Neutral Nations Velmar
 * Commission`, `Multilateral Interim Velmar Secretariat`: a body named as of many nations, or opening with
 * `International`/`Multilateral`, is its members' body, whoever hosts or heads it. A state's own trade
 * agency is named `International Trade …` (`U.S. International Trade Commission`) and stays one state's.
 */
const MANY_NATIONS_BODY =
  /^(?:International\s+(?!Trade\b)|Multilateral\s+)(?:\p{Lu}[\p{L}-]*\s+){0,4}(?:Committee|Commission|Organi[sz]ation|Agency|Secretariat|Council|Union|Federation|Fund|Bank|Court|Tribunal)$|\bNations\s+(?:\p{Lu}[\p{L}-]*\s+){0,3}(?:Committee|Commission|Organi[sz]ation|Agency|Secretariat|Council|Assembly|Conference|Programme|Program)$/u;

/**
 * `Velmar Economic Development Cooperation Fund`: a fund for development cooperation is a donor state's
 * aid fund (its `Cooperation` had made it look like a body of many states).
 */
const AID_FUND = /\bCooperation\s+Fund$/;

/**
 * `Korea–Gulf Cooperation Council`, `Korea–Ottawa Group`: a span that took in home's name before a
 * bloc (`the Korea–Gulf Cooperation Council (GCC) FTA`, `the Korea–Ottawa Group Summit`) is
 * still the bloc; its kind is read from the name after the pair's first side.
 */
const PAIR_SIDE = /^\p{Lu}[\p{L}.]*[-–](?=\p{Lu})/u;
/** `Ottawa Group`, `Lima Group`: a group named for a single place word is a group of states, read after a pair's first side only (`Alder Group` alone is a company's). */
const PLACE_WORD_GROUP = /^\p{Lu}\p{Ll}+\s+Group$/u;

/** `European Commission`, `European Parliament`: the Union's institutions (the data has no demonym for it). */
const EU_OPENING = /^(?:the\s+)?European\s/i;

/**
 * `European Council`, `Arctic Council`, `Pacific Economic Cooperation Council`, `Council of the
 * European Union`: a council named for a region (not one country) is its members' body,
 * international; a business council of a region stays an association (checked before).
 */
const REGIONAL_COUNCIL =
  /^(?:(?:European|Arctic|Gulf|Pacific|Atlantic|Nordic|Baltic|Arab|African|Asian|Eurasian|Mekong|Andean|Caribbean|Asia-Pacific|Indo-Pacific)\s+(?:\p{Lu}[\p{L}-]*\s+){0,3}Council|Council\s+of\s+the\s+European\s+Union)$/u;

/** `European Commission`, `European Council`, `Council of the European Union`: the Union's own institutions, tied to it as a party (`EU`). */
const UNION_INSTITUTION = /^(?:European\s+(?:Commission|Council|Parliament)|(?:Council|Court\s+of\s+Justice)\s+of\s+the\s+European\s+Union)$/;

/** The party an international body's name ties it to: the European Union for its institutions, else none. */
export function institutionOf(name: string): string | null {
  return name.includes('European') && UNION_INSTITUTION.test(name) ? 'EU' : null;
}

/** The code of the country the name's first word names (`Japan`, `Netherlands`, `European`), if any. */
function openingCountry(name: string): string | null {
  if (EU_OPENING.test(name)) return 'EU';
  const first = name.replace(/^The\s+/, '').split(/[\s\-–]/)[0] ?? '';
  return COUNTRY_FORMS.get(first)?.code ?? null;
}

/**
 * The kind a body's whole name gives, over what its head word alone said: an opening `Ministry
 * of` is government (`Ministry of Mineral Resources and Energy`, not a company for `Energy`); a
 * business council or federation is an association; a committee named for two parties
 * (`Korea–Qatar Joint Economic Commission`) is international; a body of the European Union
 * (`European Commission`) is international, not one government's; an `Organization` named for one
 * country (`Japan Export Promotion Organization`) is that country's agency, or its research body when
 * its name says research; a development bank and a promoting institute are government; a body of
 * kind `other` whose last word is a listed head takes that head's kind (`… Promotion Agency` is government).
 */
export function refineKind(name: string, kind: OrganizationKind, namesTwoParties: boolean): OrganizationKind {
  if (GOVERNMENT_OPENING.test(name)) return 'government';
  // `World Economic Forum`: a listed international body is not a business body for its last words.
  if (kind !== 'international' && (BUSINESS_BODY.test(name) || BODY_OF_BODIES.test(name) || BUSINESS_ALLIANCE.test(name))) return 'association';
  if (kind === 'other' && FOREIGN_COMPANY_WORD.test(name)) return 'company';
  if (namesTwoParties && PAIR_OPENING.test(name) && JOINT_HEADS.test(name)) return 'international';
  if (AGREEMENT_COMMITTEE.test(name)) return 'international';
  if (kind !== 'international' && name.includes('Council') && REGIONAL_COUNCIL.test(name)) return 'international';
  if (kind !== 'international' && opensWithListedBody(name)) return 'international';
  if (kind !== 'international' && (MEMBERS_GROUP.test(name) || placeGroup(name))) return 'international';
  if (kind !== 'international' && kind !== 'company' && MANY_NATIONS_BODY.test(name)) return 'international';
  if (kind === 'international' && AID_FUND.test(name) && !opensWithListedBody(name)) return 'government';
  const side = PAIR_SIDE.exec(name);
  if (side && kind !== 'international' && openingCountry(name) !== null) {
    const rest = name.slice(side[0].length);
    if (REGIONAL_COUNCIL.test(rest) || opensWithListedBody(rest) || PLACE_WORD_GROUP.test(rest) || placeGroup(rest)) return 'international';
  }
  if (TRADE_PROMOTION_COUNCIL.test(name)) return 'association';
  if (AGENCY_INSTITUTE.test(name) || (kind !== 'international' && CITY_FOR_FIELD.test(name))) return 'government';
  if (kind === 'company' && (POLICY_BANK.test(name) || centralBank(name))) return 'government';
  if (kind === 'company' && PUBLIC_SERVICE_CORPORATION.test(name) && openingCountry(name) !== null) return 'government';
  if ((kind === 'company' || kind === 'other') && STATE_INVESTOR.test(name) && openingCountry(name) !== null) return 'government';
  if (kind === 'other' && NATIONAL_COUNCIL.test(name)) return 'government';
  const country = kind === 'government' || kind === 'international' ? openingCountry(name) : null;
  if (country === 'EU' && kind === 'government') return 'international';
  if (country && country !== 'EU' && kind === 'international') return RESEARCH_WORD.test(name) ? 'research' : 'government';
  if (kind === 'other' && !CARE_HEAD.test(name) && (RESEARCH_WORD.test(name) || STUDY_HEAD.test(name))) return 'research';
  // `Public Investment Fund (PIF)`, `Velmar Economic Cooperation Fund`: a fund named without a
  // legal form is a state's (a company's fund is named for the company, with its form).
  if (kind === 'other' && STATE_FUND.test(name)) return 'government';
  if (kind === 'other' && INDUSTRY_BODY_HEAD.test(name) && INDUSTRY_WORD.test(name) && !namesTwoParties && openingCountry(name) !== null) return 'association';
  if (kind === 'other') {
    // …but `… Working Group` ends in a two-word head of its own kind, not a company's `Group`.
    const lastSpace = name.lastIndexOf(' ');
    const head = ORG_HEADS.get(name.slice(name.lastIndexOf(' ', lastSpace - 1) + 1)) ?? ORG_HEADS.get(name.slice(lastSpace + 1));
    if (head && head.kind !== 'other') return head.kind;
  }
  return kind;
}
