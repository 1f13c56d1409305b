import type { AgreementKind, AgreementStatus } from '../../domain/index.js';
import { CAPITAL_CITIES } from './countries.js';

/** Words that end an agreement's written-out name, with the kind each gives; longest first. */
export const AGREEMENT_HEADS: ReadonlyArray<readonly [string, AgreementKind]> = [
  ['Comprehensive Economic Partnership Agreement', 'CEPA'],
  ['Economic Partnership Agreement', 'EPA'],
  ['Free Trade Agreement', 'FTA'],
  // `the ASEAN–Alpha Free Trade Area`, `a Free Trade Area of the Alpha-Pacific (FTAAP)`: a trade area
  // by its name (its sides before the head, or a region after it), never `a free trade area` alone.
  ['Free Trade Area', 'FTA'],
  // `Pacific Basin Economic Partnership (PBEP)`: a partnership defined with its acronym.
  ['Comprehensive Economic Partnership', 'FTA'],
  ['Economic Partnership', 'EPA'],
  // `Alpha-Pacific Partnership (APP)`: only with the acronym that makes it a defined name.
  ['Partnership', 'FTA'],
  ['Memorandum of Understanding', 'MOU'],
  // `adopted the Alpha–Beta Joint Press Statement`: a statement the leaders adopt, named for the press.
  ['Joint Press Statement', 'joint_statement'],
  ['Joint Statement', 'joint_statement'],
  ['Joint Declaration', 'joint_statement'],
  ['Joint Fact Sheet', 'other'],
  // `Under a separate Heads of Terms, the company obtains …`: a preliminary deal's document.
  ['Heads of Terms', 'other'],
  ['Framework Agreement', 'framework'],
  ['Trade Agreement', 'FTA'],
  ['Framework', 'framework'],
  ['Treaty', 'treaty'],
  ['Agreement', 'other'],
];

/** Acronyms that name an agreement's kind (`Korea–UAE CEPA`, `the FTA`). */
export const AGREEMENT_ACRONYMS: ReadonlyMap<string, AgreementKind> = new Map<string, AgreementKind>([
  ['CEPA', 'CEPA'],
  ['FTA', 'FTA'],
  ['EPA', 'EPA'],
  ['MOU', 'MOU'],
  ['MoU', 'MOU'],
]);

/**
 * Lower-case forms of the kinds (`a Korea–Chile–Peru free trade agreement`) and the acronym each
 * is written as; also what a bare acronym must find in an agreement's name to stand for it.
 */
export const SPELLED_KINDS: ReadonlyArray<readonly [string, string]> = [
  ['comprehensive economic partnership agreement', 'CEPA'],
  ['economic partnership agreement', 'EPA'],
  ['free trade agreement', 'FTA'],
  // `a Korea–MERCOSUR trade agreement`: after a compound of parties, a trade agreement is their FTA.
  ['trade agreement', 'FTA'],
];

/**
 * Sentence cues for an agreement's status, strongest first. Future or conditional entry into force
 * (`once the agreement enters into force`) is not `in_force`.
 */
export const STATUS_CUES: ReadonlyArray<readonly [RegExp, AgreementStatus]> = [
  [/\b(?:entered into force|came into force|took effect|came into effect|in force since|has been in force|is in force|(?:all|both|each)\s+(?:already\s+)?in\s+force|implementation of|Joint Committee)\b/, 'in_force'],
  [/\b(?:round of negotiations|negotiations (?:on|for)|negotiating|negotiation round|amendment negotiations|[Nn]egotiators on)\b/, 'negotiating'],
  [/\b(?:will sign|plans? to|planned|to pursue|will pursue|next year|to launch|will launch|seek to|upgrade negotiations)\b/, 'planned'],
  // `concluded text-based negotiations`: talks concluded, the agreement still to be signed.
  // `the two leaders witnessed the signing of an MOU on …, an MOU on …` (or `of seven MOUs …`): new documents whose signing
  // was watched are signed (`the signing of the amendment to the X` leaves the X's own stage alone); so are those whose
  // exchange was watched (`witnessed the exchange of 12 agreements and MOUs, including …`).
  [/\b(?:signed|inked|exchanged)\b|\bwitnessed\s+the\s+(?:signing|exchange)\s+of\s+(?:an?|two|three|four|five|six|seven|eight|nine|ten|several|\d+)\b|\bconcluded\b(?!\s+(?:\S+\s+){0,2}(?:negotiations|talks)\b)/, 'signed'],
  [/\bnegotiations?\b/, 'negotiating'],
];

/**
 * Trade blocs that are one side of an agreement (`Alphania–GCC FTA`, `Alphania–EFTA FTA`): reference
 * data like country names. The scorer's parties are country codes, so a bloc counts as a side but
 * adds no code.
 */
export const TRADE_BLOCS: ReadonlySet<string> = new Set(['ASEAN', 'GCC', 'EFTA', 'MERCOSUR', 'Mercosur', 'EAEU', 'SACU', 'SICA', 'CARICOM', 'ECOWAS', 'AfCFTA', 'Pacific Alliance']);

/**
 * Regions that are one side of an agreement without being a body (`Alphania–Central America FTA`):
 * reference data like country names, with the countries each groups. Unlike a trade bloc
 * (`GCC`, `MERCOSUR`), which the annotations keep as one party, a region stands for its countries.
 */
export const REGION_SIDES: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['Central America', ['BZ', 'CR', 'SV', 'GT', 'HN', 'NI', 'PA']],
  ['Central Asia', ['KZ', 'KG', 'TJ', 'TM', 'UZ']],
];

/**
 * Agreements whose head says only `agreement` but whose topic says their kind, each with an example
 * name: the parts of an FTA (`Agreement on Trade in Services`, `Services Agreement`, `agreements on
 * trade in services and on investment`) are the FTA's kind; an agreement between governments on
 * cooperation in a field (`Agreement of Cooperation in the Salt Industry`) or on social security
 * is a treaty. Read only for a name whose head gave `other`; company deals stay `other`.
 */
export const KINDS_BY_TOPIC: ReadonlyArray<{
  readonly pattern: RegExp;
  readonly kind: AgreementKind;
  readonly example: string;
  readonly mustNot: readonly string[];
  /** Read whatever kind the head gave: the phrasing names a different instrument than its head (`Protocol Amending the … FTA`). */
  readonly overHead?: true;
}> = [
  {
    // A protocol that amends an agreement or a convention is a treaty between the states in its own
    // right, whatever the instrument it amends (`Protocol Amending the Alpha–Beta Free Trade Agreement`).
    pattern: /^(?:the\s+)?protocol\s+(?:amending|to\s+amend)\b/i,
    kind: 'treaty',
    example: 'Protocol Amending the Alpha–Beta Free Trade Agreement',
    mustNot: ['Alpha–Beta Free Trade Agreement', 'protocol on cooperation in tourism'],
    overHead: true,
  },
  {
    // The founding instrument of a body of states, or an agreement among or between governments,
    // named by what it does rather than its topic: `Articles of Agreement of the Alpha Bank`,
    // `Agreement establishing a framework for the participation of …`, `Agreement among the
    // Governments of Alphania, the Government of …`.
    pattern: /^(?:Articles\s+of\s+Agreement\b|(?:an?\s+)?agreement\s+(?:establishing|(?:among|between)\s+the\s+governments?)\b)/i,
    kind: 'treaty',
    example: 'Articles of Agreement of the Alpha Infrastructure Investment Bank',
    mustNot: ['Agreement between Alpha Corp. and Beta Ltd.', 'supply agreement establishing delivery terms', 'agreement between the companies', 'agreement among the three companies'],
  },
  {
    // An accord named for the city where it was adopted (`Canberra Accord`, `Lima Protocol`) is a
    // treaty among the states that adopted it.
    pattern: new RegExp(`^(?:the\\s+)?(?:${[...CAPITAL_CITIES.keys()].map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})\\s+(?:Agreement|Accord|Protocol)$`),
    kind: 'treaty',
    example: 'Canberra Accord',
    mustNot: ['Velmar Agreement', 'Canberra Office Lease Agreement'],
  },
  {
    pattern: /^(?:\S+[-–]\S+\s+)?(?:agreements?\s+on\s+)?(?:trade\s+in\s+(?:goods|services)|services|investment)(?:\s+and\s+(?:on\s+)?(?:trade\s+in\s+(?:goods|services)|services|investment))*(?:\s+agreements?)?$/i,
    kind: 'FTA',
    example: 'Alpha–Beta Agreement on Trade in Services and Investment',
    mustNot: ['Investment Facilitation for Growth Agreement', 'Alpha Investment Promotion Agreement'],
  },
  {
    // A regional trade partnership written out: `… Agreement for Trans-Alpha Partnership`.
    pattern: /\bAgreement\s+(?:for|on)\s+(?:the\s+)?(?:[\p{Lu}][\p{L}-]*\s+)+(?:Economic\s+)?Partnership$/u,
    kind: 'FTA',
    example: 'Comprehensive Agreement for Trans-Alpha Partnership',
    mustNot: ['Alpha–Beta Digital Partnership Agreement', 'Agreement for Trans-Alpha Partnership in Space Research'],
  },
  {
    // An agreement known only by an acronym that ends in a trade partnership's letters:
    // `…CEP` (Comprehensive Economic Partnership), `…TPP` (Trans-Pacific Partnership).
    pattern: /^[A-Z]{1,4}(?:CEP|TPP)$/,
    kind: 'FTA',
    example: 'ABCEP',
    mustNot: ['ABCEF', 'TPPA Secretariat'],
  },
  {
    // `Alpha–Beta Strategic Economic Cooperation Agreement (SECA)`: a trade agreement by another name.
    pattern: /\bStrategic\s+Economic\s+Cooperation\s+Agreement$/,
    kind: 'FTA',
    example: 'Alpha–Beta Strategic Economic Cooperation Agreement',
    mustNot: ['Alpha–Beta Economic Cooperation Fund Agreement'],
  },
  {
    pattern: /^agreements?\s+(?:on|of|for)\s+(?:the\s+)?cooperation\s+in\b/i,
    kind: 'treaty',
    example: 'agreement on cooperation in the peaceful uses of outer space',
    mustNot: ['cooperation agreement between Alpha Corp. and Beta Ltd.', 'SMR cooperation agreement'],
  },
  {
    // Agreements of law between states, whatever their phrasing: the transfer of sentenced persons,
    // extradition, legal assistance, visas, double taxation, the protection of investments.
    pattern: /^(?:\S+[-–]\S+\s+)?(?:agreements?\s+(?:on|for|concerning|abolishing|waiving)\s+(?:the\s+)?(?:(?:mutual\s+)?(?:abolition|waiver|exemption)\s+of\s+)?(?:transfer\s+of\s+sentenced\s+persons|extradition|mutual\s+legal\s+assistance|(?:mutual\s+)?visa\s+(?:exemption|waiver)|visas?|(?:the\s+)?avoidance\s+of\s+double\s+taxation|(?:reciprocal\s+)?(?:promotion\s+and\s+)?protection\s+of\s+investments?)\b|agreements?\s+exempting\s+holders\s+of\s+[a-z ,]{0,40}passports\b|(?:investment\s+(?:promotion\s+and\s+)?protection|extradition|double\s+taxation|visa\s+waiver)\s+agreement$)/i,
    kind: 'treaty',
    example: 'agreement abolishing visas for holders of diplomatic passports',
    // Also `agreement exempting holders of official passports`, `agreement on mutual visa waiver`, `Alpha–Beta Investment Promotion and Protection Agreement`.
    mustNot: ['investment protection fund agreement', 'agreement on forestry cooperation', 'agreement on port construction financing', 'agreement exempting exporters from port fees', 'Investment Promotion Agreement'],
  },
  {
    // The multilateral trade-remedy agreements (anti-dumping, safeguards, subsidies and countervailing
    // measures) that a dispute invokes are treaties between states, as are the two General
    // Agreements the WTO rests on (the GATT on tariffs, the GATS on services).
    pattern: /^(?:WTO\s+)?(?:(?:Anti-?Dumping|Safeguards?|Countervailing\s+Duties)\s+Agreement|Agreement\s+on\s+(?:Safeguards|Subsidies|Anti-?Dumping|Countervailing)\b.*|General\s+Agreement\s+on\s+(?:Tariffs|Trade\s+in\s+Services)\b.*)$/i,
    kind: 'treaty',
    example: 'Agreement on Safeguards and Emergency Measures',
    mustNot: ['Alpha Corp. anti-dumping settlement agreement', 'Agreement on Fisheries Support'],
  },
  {
    // The WTO's other covered and plurilateral agreements, known by their topic: government
    // procurement, trade facilitation, information technology (and its expansion), agriculture,
    // technical barriers, sanitary measures, intellectual property, and the Marrakesh Agreement.
    pattern: /^(?:WTO\s+|revised\s+|expanded\s+)?(?:Agreement\s+on\s+(?:Government\s+Procurement|Trade\s+Facilitation|Agriculture|Technical\s+Barriers\s+to\s+Trade|Trade-Related\s+Aspects\s+of\s+Intellectual\s+Property\s+Rights|the\s+Application\s+of\s+Sanitary\s+and\s+Phytosanitary\s+Measures)|(?:Government\s+Procurement|Trade\s+Facilitation|Information\s+Technology|TRIPS|SPS|TBT)\s+Agreement(?:\s+expansion)?|Marrakesh\s+Agreement\s+Establishing\s+the\s+World\s+Trade\s+Organization)$/i,
    kind: 'treaty',
    example: 'expanded Information Technology Agreement',
    mustNot: ['Alpha–Beta agreement on government procurement cooperation', 'Alpha Corp. information technology agreement with Beta Ltd.', 'Investment Facilitation for Growth Agreement'],
  },
  {
    pattern: /^(?:\S+[-–]\S+\s+)?social\s+security\s+agreement$/i,
    kind: 'treaty',
    example: 'social security agreement',
    mustNot: ['agreement on social security spending plans of Alpha Corp.'],
  },
];

/**
 * The stages of the home country's (Korea's) trade agreements: reference data like the country
 * names, used when a release names one in passing with no word of its stage, and to hold a stage
 * read from a sentence's cue to the one the agreement had on the release day (stage-bounds). `sides` are the
 * partners' codes (the agreement is between Korea and exactly these); `name` is read instead where
 * a bloc or region is the partner. Days are ISO dates; a stage not yet reached is left out.
 */
export interface TradeAgreementStages {
  readonly sides?: readonly string[];
  readonly name?: RegExp;
  /** Talks launched. */
  readonly launched: string;
  readonly signed?: string;
  /** In force, or provisionally applied (the Korea–EU FTA from 2011-07-01). */
  readonly inForce?: string;
}

/** First matching row wins. A bloc's agreement is known by its acronym (`RCEP`) or by the bloc in its name. */
export const TRADE_AGREEMENT_STAGES: readonly TradeAgreementStages[] = [
  { name: /^RCEP$/, launched: '2012-11-20', signed: '2020-11-15', inForce: '2022-02-01' },
  // A framework of pillars, not one text: launched with Korea among its founders, and under
  // negotiation since (its pillars' own agreements are signed one by one, under their own names).
  { name: /^IPEF$/, launched: '2022-05-23' },
  { name: /\bEFTA\b/, launched: '2005-01-18', signed: '2005-12-15', inForce: '2006-09-01' },
  { name: /\bASEAN\b/, launched: '2005-02-23', signed: '2006-08-24', inForce: '2007-06-01' },
  { name: /\bCentral\s+America\b/i, launched: '2015-06-16', signed: '2018-02-21', inForce: '2019-10-01' },
  { sides: ['CL'], launched: '1999-12-14', signed: '2003-02-15', inForce: '2004-04-01' },
  { sides: ['SG'], launched: '2004-01-26', signed: '2005-08-04', inForce: '2006-03-02' },
  { sides: ['IN'], launched: '2006-03-02', signed: '2009-08-07', inForce: '2010-01-01' },
  { sides: ['EU'], launched: '2007-05-07', signed: '2010-10-06', inForce: '2011-07-01' },
  { sides: ['PE'], launched: '2009-03-16', signed: '2011-03-21', inForce: '2011-08-01' },
  { sides: ['US'], launched: '2006-06-05', signed: '2007-06-30', inForce: '2012-03-15' },
  { sides: ['TR'], launched: '2010-04-26', signed: '2012-08-01', inForce: '2013-05-01' },
  { sides: ['AU'], launched: '2009-05-12', signed: '2014-04-08', inForce: '2014-12-12' },
  { sides: ['CA'], launched: '2005-07-12', signed: '2014-09-22', inForce: '2015-01-01' },
  { sides: ['CN'], launched: '2012-05-02', signed: '2015-06-01', inForce: '2015-12-20' },
  { sides: ['NZ'], launched: '2009-06-22', signed: '2015-03-23', inForce: '2015-12-20' },
  { sides: ['VN'], launched: '2012-08-06', signed: '2015-05-05', inForce: '2015-12-20' },
  { sides: ['CO'], launched: '2009-12-07', signed: '2013-02-21', inForce: '2016-07-15' },
  { sides: ['GB'], launched: '2019-06-10', signed: '2019-08-22', inForce: '2021-01-01' },
  { sides: ['IL'], launched: '2016-05-24', signed: '2021-05-12', inForce: '2022-12-01' },
  { sides: ['KH'], launched: '2020-07-06', signed: '2021-10-26', inForce: '2022-12-01' },
  { sides: ['ID'], launched: '2012-07-12', signed: '2020-12-18', inForce: '2023-01-01' },
  { sides: ['PH'], launched: '2019-06-03', signed: '2023-09-07', inForce: '2024-12-31' },
  { sides: ['AE'], launched: '2021-10-14', signed: '2024-05-29' },
  { sides: ['CN', 'JP'], launched: '2012-11-20' },
  { sides: ['MY'], launched: '2019-06-01' },
];
