import { PLURAL_TITLES, PORTFOLIO_WORDS, TITLE_NOUNS } from '../lexicons/titles.js';
import type { PersonCandidate, TitleContext } from './candidate.js';
import { titlePhrase, type SentenceSpans } from './apposition.js';
import { countryListAfter } from './country-list.js';
import { isNameWord, koreanNameAt, nameEnd, namesAThing, type Blocked } from './name-words.js';
import { mayBeCapitalised, mayStartPerson, SHAPE, shapeOf } from './word-shape.js';
import type { Word } from '../words.js';
import { royalTitleAt, titleAt, titleChainBefore } from './title-match.js';

/** Verbs after which a bare capitalised pair is a speaker or an actor: `Mary Barra said`. */
const CUE_VERBS = new Set([
  'said', 'says', 'stated', 'noted', 'added', 'emphasized', 'emphasised', 'stressed', 'explained',
  'remarked', 'highlighted', 'expressed', 'met', 'visited', 'signed', 'attended', 'announced',
  'welcomed', 'thanked', 'delivered', 'chaired', 'presided', 'underscored', 'urged', 'called',
]);

/** A regnal number after a monarch's given name: `II` to `XIX` (`I` is too often the pronoun). */
const REGNAL_NUMBER = /^(?:II|III|IV|V|VI|VII|VIII|IX|X|XI|XII|XIII|XIV|XV|XVI|XVII|XVIII|XIX)$/;

/** `Jane Doe, who heads the delegation`: a relative clause of leading, after a name set off by a comma. */
const WHO_VERBS = new Set(['heads', 'headed', 'leads', 'led', 'chairs', 'chaired', 'co-chairs', 'represents', 'serves', 'served']);

/** `chaired by Jane Doe`, `led by Jane Doe`: participles whose agent is a person. */
const BY_VERBS = new Set(['led', 'headed', 'chaired', 'co-chaired', 'accompanied', 'joined', 'represented']);

/**
 * Whether the words around a bare capitalised name make it a person: a relative clause of leading
 * (`, who heads …`), a copula before a title (`… when Jane Doe was President of …`) or a participle
 * with `by` before it (`chaired by Jane Doe`).
 */
function personCue(ctx: Ctx, i: number, n: number): boolean {
  const { words } = ctx;
  if (words[n]?.text === ',' && words[n + 1]?.text === 'who' && WHO_VERBS.has(words[n + 2]?.text ?? '')) return true;
  if ((words[n]?.text === 'was' || words[n]?.text === 'is') && titleAt(words, n + 1) > 0) return true;
  return words[i - 1]?.text === 'by' && BY_VERBS.has(words[i - 2]?.text ?? '');
}

interface Ctx extends SentenceSpans {
  readonly sentenceIndex: number;
  readonly blocked: Blocked;
}

const slice = (ctx: Ctx, from: number, to: number): string =>
  ctx.body.slice(ctx.words[from]!.start, ctx.words[to - 1]!.end).replace(/\s+/g, ' ');

/**
 * Country names up to three words before `i` (`Kazakh Deputy Prime Minister`, `the UAE Minister`),
 * not across a comma or `and`: `In Velmar, Minister Kim …` names where the minister is, not whose.
 */
function countriesBefore(ctx: Ctx, i: number): number[] {
  const out: number[] = [];
  let from = Math.max(0, i - 3);
  // `Omar Rahal for Chile and Japanese Minister …`: a comma or `and` ends the list item before.
  for (let k = i - 1; k >= from; k -= 1) if (ctx.words[k]!.text === ',' || ctx.words[k]!.text === 'and') from = k + 1;
  for (let k = from; k < i; k += 1) if (ctx.countries.has(ctx.words[k]!.start)) out.push(ctx.words[k]!.start);
  return out;
}

/**
 * `Ambassador to Korea`, `Ambassador to the United States`: the country an envoy is posted to is
 * part of the title, and the name follows it. The index after the country, else `end` unchanged.
 */
function postedToEnd(ctx: Ctx, end: number, blocked: Blocked): number {
  const { words } = ctx;
  if (words[end]?.text !== 'to' || !/\b(?:Ambassador|Envoy|Consul|Representative)$/.test(words[end - 1]?.text ?? '')) return end;
  let k = end + 1;
  if (words[k]?.text === 'the') k += 1;
  if (!words[k] || !ctx.countries.has(words[k]!.start)) return end;
  k += 1;
  // The country's other words (`Saudi Arabia`, `United Arab Emirates`) are blocked for names.
  while (words[k] && blocked.has(words[k]!.start) && /^\p{Lu}/u.test(words[k]!.text)) k += 1;
  return k;
}

/** Words that make a title the post of a body named before: `its President`, `whose chairman`. */
const POSSESSIVE_RELATIVES: ReadonlySet<string> = new Set(['its', 'whose']);

/**
 * `the plant of Cedar Cell, a joint venture of Korea’s Alder and Birch, accompanied by its …`: a
 * body inside a description set off by commas (`, a … ,`) is not what `its` points back to.
 */
function inDescription(words: readonly Word[], orgStart: number, before: number): boolean {
  const at = words.findIndex((w) => w.start === orgStart);
  let k = at - 1;
  while (k >= 0 && words[k]!.text !== ',') k -= 1;
  if (k < 0 || !['a', 'an'].includes(words[k + 1]?.text ?? '')) return false;
  return words.some((w, j) => j > at && w.text === ',' && w.start < before);
}

/** The body just before a title: `MOTIR Minister …`, `(MOTIR, Minister …`, `MOTIR (Director General …`. */
function orgBefore(ctx: Ctx, chainStart: number): { start: number; end: number } | null {
  const { words } = ctx;
  // `visited the Alder Research Center and met its President, Jane Doe`, `accompanied by its CEO
  // X`: the post is at the body the sentence named last before `its`.
  if (POSSESSIVE_RELATIVES.has(words[chainStart - 1]?.text ?? '')) {
    const before = words[chainStart - 1]!.start;
    let last: { start: number; end: number } | null = null;
    for (const [start, end] of ctx.orgs) if (end <= before && (!last || start > last.start) && !inDescription(words, start, before)) last = { start, end };
    return last;
  }
  // `World Trade Organization (WTO) Director-General …`: the body's bracketed acronym sits between.
  if (words[chainStart - 1]?.text === ')' && words[chainStart - 3]?.text === '(') {
    const w = words[chainStart - 4];
    for (const [start, end] of ctx.orgs) if (w && end === w.end) return { start, end };
  }
  for (const back of [1, 2]) {
    const w = words[chainStart - back];
    if (!w) return null;
    for (const [start, end] of ctx.orgs) if (end === w.end && (back === 1 || words[chainStart - 1]!.text === '(' || bracketOpensAt(words, start))) return { start, end };
    if (w.text !== ',' && w.text !== '(') return null;
  }
  return null;
}

/**
 * `(MOTIR, Minister …`: a body before a comma owns the title only inside brackets; `After the
 * ceremony at the Ministry of Economy, Minister Kim …` names where the minister was.
 */
const bracketOpensAt = (words: readonly Word[], start: number): boolean => words[words.findIndex((w) => w.start === start) - 1]?.text === '(';

/**
 * The body a title and name belong to: one right before the title (`MOTIR Minister …`), else the
 * one the name is `of` (`President Kim of Alder Group`), else one before a comma (`(MOTIR, Minister
 * …`): in a list (`… of Alder Group, President Lee of Birch Group`) the body before the comma is
 * the previous item's.
 */
function orgOf(ctx: Ctx, chainStart: number, n: number, title = ''): { start: number; end: number } | null {
  const before = orgBefore(ctx, chainStart);
  if (before && ctx.words[chainStart - 1]?.text !== ',') return before;
  // `talks with President Jane Doe at the Blue Palace`: a head of state or government holds no
  // post `at` a body; it is where they are.
  if (ctx.words[n]?.text === 'at' && HEAD_OF_STATE.test(title)) return before;
  return orgAfter(ctx, n) ?? before;
}

/** Heads of state and government: `President`, `Ecuadorian President`, `Prime Minister`. */
const HEAD_OF_STATE = /(?:^|\s)(?:President|Prime Minister|Premier|Chancellor|King|Queen|Emir)$/u;

/** The body just after a name: `Ahn Bo-ram of the Ministry of …`. */
function orgAfter(ctx: Ctx, n: number): { start: number; end: number } | null {
  const { words } = ctx;
  if (words[n]?.text !== 'of' && words[n]?.text !== 'at') return null;
  let k = n + 1;
  if (words[k]?.text === 'the') k += 1;
  const end = ctx.orgs.get(words[k]?.start ?? -1);
  return end === undefined ? null : { start: words[k]!.start, end };
}

/** `then-Secretary General`: a post as written, without a time prefix joined to its first word or a bracketed acronym after it. */
const postText = (ctx: Ctx, from: number, to: number): string =>
  slice(ctx, from, to)
    .replace(/^(?:then|former|ex)-/, '')
    // `Minister of Trade, Industry and Resources (MOTIR)`: the ministry's acronym is no part of the post.
    .replace(/ \(\p{Lu}{2,8}\)$/u, '');

function person(ctx: Ctx, form: PersonCandidate['form'], from: number, to: number, name: string, titles: string[], contexts: TitleContext[]): PersonCandidate {
  const { words } = ctx;
  return { form, name, text: slice(ctx, from, to), start: words[from]!.start, end: words[to - 1]!.end, sentenceIndex: ctx.sentenceIndex, titles, contexts };
}

/** `who heads`, `who also chairs`: the post a relative clause gives its holder, by its verb. */
const HEADING_VERBS: ReadonlyMap<string, string> = new Map([['heads', 'Head'], ['chairs', 'Chair'], ['leads', 'Head']]);

/**
 * `Jane Doe, who also heads the Alder Board (AB)`, `Jane Doe, a Ruritanian diplomat who heads the
 * Alder Union secretariat`: a relative clause of heading a body the text names gives a post there.
 * The clause starts within a few words of the comma; lower-case words (`the state oil company`)
 * may stand before the body.
 */
function headedBodyAfter(ctx: Ctx, n: number): TitleContext[] {
  const { words } = ctx;
  let k = n + 1;
  while (k < n + 6 && words[k] && words[k]!.text !== 'who' && ![',', '.', ';', '('].includes(words[k]!.text)) k += 1;
  if (words[k]?.text !== 'who') return [];
  const verbAt = words[k + 1]?.text === 'also' ? k + 2 : k + 1;
  const title = HEADING_VERBS.get(words[verbAt]?.text ?? '');
  if (!title) return [];
  let b = verbAt + 1;
  while (b < verbAt + 5 && /^\p{Ll}/u.test(words[b]?.text ?? '') && !ctx.orgs.has(words[b]!.start)) b += 1;
  const end = ctx.orgs.get(words[b]?.start ?? -1);
  if (end === undefined) return [];
  const verb = words[verbAt]!;
  return [{ title, start: verb.start, end: verb.end, orgAt: { start: words[b]!.start, end }, countryAt: [] }];
}

/** A name followed by `, [the] [country] Title …` (the title phrase, if any), or by `, who heads <Body>`. */
function appositionAfter(ctx: Ctx, n: number): TitleContext[] {
  const headed = headedBodyAfter(ctx, n);
  return headed.length > 0 ? [...titleAppositionAfter(ctx, n), ...headed] : titleAppositionAfter(ctx, n);
}

/** A name followed by `, [the] [country] Title …`: the title phrase, if any. */
function titleAppositionAfter(ctx: Ctx, n: number): TitleContext[] {
  const { words } = ctx;
  if (words[n]?.text !== ',') return [];
  let k = n + 1;
  if (['the', 'a', 'an'].includes(words[k]?.text ?? '')) {
    k += 1;
    // `the newly appointed Ambassador`, `a senior researcher at …`
    while (k < n + 5 && /^\p{Ll}/u.test(words[k]?.text ?? '') && titleAt(words, k) < 0 && !ctx.orgs.has(words[k]!.start) && !ministryPossessive(words, k)) k += 1;
  }
  // `Lee Min-ho, MOTIE’s Director General for …`: the body owning the post, then the post.
  const owner = possessiveOrgAt(ctx, k);
  if (owner) k = owner.next;
  // `Lee Min-ho, the ministry’s Director General for …`: the issuing ministry by its common noun,
  // where the release names it elsewhere (the positions pass gives a home title that ministry).
  else if (words[k - 1]?.text === 'the' && ministryPossessive(words, k)) k += 2;
  k = qualifiersBefore(words, k, ctx);
  const countries: number[] = [];
  while (words[k] && ctx.countries.has(words[k]!.start)) {
    countries.push(words[k]!.start);
    // `New Zealand’s`, `the United States`: the whole country name, then its possessive.
    const end = ctx.countries.get(words[k]!.start)!;
    // At least the country's first word, even should its span end inside that word: the loop must move on.
    k += 1;
    while (words[k] && words[k]!.end <= end) k += 1;
    if (/^(?:’s|'s)$/.test(words[k]?.text ?? '')) k += 1;
    // `Kenya’s Cabinet Secretary`: a qualifier may follow the country too.
    k = qualifiersBefore(words, k, ctx);
  }
  // `In Abu Dhabi, Minister Sung met …`: a title with a name of its own is another person, no apposition.
  const tEnd = titleAt(words, k);
  // …and `X, President of the Alder Commission Jane Doe and …`: a title, the body it heads, then a name.
  if (tEnd > 0 && (koreanNameAt(words, tEnd, ctx.blocked) || nameEnd(words, tEnd, ctx.blocked) > 0 || (isNameWord(words[tEnd], ctx.blocked) && !PORTFOLIO_WORDS.has(words[tEnd]!.text)) || bodyThenName(ctx, tEnd, ctx.blocked))) return [];
  // …and `X, UAE President Sheikh Khalifa bin Zayed and …`: a royal title between post and name.
  const royalEnd = tEnd > 0 ? royalTitleAt(words, tEnd) : -1;
  if (royalEnd > 0 && nameEnd(words, royalEnd, ctx.blocked) > 0) return [];
  // …and `X, Israeli Minister of Economy and Industry Avi Levin and …`: a portfolio, then a name.
  if (tEnd > 0 && ['for', 'of'].includes(words[tEnd]?.text ?? '')) {
    const named = portfolioName(ctx, tEnd + 1, ctx.blocked);
    const portfolioOnly = named && words.slice(tEnd + 1, named.from).every((w) => PORTFOLIO_WORDS.has(w.text) || ['and', '&', ','].includes(w.text));
    if (portfolioOnly) return [];
  }
  const phrases = titlePhrase(ctx, k, countries);
  return owner ? phrases.map((p) => (p.orgAt ? p : { ...p, orgAt: owner.org })) : phrases;
}

/** `ministry’s` at word `k`: the issuing ministry by its common noun, owning the post after it. */
const ministryPossessive = (words: Ctx['words'], k: number): boolean => words[k]?.text === 'ministry' && /^(?:’s|'s)$/.test(words[k + 1]?.text ?? '');

/** A body's name then `’s` at word `k` (`MOTIE’s`): the body's span and the word after `’s`. */
function possessiveOrgAt(ctx: Ctx, k: number): { org: { start: number; end: number }; next: number } | null {
  const { words } = ctx;
  const start = words[k]?.start ?? -1;
  const end = ctx.orgs.get(start);
  if (end === undefined) return null;
  let j = k;
  while (words[j] && words[j]!.end <= end) j += 1;
  return /^(?:’s|'s)$/.test(words[j]?.text ?? '') ? { org: { start, end }, next: j + 1 } : null;
}

/**
 * Words that open a clause of their own after a comma (`at the Velmar Palace, where Minister Kim …`):
 * what follows them is no apposition, and they are never a title's qualifier.
 */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set([
  'where', 'when', 'while', 'whereas', 'which', 'whose', 'who', 'whom', 'but', 'after', 'before', 'since', 'until',
]);

/** `European Commissioner for Trade`, `Former Minister`: skips a qualifier or two before a title at `k`. */
function qualifiersBefore(words: Ctx['words'], k: number, ctx: Ctx): number {
  // `at the Velmar Palace, where Deputy Prime Minister …`: a word opening a clause qualifies no title.
  if (CLAUSE_OPENERS.has(words[k]?.text ?? '')) return k;
  for (const skip of [1, 2]) {
    // `Vladimir Petrov, KEPCO President and CEO Kim …`: a body's name is no qualifier of a title.
    if (titleAt(words, k) >= 0 || ctx.countries.has(words[k]?.start ?? -1) || ctx.orgs.has(words[k]?.start ?? -1)) return k;
    if (titleAt(words, k + skip) >= 0 && words.slice(k, k + skip).every((x) => /^\p{L}/u.test(x.text) && !CLAUSE_OPENERS.has(x.text))) return k + skip;
  }
  // `Ivan Petrov, Atomgaz’s Director for International Business`: a body the scan did not find, owning the post.
  if (/^\p{Lu}/u.test(words[k]?.text ?? '') && /^(?:’s|'s)$/.test(words[k + 1]?.text ?? '') && titleAt(words, k + 2) >= 0) return k + 2;
  return k;
}

/**
 * Every span in one sentence that names a person: a title then a name, a name then a title in
 * apposition, a romanised Korean name anywhere, a name before a speech or meeting verb, royals,
 * and initials (`JA Seo`). Returns them in text order.
 */
export function detectPersons(ctx: Ctx): PersonCandidate[] {
  const { words, blocked } = ctx;
  const out: PersonCandidate[] = [];
  let i = 0;
  while (i < words.length) {
    const shared = sharedTitleList(ctx, i, blocked) ?? countryListPersons(ctx, i, blocked);
    if (shared) {
      out.push(...shared.candidates);
      i = shared.next;
      continue;
    }
    const found = at(ctx, i, blocked);
    if (found) {
      out.push(found.candidate);
      i = found.next;
    } else i += 1;
  }
  return out;
}

/** Plural titles by their first word, longest first: `Prime Ministers`, `Presidents`. */
const PLURAL_SEQS = new Map<string, string[][]>();
for (const plural of [...PLURAL_TITLES.keys()].sort((a, b) => b.length - a.length)) {
  const seq = plural.split(' ');
  PLURAL_SEQS.set(seq[0]!, [...(PLURAL_SEQS.get(seq[0]!) ?? []), seq]);
}

/**
 * `Presidents A and B agreed`, `Senators A, B and C`: a plural title shared by the two or more
 * names listed after it, each a person holding the singular post. Null unless the list holds at
 * least two names.
 */
function sharedTitleList(ctx: Ctx, i: number, blocked: Blocked): { candidates: PersonCandidate[]; next: number } | null {
  const { words } = ctx;
  // Every plural title starts with a capital: most words are ruled out before the lookup.
  if (!mayBeCapitalised(words[i]!.text)) return null;
  const seqs = PLURAL_SEQS.get(words[i]!.text);
  const seq = seqs?.find((s) => s.every((part, k) => words[i + k]?.text === part));
  if (!seq) return null;
  const titleEnd = i + seq.length;
  const title = PLURAL_TITLES.get(seq.join(' '))!;
  const context: TitleContext = { title, start: words[i]!.start, end: words[titleEnd - 1]!.end, orgAt: null, countryAt: countriesBefore(ctx, i) };
  const spans: { from: number; to: number }[] = [];
  let k = titleEnd;
  for (;;) {
    const to = koreanNameAt(words, k, blocked) ? k + 2 : nameEnd(words, k, blocked);
    if (to <= k) break;
    spans.push({ from: k, to });
    k = to;
    // `Representatives Ann Roe of Georgia and Ed Marsh of Texas`: each name's state or country.
    if (words[k]?.text === 'of' && /^\p{Lu}/u.test(words[k + 1]?.text ?? '')) {
      k += 1;
      while (/^\p{Lu}/u.test(words[k]?.text ?? '')) k += 1;
    }
    if (words[k]?.text === ',') k += 1;
    if (words[k]?.text === 'and') k += 1;
    else if (words[k - 1]?.text !== ',') break;
  }
  if (spans.length < 2) return null;
  const candidates = spans.map(({ from, to }) => person(ctx, 'full', from, to, slice(ctx, from, to), [title], [context]));
  return { candidates, next: spans.at(-1)!.to };
}

/**
 * `the prime ministers of the four countries, A of X, B of Y and C of Z, held …`: each name of the
 * list is a person holding the plural's post for the country it is `of`.
 */
function countryListPersons(ctx: Ctx, i: number, blocked: Blocked): { candidates: PersonCandidate[]; next: number } | null {
  const list = countryListAfter(ctx.words, i, blocked, ctx.countries);
  if (!list) return null;
  const { words } = ctx;
  const candidates = list.items.map(({ from, to, countryAt }) => {
    const contexts: TitleContext[] = list.post ? [{ title: list.post, start: words[from]!.start, end: words[to - 1]!.end, orgAt: null, countryAt: [countryAt] }] : [];
    return person(ctx, 'full', from, to, slice(ctx, from, to), list.post ? [list.post] : [], contexts);
  });
  return { candidates, next: list.next };
}

/** A word with none of these shapes starts no person: most words are skipped on one lookup. */
const MAY_START =
  SHAPE.TWO_CAPITALS | SHAPE.ROYAL_START | SHAPE.TITLE_START | SHAPE.SURNAME_LIKE | SHAPE.NAME | SHAPE.HONORIFIC | SHAPE.INITIAL | SHAPE.DOTTED_INITIALS | SHAPE.MID_SENTENCE_START;

function at(ctx: Ctx, i: number, blocked: Blocked): { candidate: PersonCandidate; next: number } | null {
  const { words } = ctx;
  const text = words[i]!.text;
  // `then-Secretary General`: `t` starts no listed title, so this one prefix is let through by hand.
  if ((!mayStartPerson(text) && !(text.charCodeAt(4) === 45 && text.startsWith('then-'))) || (shapeOf(text) & MAY_START) === 0) return null;
  const initials = initialsAt(ctx, i);
  if (initials) return { candidate: person(ctx, 'initials', i, initials.end, initials.name, [], appositionAfter(ctx, initials.end)), next: initials.end };
  const royal = royalTitleAt(words, i);
  if (royal > 0 && isNameWord(words[royal], blocked)) {
    // `the King Omar International Airport`, `the Sheikh Ali Al-Salem Causeway`: a royal's name
    // opening a place's or body's name is no mention of the royal.
    if (namesAThing(words, royal, blocked)) return null;
    // `Sheikh Abdulrahman bin Saud Al Thani`: the whole chain is one person, title included.
    const full = nameEnd(words, royal, blocked);
    if (full > 0) return { candidate: person(ctx, 'full', i, full, slice(ctx, i, full), [], appositionAfter(ctx, full)), next: full };
    // `King Tomas IV`: a regnal number is part of a monarch's name.
    const end = REGNAL_NUMBER.test(words[royal + 1]?.text ?? '') ? royal + 2 : royal + 1;
    return { candidate: person(ctx, end > royal + 1 ? 'full' : 'royal', i, end, slice(ctx, i, end), [], []), next: end };
  }
  const tEnd = titleAt(words, i);
  if (tEnd > 0) return afterTitle(ctx, i, tEnd, blocked);
  if (koreanNameAt(words, i, blocked)) {
    // `Lee Da-eun`; a third word (`Lee Da Eun`) only comes with a title, handled above.
    return { candidate: person(ctx, 'full', i, i + 2, slice(ctx, i, i + 2), [], appositionAfter(ctx, i + 2)), next: i + 2 };
  }
  const n = nameEnd(words, i, blocked);
  if (n > 0) {
    const contexts = appositionAfter(ctx, n);
    const cued =
      (CUE_VERBS.has(words[n]?.text ?? '') || personCue(ctx, i, n)) &&
      !['for', 'of', 'the', 'on', 'in'].includes(words[i - 1]?.text ?? '') &&
      words.slice(i, n).every((x) => x.pos === 'PROPN');
    // `the Jane Doe administration`: a head of government named by the government they lead.
    const administration = words[i - 1]?.text === 'the' && words[n]?.text === 'administration' && n - i >= 2 && words.slice(i, n).every((x) => x.pos === 'PROPN');
    if (contexts.length > 0 || cued || administration) return { candidate: person(ctx, 'full', i, n, slice(ctx, i, n), [], contexts), next: n };
  }
  return null;
}

/** `JA Seo` (name: the span) or `JA (Ji-An) Seo` (name: `Seo Ji-An`) at word `i`. */
function initialsAt(ctx: Ctx, i: number): { end: number; name: string } | null {
  const { words } = ctx;
  if ((shapeOf(words[i]?.text) & SHAPE.TWO_CAPITALS) === 0) return null;
  if ((shapeOf(words[i + 1]?.text) & SHAPE.KOREAN_SURNAME) !== 0) return { end: i + 2, name: slice(ctx, i, i + 2) };
  if (
    words[i + 1]?.text === '(' &&
    (shapeOf(words[i + 2]?.text) & SHAPE.KOREAN_GIVEN) !== 0 &&
    words[i + 3]?.text === ')' &&
    (shapeOf(words[i + 4]?.text) & SHAPE.KOREAN_SURNAME) !== 0
  ) {
    return { end: i + 5, name: `${words[i + 4]!.text} ${words[i + 2]!.text}` };
  }
  return null;
}

function afterTitle(ctx: Ctx, i: number, tEnd: number, blocked: Blocked): { candidate: PersonCandidate; next: number } | null {
  const { words } = ctx;
  // Extend over `… and Minister` chains: the chain is the title as written.
  let end = tEnd;
  while (words[end]?.text === 'and' && titleAt(words, end + 1) > 0) end = titleAt(words, end + 1);
  end = postedToEnd(ctx, end, blocked);
  const chainStart = titleChainBefore(words, end) >= 0 ? Math.min(i, titleChainBefore(words, end)) : i;
  const title = postText(ctx, chainStart, end);
  const prefix = (n: number): TitleContext[] => {
    const org = orgOf(ctx, chainStart, n, title);
    const countries = countriesBefore(ctx, chainStart);
    const titleSpan = { title, start: words[chainStart]!.start, end: words[end - 1]!.end };
    return [{ ...titleSpan, orgAt: org, countryAt: countries }, ...appositionAfter(ctx, n)];
  };
  const initials = initialsAt(ctx, end);
  if (initials) return { candidate: person(ctx, 'initials', end, initials.end, initials.name, [title], prefix(initials.end)), next: initials.end };
  // `Energy Minister Prince Faisal bin Nasser Al Thani`: the royal title sits between post and name.
  const royal = royalTitleAt(words, end);
  const royalName = royal > 0 ? nameEnd(words, royal, blocked) : -1;
  if (royalName > 0) return { candidate: person(ctx, 'full', end, royalName, slice(ctx, royal, royalName), [title], prefix(royalName)), next: royalName };
  // `Minister for Trade Relations P. Raman`: a portfolio word after a title ending in one goes on
  // with the portfolio (read below), not a name.
  const portfolioRuns = PORTFOLIO_WORDS.has(words[end]?.text ?? '') && PORTFOLIO_WORDS.has(words[end - 1]!.text);
  const n = portfolioRuns ? -1 : nameEnd(words, end, blocked);
  if (n > 0) return { candidate: person(ctx, 'full', end, n, slice(ctx, end, n), [title], prefix(n)), next: n };
  if (koreanNameAt(words, end, blocked)) return { candidate: person(ctx, 'full', end, end + 2, slice(ctx, end, end + 2), [title], prefix(end + 2)), next: end + 2 };
  // `Director General for Middle Market Enterprise Policy Choi Ha-neul`,
  // `Minister for Trade and Tourism Jane Doe`: a portfolio, then the name.
  // `Minister of State Assets Jane Doe`: a title ending in a portfolio word (`Minister of State`)
  // that another portfolio word continues is that portfolio's minister, not a minister of state.
  // `President of the European Council Jane Doe`, `Minister of the Alder Procurement Agency Kim
  // Ha-na`: the title, the body it heads, then the name.
  const headed = bodyThenName(ctx, end, blocked);
  if (headed) {
    const { org, from, to } = headed;
    const ctxs = [{ title, start: words[chainStart]!.start, end: words[end - 1]!.end, orgAt: org, countryAt: countriesBefore(ctx, chainStart) }, ...appositionAfter(ctx, to)];
    return { candidate: person(ctx, 'full', from, to, slice(ctx, from, to), [title], ctxs), next: to };
  }
  const portfolioGoesOn = PORTFOLIO_WORDS.has(words[end - 1]!.text) && (['and', ','].includes(words[end]?.text ?? '') || PORTFOLIO_WORDS.has(words[end]?.text ?? ''));
  const portfolioAt = ['for', 'of'].includes(words[end]?.text ?? '') ? end + 1 : portfolioGoesOn ? end : -1;
  if (portfolioAt > 0) {
    const named = portfolioName(ctx, portfolioAt, blocked);
    if (named) {
      const { from, to } = named;
      const full = postText(ctx, chainStart, from);
      // `Minister of Investment Jane Doe, who also heads the Alder Board`: a second post after the name.
      const ctxs = [{ title: full, start: words[chainStart]!.start, end: words[from - 1]!.end, orgAt: orgOf(ctx, chainStart, to), countryAt: countriesBefore(ctx, chainStart) }, ...headedBodyAfter(ctx, to)];
      return { candidate: person(ctx, 'full', from, to, slice(ctx, from, to), [full], ctxs), next: to };
    }
  }
  // `Canada’s Minister of International Trade, Jane Doe, …`: the name after the whole title. After
  // a comma the title is the previous name's apposition (`Jane Roe, chairman of X, John Doe, …`).
  const named = words[chainStart - 1]?.text === ',' ? null : nameAfterTitleComma(ctx, end, blocked);
  if (named) {
    const { comma, from, to } = named;
    const full = postText(ctx, chainStart, comma);
    const ctxs = [{ title: full, start: words[chainStart]!.start, end: words[comma - 1]!.end, orgAt: orgBefore(ctx, chainStart), countryAt: countriesBefore(ctx, chainStart) }];
    return { candidate: person(ctx, 'full', from, to, slice(ctx, from, to), [full], ctxs), next: to };
  }
  if (isNameWord(words[end], blocked)) {
    return { candidate: person(ctx, 'short', chainStart, end + 1, words[end]!.text, [title], prefix(end + 1)), next: end + 1 };
  }
  return null;
}

/**
 * At word `end` after a title: `of [the] <body> [(ACRONYM)]` where the body is a mention found
 * before, then a name. The body's span and the name's, or null.
 */
function bodyThenName(ctx: Ctx, end: number, blocked: Blocked): { org: { start: number; end: number }; from: number; to: number } | null {
  const { words } = ctx;
  if (words[end]?.text !== 'of') return null;
  const k = words[end + 1]?.text === 'the' ? end + 2 : end + 1;
  const orgEnd = ctx.orgs.get(words[k]?.start ?? -1);
  if (orgEnd === undefined) return null;
  let j = k;
  while (j < words.length && words[j]!.end < orgEnd) j += 1;
  j += 1;
  if (words[j]?.text === '(' && words[j + 2]?.text === ')') j += 3;
  const to = koreanNameAt(words, j, blocked) ? j + 2 : nameEnd(words, j, blocked);
  return to > j ? { org: { start: words[k]!.start, end: orgEnd }, from: j, to } : null;
}

/** What may follow a name set off by commas: `, Jane Doe, …`, `, Jane Doe.`, `, Jane Doe said`. */
const closesName = (w: Word | undefined): boolean => w === undefined || [',', '.', ';'].includes(w.text) || (/^\p{Ll}/u.test(w.text) && w.text !== 'and');

/**
 * `Minister of International Trade, Jane Doe,`: the title, its portfolio (`of`/`for` then capitalised
 * words, `and`, `&`, inner commas) and a comma, then a name the sentence closes off. The comma's
 * index and the name's span, or null.
 */
function nameAfterTitleComma(ctx: Ctx, end: number, blocked: Blocked): { comma: number; from: number; to: number } | null {
  const { words } = ctx;
  let j = end;
  // `Minister for Trade and Export Growth, Jane Doe,`: the title read so far ends inside a portfolio.
  const portfolioGoesOn = words[j]?.text === 'and' && PORTFOLIO_WORDS.has(words[j - 1]?.text ?? '') && /^\p{Lu}/u.test(words[j + 1]?.text ?? '');
  if (['for', 'of'].includes(words[j]?.text ?? '') || portfolioGoesOn) {
    j += 1;
    while (j < Math.min(words.length, end + 14)) {
      const x = words[j]!.text;
      if (x === ',') {
        const n = nameEnd(words, j + 1, blocked);
        if (n > 0 && closesName(words[n])) return { comma: j, from: j + 1, to: n };
      } else if (!/^\p{Lu}/u.test(x) && !['and', '&', 'of', 'for', 'the'].includes(x)) return null;
      j += 1;
    }
    return null;
  }
  if (words[j]?.text !== ',') return null;
  const n = nameEnd(words, j + 1, blocked);
  return n > 0 && closesName(words[n]) ? { comma: j, from: j + 1, to: n } : null;
}

/**
 * The name that ends a portfolio run starting at word `k`: `Trade, Industry and Energy Seo Ji-an`
 * → `Seo Ji-an`; `Economy, Trade and Industry Taro Yamada` → `Taro Yamada`. The name must follow
 * a portfolio word (never `and` or a comma, so `Chairman of X Group, and Kim …` is two phrases).
 */
function portfolioName(ctx: Ctx, k: number, blocked: Blocked): { from: number; to: number } | null {
  const { words } = ctx;
  let sawPortfolio = false;
  for (let j = k; j < Math.min(words.length, k + 14); j += 1) {
    const x = words[j]!.text;
    const afterPortfolio = sawPortfolio && /^\p{Lu}/u.test(words[j - 1]!.text);
    if (afterPortfolio && koreanNameAt(words, j, blocked)) return { from: j, to: j + 2 };
    if (afterPortfolio && !PORTFOLIO_WORDS.has(x)) {
      const n = nameEnd(words, j, blocked);
      if (n > 0 && (n === words.length || !/^\p{Lu}/u.test(words[n]!.text)) && words.slice(j, n).every((w) => !PORTFOLIO_WORDS.has(w.text))) {
        // `Minister of Food and Drug Safety Oh Se-bin`: a Korean name ending the run is the name.
        if (n - 2 > j && koreanNameAt(words, n - 2, blocked)) return { from: n - 2, to: n };
        // `Vice Minister of Economy, Ana Luz Ortega`, `Chairman of X, and Ana Luz Ortega`: a run
        // after a comma or `and` that is a whole name is a name, not a portfolio word and a name.
        // `Minister of Mining and Metallurgy Ana Luz Ortega`: after a bare `and` that joins two
        // portfolio words, the word is the portfolio's last, whatever the lexicon knows of it.
        const joinsPortfolio = words[j - 2]?.text === 'and' && PORTFOLIO_WORDS.has(words[j - 3]?.text ?? '');
        const run = !joinsPortfolio && ['and', ','].includes(words[j - 2]?.text ?? '') ? j - 1 : -1;
        if (run >= 0 && !PORTFOLIO_WORDS.has(words[run]!.text) && nameEnd(words, run, blocked) === n) return null;
        return { from: j, to: n };
      }
    }
    // `Minister for Trade, and Turkish Economy Minister Jane Doe`: a second title's head ends the
    // run; no portfolio holds one, so the name is that title's.
    if (TITLE_NOUNS.has(x)) return null;
    // `Minister of Trade, Industry and Resources (MOTIR) Seo Ji-an`: the ministry's acronym in
    // brackets closes the portfolio; the name follows it.
    if (x === '(' && sawPortfolio && words[j + 2]?.text === ')' && /^\p{Lu}{2,8}$/u.test(words[j + 1]?.text ?? '')) {
      const after = j + 3;
      if (koreanNameAt(words, after, blocked)) return { from: after, to: after + 2 };
      const n = nameEnd(words, after, blocked);
      return n > 0 ? { from: after, to: n } : null;
    }
    if (/^\p{Lu}/u.test(x)) sawPortfolio = true;
    else if (!['and', '&', 'of', 'for', ','].includes(x)) return null;
  }
  return null;
}

export type { Ctx as PersonContext };
