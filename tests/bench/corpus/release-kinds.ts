import { HOME, PARTNERS, type Country } from './countries.js';
import { addDays, billions, bodyAgain, bodyFirst, list, monthOf, onDay, ordinal, percent, personAgain, personFirst, yearOf } from './phrases.js';
import type { Random } from './random.js';
import { eraAt, type Company, type Person, type World } from './world.js';

/** One press release before it is written out: an optional category, the title and the body's sentences. */
export interface Release {
  readonly category: string | null;
  readonly title: string;
  readonly sentences: string[];
  /** The partner country the release is about, for the padding sentences. */
  readonly country: Country;
}

/** What every template gets: the choices, the cast, and the event's date. */
export interface Context {
  readonly random: Random;
  readonly world: World;
  readonly date: string;
}

const TOPICS = ['supply chain resilience', 'critical minerals', 'clean energy', 'digital trade', 'industrial cooperation', 'investment promotion', 'technical regulations', 'standards and conformity assessment', 'export controls', 'green hydrogen', 'small modular reactors', 'advanced manufacturing', 'e-commerce', 'trade remedies', 'intellectual property'];
const FACILITIES = ['test facility', 'battery plant', 'R&D center', 'production line', 'logistics hub', 'assembly plant', 'data center', 'research campus', 'materials plant', 'shipyard dock'];
const VENUES = ['Hotel', 'Convention Center', 'Trade Center', 'Press Center', 'Business Center', 'Chamber of Commerce'];

const partnerOf = (ctx: Context): Country => ctx.random.skewed(PARTNERS, 1.6);
const officialsOf = (ctx: Context, country: Country): Person[] => ctx.world.foreignOfficials.filter((p) => p.country === country);
const foreignOfficial = (ctx: Context, country: Country): Person => {
  const local = officialsOf(ctx, country);
  return local.length > 0 ? ctx.random.pick(local) : ctx.random.skewed(ctx.world.foreignOfficials, 1.4);
};
const homeLead = (ctx: Context): Person => {
  const era = eraAt(ctx.world, ctx.date);
  return ctx.random.pick([era.minister, era.tradeMinister, era.tradeMinister, era.viceMinister, ctx.random.skewed(ctx.world.homeOfficials, 1.5)]);
};
const company = (ctx: Context, home?: boolean): Company => {
  const pool = home === undefined ? ctx.world.companies : ctx.world.companies.filter((c) => (c.country === HOME) === home);
  return ctx.random.skewed(pool.length > 0 ? pool : ctx.world.companies, 1.3);
};
const venue = (ctx: Context, city: string): string => `the ${ctx.random.pick(['Grand', 'Lotte', 'Shilla', 'Plaza', 'Riverside', 'Central', 'Harbour'])} ${ctx.random.pick(VENUES)} ${city}`;
const sectors = (ctx: Context, n: number): string[] => ctx.random.sample(ctx.world.sectors, n);

/** Sentences that pad a release to its length, each with several slots so no two releases share long runs of words; `which` picks the shape. */
export function filler(ctx: Context, country: Country, which: number): string {
  const { random: r, date } = ctx;
  const year = yearOf(date);
  const s = r.pick(ctx.world.sectors);
  const c = company(ctx);
  switch (which % FILLER_SHAPES) {
    case 0:
      return `${capital1(country.name)} is Korea’s ${ordinal(r.int(2, 40))}-largest trading partner, with bilateral trade reaching USD ${billions(r)} billion in ${year - 1}.`;
    case 1:
      return `Korean exports of ${r.pick(ctx.world.products)} to ${country.name} ${r.chance(0.6) ? 'rose' : 'fell'} ${percent(r)} percent in ${year - 1}, while imports of ${r.pick(ctx.world.products)} reached $${billions(r, 9)} billion.`;
    case 2:
      return `More than ${r.int(12, 900)} Korean companies currently operate in ${country.name}, mainly in the ${s} and ${r.pick(ctx.world.sectors)} sectors.`;
    case 3:
      return `${c.name} announced plans to invest KRW ${r.int(2, 900)} billion in ${c.city} by ${year + r.int(1, 5)}, creating about ${r.int(40, 3000)} jobs.`;
    case 4:
      return `The ministry will allocate KRW ${billions(r, 90)} billion in ${year + 1} to ${r.pick(['support', 'expand', 'accelerate'])} ${s} projects in ${r.pick(HOME.cities)} and ${r.pick(HOME.cities)}.`;
    case 5:
      return `Participants reviewed ${r.int(3, 40)} pending issues, including ${r.pick(['tariff quotas', 'certification delays', 'customs procedures', 'local content rules', 'visa requirements', 'anti-dumping duties'])} affecting ${s} exporters.`;
    case 6:
      return `Cumulative investment from ${country.name} in Korea stood at $${billions(r, 30)} billion as of ${monthOf(date)} ${year}, ${r.chance(0.5) ? 'up' : 'down'} ${percent(r, 30)} percent from a year earlier.`;
    case 7:
      return `About ${r.int(30, 400)} participants, including officials from the ${r.pick(ctx.world.homeAgencies).name} and representatives of ${c.name}, took part in the ${r.pick(['session', 'forum', 'consultation', 'workshop'])}.`;
    case 8:
      return `The ${s} industry accounted for ${percent(r, 25)} percent of total exports in ${year - 1}, ${r.pick(['the highest share since', 'compared with', 'against'])} ${percent(r, 25)} percent in ${year - r.int(3, 9)}.`;
    case 9:
      return `Both sides agreed to hold working-level talks in ${r.pick(country.cities)} in ${r.pick(['the first half of', 'the second half of', 'early', 'late'])} ${year + 1} to follow up on ${r.pick(TOPICS)}.`;
    case 10:
      return `Under the plan, ${r.int(5, 120)} projects in ${s} and ${r.pick(ctx.world.sectors)} will receive up to KRW ${r.int(1, 50)} billion each over ${r.int(2, 6)} years.`;
    case 11:
      return `Daily average exports came to $${(0.5 + r.next() * 3).toFixed(2)} billion, the ${ordinal(r.int(2, 9))}-highest figure for ${monthOf(date)} on record.`;
    case 12:
      return `Since ${year - r.int(2, 12)}, the two countries have held ${r.int(3, 30)} rounds of ministerial talks on ${r.pick(TOPICS)} and ${r.pick(TOPICS)}.`;
    case 13:
      return `${c.name}, which employs about ${r.int(200, 40000)} people in ${c.city}, expects ${s} sales to grow ${percent(r, 30)} percent next year.`;
    case 14:
      return `The government plans to expand ${r.pick(['cash grants', 'tax incentives', 'trade insurance', 'export vouchers', 'policy loans'])} for ${s} firms by KRW ${r.int(10, 900)} billion from ${year + 1}.`;
    case 15:
      return `Imports of ${r.pick(ctx.world.products)} from ${country.name} ${r.chance(0.5) ? 'climbed' : 'dropped'} ${percent(r)} percent to $${billions(r, 8)} billion in the first ${r.int(2, 11)} months of ${year}.`;
    case 16:
      return `A ${r.pick(['business delegation', 'trade mission', 'group of investors'])} of ${r.int(8, 120)} companies from ${country.name} will visit ${r.pick(HOME.cities)} in ${r.pick(['spring', 'summer', 'autumn', 'winter'])} ${year + 1}.`;
    case 17:
      return `The ${r.pick(['forum', 'meeting', 'program', 'roadmap'])} builds on ${r.int(2, 40)} projects launched in ${year - r.int(1, 6)}, worth a combined KRW ${r.int(20, 5000)} billion.`;
    case 18:
      return `Officials estimated that ${s} demand in ${country.name} would reach $${billions(r, 90)} billion by ${year + r.int(3, 10)}, up from $${billions(r, 30)} billion today.`;
    default:
      return `Exports to ${country.name} have ${r.pick(['increased', 'decreased', 'fluctuated'])} for ${r.int(2, 14)} consecutive months, with ${s} shipments ${r.chance(0.5) ? 'up' : 'down'} ${percent(r)} percent.`;
  }
}

const FILLER_SHAPES = 20;
const capital1 = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

function quote(ctx: Context, who: Person, country: Country): string {
  const r = ctx.random;
  const s = r.pick(ctx.world.sectors);
  const said = r.pick(['stated', 'said', 'noted', 'emphasized', 'added']);
  const text = r.pick([
    `Cooperation with ${country.name} in ${s} will open new opportunities for companies of both countries`,
    `The government will spare no effort to support our ${s} exporters amid ${r.pick(['rising', 'growing', 'persistent'])} global uncertainties`,
    `We will work closely with ${country.name} to build resilient supply chains for ${s} and ${r.pick(ctx.world.sectors)}`,
    `This ${r.pick(['agreement', 'meeting', 'investment', 'milestone'])} marks an important step for ${s} cooperation between Korea and ${country.name}`,
  ]);
  return `${personAgain(who)} ${said}, “${text}.”`;
}

/** "Daesan Motors’" but "Daesan Steel’s". */
const possessive = (name: string): string => (name.endsWith('s') ? `${name}’` : `${name}’s`);

const withCategory = (r: Random, category: string): string | null => (r.chance(0.75) ? category : null);

/** A minister meets a foreign counterpart. */
function meeting(ctx: Context): Release {
  const r = ctx.random;
  const country = partnerOf(ctx);
  const host = homeLead(ctx);
  const guest = foreignOfficial(ctx, country);
  const era = eraAt(ctx.world, ctx.date);
  const topic = r.pick(TOPICS);
  const city = r.chance(0.6) ? r.pick(HOME.cities) : r.pick(country.cities);
  const sentences = [
    r.chance(0.5)
      ? `${personFirst(host, r)} met with ${country.short}’s ${guest.title} ${guest.name} on ${onDay(ctx.date, r)} at ${venue(ctx, city)} to discuss ${topic} and bilateral trade.`
      : `${host.honorific} ${host.name} of ${bodyFirst(era.ministry)} held talks with ${guest.name}, ${guest.title} of ${country.name}, in ${city} on ${onDay(ctx.date, r)}.`,
  ];
  const aides = officialsOf(ctx, country).filter((p) => p !== guest);
  if (aides.length > 0 && r.chance(0.5)) {
    const aide = r.pick(aides);
    sentences.push(`${personAgain(guest)} was accompanied by ${r.int(2, 9)} senior officials, including ${aide.name}, ${aide.title}.`);
  }
  sentences.push(`The two sides discussed ways to expand cooperation in ${list(sectors(ctx, 3))}.`);
  if (r.chance(0.5)) {
    const agreement = r.pick(ctx.world.agreements.filter((a) => a.partner === country).concat(ctx.world.agreements.slice(0, 1)));
    sentences.push(`They agreed to ${r.pick(['speed up', 'resume', 'launch', 'conclude'])} negotiations on the ${agreement.name} (${agreement.acronym}) ${r.pick(['as soon as possible', 'within the year', 'by next year'])}.`);
  }
  sentences.push(quote(ctx, host, country));
  const title = r.pick([
    `${era.ministry.acronym} ${host.honorific} Meets ${country.adjective} ${guest.honorific} to Discuss ${capital(topic)}`,
    `Korea and ${country.name} Discuss ${capital(topic.replace(/ cooperation$/, ''))} Cooperation in ${city}`,
    `${host.honorific} ${host.surname} Holds Talks with ${country.adjective} ${guest.honorific} ${guest.surname}`,
  ]);
  return { category: withCategory(r, 'FTA/Economic Cooperation'), title, sentences, country };
}

/** An agency signs a memorandum of understanding with a foreign body. */
function mou(ctx: Context): Release {
  const r = ctx.random;
  const country = partnerOf(ctx);
  const agency = r.pick(ctx.world.homeAgencies);
  const head = r.skewed(ctx.world.homeOfficials, 1.2);
  const guest = foreignOfficial(ctx, country);
  const topic = r.pick(TOPICS);
  const era = eraAt(ctx.world, ctx.date);
  const sentences = [
    `${bodyFirst(agency).replace(/^the/, 'The')} under ${bodyFirst(era.ministry)} signed a Memorandum of Understanding (MOU) on ${onDay(ctx.date, r)} with ${country.short}’s ${guest.body.name} (${guest.honorific} ${guest.name}) to strengthen cooperation on ${topic}.`,
    `The MOU was signed by ${head.name}, ${head.title}, and ${personAgain(guest)} in ${r.pick([...country.cities, ...HOME.cities])}.`,
    `The MOU expands bilateral cooperation on ${r.pick(TOPICS)} into a formal framework, aimed at ${r.pick(['easing technical barriers to trade', 'supporting mutual market entry', 'sharing information on regulations', 'joint research and training'])}.`,
  ];
  return { category: withCategory(r, 'FTA/Economic Cooperation'), title: `Korea and ${country.name} Sign MOU to Strengthen Cooperation on ${capital(topic)}`, sentences, country };
}

/** A groundbreaking or opening at a company's site. */
function ceremony(ctx: Context): Release {
  const r = ctx.random;
  const firm = company(ctx);
  const exec = r.pick(firm.executives);
  const official = homeLead(ctx);
  const era = eraAt(ctx.world, ctx.date);
  const kind = r.pick(['groundbreaking', 'completion', 'opening']);
  const facility = r.pick(FACILITIES);
  const city = firm.country === HOME ? firm.city : r.pick(HOME.cities);
  const others = [company(ctx, true), company(ctx)].filter((c) => c !== firm).map((c) => c.name);
  const sentences = [
    `${official.name}, ${official.title} at ${bodyFirst(era.ministry).replace(/ \(.*\)$/, '')}, attended the ${kind} ceremony for ${possessive(firm.name)} new ${facility} in ${city} on ${onDay(ctx.date, r)}.`,
    `${personAgain(official)} joined ${exec.name}, ${exec.title}, and representatives from partner companies including ${list(others)}.`,
    `${firm.name} will invest KRW ${r.int(5, 2000)} billion in the ${facility} by ${yearOf(ctx.date) + r.int(1, 4)} and hire about ${r.int(30, 1500)} workers.`,
    quote(ctx, official, firm.country === HOME ? r.pick(PARTNERS) : firm.country),
  ];
  return { category: withCategory(r, 'Industry'), title: `${capital(kind)} Ceremony for ${possessive(firm.name)} New ${capital(facility)} in ${city}`, sentences, country: firm.country === HOME ? r.skewed(PARTNERS, 1.6) : firm.country };
}

/** Monthly export figures by product and destination. */
function exportsMonthly(ctx: Context): Release {
  const r = ctx.random;
  const era = eraAt(ctx.world, ctx.date);
  const month = monthOf(addDays(ctx.date, -20));
  const year = yearOf(addDays(ctx.date, -20));
  const up = r.chance(0.6);
  const rate = percent(r, 25);
  const sentences = [
    `${bodyFirst(era.ministry).replace(/^the/, 'The')} announced on ${onDay(ctx.date, r)} that Korea’s exports in ${month} ${year} ${up ? 'rose' : 'fell'} ${rate} percent year-on-year to USD ${billions(r, 70)} billion, while imports ${r.chance(0.5) ? 'increased' : 'decreased'} ${percent(r, 20)} percent to $${billions(r, 65)} billion.`,
    `The trade balance posted a ${r.chance(0.7) ? 'surplus' : 'deficit'} of $${billions(r, 12)} billion.`,
    ...r.sample(ctx.world.products, r.int(2, 5)).map((p) => `Exports of ${p} ${r.chance(0.6) ? 'rose' : 'fell'} ${percent(r)} percent to $${billions(r, 20)} billion.`),
    `By destination, exports to ${list(r.sample(PARTNERS, 4).map((c) => `${c.name} (${r.chance(0.6) ? 'up' : 'down'} ${percent(r)} percent)`))} ${r.pick(['set the pace', 'led the change', 'stood out'])}.`,
  ];
  return { category: withCategory(r, 'Trade/Investment'), title: `Korea’s Exports ${up ? 'Rise' : 'Fall'} ${rate} Percent in ${month} ${year}`, sentences, country: r.skewed(PARTNERS, 1.6) };
}

/** A round of negotiations, or the signing, of a trade agreement. */
function negotiation(ctx: Context): Release {
  const r = ctx.random;
  const agreement = r.pick(ctx.world.agreements);
  const country = agreement.partner;
  const lead = r.chance(0.5) ? eraAt(ctx.world, ctx.date).tradeMinister : r.skewed(ctx.world.homeOfficials, 1.5);
  const guest = foreignOfficial(ctx, country);
  const round = r.int(1, 15);
  const city = r.pick([...country.cities, ...HOME.cities]);
  const signing = r.chance(0.25);
  const sentences = signing
    ? [
        `${personFirst(lead, r)} and ${guest.name}, ${guest.title} of ${country.name}, signed the ${agreement.name} (${agreement.acronym}) in ${city} on ${onDay(ctx.date, r)}.`,
        `The ${agreement.acronym} will enter into force after ratification by both sides, ${r.pick(['eliminating tariffs on', 'opening markets for', 'easing rules on'])} ${r.int(80, 99)} percent of goods traded.`,
      ]
    : [
        `${personFirst(lead, r)} and ${guest.title} ${guest.name} of ${country.name} opened the ${ordinal(round)} round of negotiations on the ${agreement.name} (${agreement.acronym}) in ${city} on ${onDay(ctx.date, r)}.`,
        `Negotiators discussed ${list(r.sample(['goods', 'services', 'investment', 'rules of origin', 'digital trade', 'government procurement', 'sanitary measures'], 3))} during the ${r.int(2, 5)}-day round.`,
      ];
  sentences.push(quote(ctx, lead, country));
  const title = signing ? `Korea and ${country.name} Sign ${agreement.acronym}` : `Korea and ${country.name} Hold ${ordinal(round)} Round of ${agreement.acronym} Negotiations in ${city}`;
  return { category: withCategory(r, 'FTA/Economic Cooperation'), title, sentences, country };
}

/** A strategy meeting with industry at home. */
function strategyMeeting(ctx: Context): Release {
  const r = ctx.random;
  const era = eraAt(ctx.world, ctx.date);
  const chair = homeLead(ctx);
  const sector = r.pick(ctx.world.sectors);
  const firms = [...new Set(Array.from({ length: r.int(2, 5) }, () => company(ctx, true).name))];
  const agencies = r.sample(ctx.world.homeAgencies, 2);
  const sentences = [
    `${personFirst(chair, r)} presided over the ${capital(sector)} Industry Strategy Meeting on ${onDay(ctx.date, r)} at ${venue(ctx, r.pick(HOME.cities))}.`,
    `The meeting brought together ${list(firms)}, along with ${bodyFirst(agencies[0]!)} and ${bodyFirst(agencies[1]!)}.`,
    `Participants discussed measures to ${r.pick(['respond to tariff changes', 'secure supply chains', 'expand exports', 'adopt AI in production', 'cut carbon emissions'])} in the ${sector} sector.`,
    `${bodyAgain(era.ministry)} will announce detailed support measures in ${r.pick(['the coming weeks', 'the first half of next year', 'its next industrial policy plan'])}.`,
  ];
  return { category: withCategory(r, 'Industry'), title: `${bodyAgain(era.ministry)} Holds ${capital(sector)} Strategy Meeting with ${firms[0]}`, sentences, country: r.skewed(PARTNERS, 1.6) };
}

/** An investment promotion event abroad. */
function outreach(ctx: Context): Release {
  const r = ctx.random;
  const country = partnerOf(ctx);
  const city = r.pick(country.cities);
  const era = eraAt(ctx.world, ctx.date);
  const speaker = r.skewed(ctx.world.homeOfficials, 1.2);
  const firms = [...new Set(Array.from({ length: r.int(2, 4) }, () => company(ctx, false).name))];
  const sentences = [
    `${bodyFirst(era.ministry).replace(/^the/, 'The')} hosted an investment forum in ${city} on ${onDay(ctx.date, r)} to promote investment in Korea’s ${r.pick(['free economic zones', 'industrial complexes', 'regional innovation clusters'])}.`,
    `Approximately ${r.int(50, 400)} participants attended, including representatives of ${list(firms)}.`,
    `${speaker.name}, ${speaker.title}, said that the event ${r.pick(['reaffirmed', 'showed', 'confirmed'])} the strong interest of ${country.adjective} companies in the ${r.pick(ctx.world.sectors)} sector.`,
  ];
  return { category: withCategory(r, 'Trade/Investment'), title: `Korea Hosts Investment Forum in ${city} for ${country.adjective} Companies`, sentences, country };
}

/** The nth joint committee with a partner. */
function jointCommittee(ctx: Context): Release {
  const r = ctx.random;
  const country = partnerOf(ctx);
  const host = homeLead(ctx);
  const guest = foreignOfficial(ctx, country);
  const n = r.int(1, 25);
  const sentences = [
    `${personFirst(host, r)} and ${personFirst(guest, r)} co-chaired the ${ordinal(n)} Korea–${country.short} Joint Committee on Trade and Industry in ${r.pick([...country.cities, ...HOME.cities])} on ${onDay(ctx.date, r)}.`,
    `The committee reviewed cooperation in ${list(sectors(ctx, 3))} and agreed on ${r.int(2, 12)} new projects.`,
    quote(ctx, host, country),
  ];
  return { category: withCategory(r, 'FTA/Economic Cooperation'), title: `Korea and ${country.name} Hold ${ordinal(n)} Joint Committee on Trade and Industry`, sentences, country };
}

const capital = (s: string): string => s.replace(/\b[a-z]/g, (m) => m.toUpperCase()).replace(/\b(And|Of|In|For|The|On)\b/g, (m) => m.toLowerCase());

/** Release kinds with their weights: meetings and figures are the most common, as in the sample. */
export const RELEASE_KINDS: ReadonlyArray<[number, (ctx: Context) => Release]> = [
  [5, meeting],
  [2, mou],
  [2, ceremony],
  [2, exportsMonthly],
  [2, negotiation],
  [2, strategyMeeting],
  [2, outreach],
  [1, jointCommittee],
];

/** A release of a kind drawn by weight, padded with fillers to `words` words or so. */
export function writeRelease(ctx: Context, words: number): Release {
  const total = RELEASE_KINDS.reduce((n, [w]) => n + w, 0);
  let roll = ctx.random.next() * total;
  const [, kind] = RELEASE_KINDS.find(([w]) => (roll -= w) < 0) ?? RELEASE_KINDS[0]!;
  const release = kind(ctx);
  const count = (): number => release.sentences.reduce((n, s) => n + s.split(' ').length, 0);
  // Each padding shape once before any repeats, in a random order.
  const order = ctx.random.sample(Array.from({ length: FILLER_SHAPES }, (_, i) => i), FILLER_SHAPES);
  for (let i = 0; count() < words; i++) {
    const at = ctx.random.int(1, release.sentences.length);
    release.sentences.splice(at, 0, filler(ctx, release.country, order[i % FILLER_SHAPES]!));
  }
  return release;
}
