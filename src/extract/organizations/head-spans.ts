import { type Word, isAcronym, isCapitalised } from '../words.js';
import { AGREEMENT_WORDS, EVENT_WORDS, LEGAL_FORMS, LEGISLATURE_HEADS, NON_ORG_WORDS, ORG_HEADS, PLACE_WORDS_IN_NAMES, POSTS_AFTER_LEGISLATURE, SECTOR_WORDS_IN_NAMES, STATE_COMPANY_HEADS, type OrgHead } from '../lexicons/org-forms.js';
import { NOT_NAME_WORDS } from '../lexicons/name-parts.js';
import { PORTFOLIO_WORDS, TITLE_NOUNS } from '../lexicons/titles.js';
import type { OrgCandidate } from './candidate.js';

// POS of capitalised sentence openers that cannot start a name: `Through`, `Following`, `Its`.
const NON_NAME_POS = new Set(['DET', 'ADP', 'PRON', 'SCONJ', 'AUX', 'VERB', 'ADV', 'CCONJ', 'PART', 'NUM']);
const OPENING_HEADS_TAKING_IN = new Set(['Embassy', 'Mission', 'Chamber', 'Office', 'Club', 'Delegation', 'Court']);
const COUNTRYISH_AFTER_COMPANY = /^(?:Korea|Japan|China|USA|America|Europe|Asia|Vietnam|India|Germany|France|UK)$/;

export interface SpanContext {
  readonly body: string;
  readonly words: readonly Word[];
  /** Start offsets of words that name a country (`Korea`, `Japan’s`). */
  readonly countryStarts: ReadonlySet<number>;
  /** Country mentions: start → end offsets. */
  readonly countryEnds: ReadonlyMap<number, number>;
  /** Start offsets of country words that are demonyms (`Philippine`, `Colombian`). */
  readonly demonymStarts?: ReadonlySet<number>;
}

/**
 * A title noun after a name opens a post held there (`Velmar Motor Group Chairman X`); a
 * legislature's own posts follow its name too (`National Assembly Speaker X`).
 */
const postNounAfter = (word: string, head: OrgHead): boolean =>
  TITLE_NOUNS.has(word) || (head.kind === 'government' && POSTS_AFTER_LEGISLATURE.has(word));

const GOVERNMENT_TITLE_AFTER = /^(?:Minister|Ministers|Secretary|Commissioner|Vice|Deputy)$/;

const text = (w: Word | undefined): string => w?.text ?? '';
const isPossessive = (w: Word | undefined): boolean => w?.text === '’s' || w?.text === "'s";

/**
 * Heads by their last word: one map lookup per word finds both a one-word head (`Agency`) and the
 * two-word heads it ends (`Metropolitan City`), with no pair of words glued into a string.
 */
const HEADS_BY_LAST_WORD = new Map<string, { one?: OrgHead; afterWord?: Map<string, OrgHead> }>();
for (const [name, head] of ORG_HEADS) {
  const parts = name.split(' ');
  if (parts.length > 2) continue;
  const last = parts[parts.length - 1]!;
  const entry = HEADS_BY_LAST_WORD.get(last) ?? {};
  if (parts.length === 1) entry.one = head;
  else (entry.afterWord ??= new Map()).set(parts[0]!, head);
  HEADS_BY_LAST_WORD.set(last, entry);
}

/** First code units (ASCII) a head's last word can start with: most words are ruled out by one array read. */
const HEAD_FIRST_CHARS = new Uint8Array(128);
for (const last of HEADS_BY_LAST_WORD.keys()) {
  const c = last.charCodeAt(0);
  if (c < 128) HEAD_FIRST_CHARS[c] = 1;
}

function headAt(words: readonly Word[], i: number): { head: OrgHead; first: number } | null {
  const word = text(words[i]);
  const c = word.charCodeAt(0);
  if (c < 128 && HEAD_FIRST_CHARS[c] === 0) return null;
  const entry = HEADS_BY_LAST_WORD.get(word);
  if (!entry) return null;
  const twoWord = entry.afterWord?.get(text(words[i - 1]));
  if (twoWord) return { head: twoWord, first: i - 1 };
  return entry.one ? { head: entry.one, first: i } : null;
}

const CALENDAR = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;

/**
 * A capitalised word that may sit inside a body's name (left of its head). Capitals prove nothing
 * at a sentence's start, so there the tagger must not call the word a preposition, verb, etc.
 */
function nameWord(w: Word | undefined, sentenceStart: boolean, legalName = false): boolean {
  if (!w || !isCapitalised(w.text) || TITLE_NOUNS.has(w.text) || CALENDAR.test(w.text)) return false;
  if (w.text === 'The' || (sentenceStart && NON_NAME_POS.has(w.pos))) return false;
  return !NON_ORG_WORDS.has(w.text) || ORG_HEADS.has(w.text) || (legalName && PLACE_WORDS_IN_NAMES.has(w.text));
}

function extendLeft(ctx: SpanContext, first: number, floor: number, head: OrgHead): number {
  const { words } = ctx;
  const legalName = LEGAL_FORMS.has(text(words[first]));
  let j = first;
  for (;;) {
    const prev = words[j - 1];
    if (j - 1 < floor) return j;
    if (nameWord(prev, j - 1 === 0, legalName) && !isPossessive(words[j])) {
      j -= 1;
      continue;
    }
    // `Korea–Velmar Vision 2030 Committee`: a year or number inside a name, a name word before it.
    if (/^\d{2,4}$/.test(text(prev)) && j - 2 >= floor && nameWord(words[j - 2], j - 2 === 0)) {
      j -= 2;
      continue;
    }
    if (eventWordInside(words, j - 1, head) && j - 2 >= floor) {
      j -= 1;
      continue;
    }
    // `Korea Iron & Steel Association`, `Mineral Resources and Petroleum Authority`
    const before = words[j - 2];
    // …but `Hanbit C&T and Daesan Engineering` are two companies: an acronym ends the first.
    // …and `Daesan Boilers and Allied Turbine` are two companies too: before a company's head, `and`
    // joins only sector words (`Korea Iron and Steel Company`), never a name.
    // …and `Velmar Hydro and Nuclear Power`: sector words on both sides of `and` are one name.
    // …and `Velmar Power Generation and Transmission Company`: the head itself need not be a sector word.
    const sectorAnd = head.kind !== 'company' || PORTFOLIO_WORDS.has(text(before)) || sectorsBetween(words, j - 2, j === first ? first + 1 : first);
    // …and `VK Gas and TS Energy`: an acronym after `and` opens the next company's name.
    const acronymOpens = head.kind === 'company' && isAcronym(text(words[j]));
    const joins = prev?.text === '&' || (prev?.text === 'and' && !isAcronym(text(before)) && !acronymOpens && sectorAnd);
    if (joins && j - 2 >= floor && nameWord(before, j - 2 === 0) && !ORG_HEADS.has(before!.text) && !ctx.countryStarts.has(before!.start) && !titledNameEndsAt(words, j - 2)) {
      j -= 2;
      continue;
    }
    return j;
  }
}

/**
 * `Defense Acquisition Program Administration`: an event word (`Program`) between name words is
 * part of a state body's name, where it would end a name or open one (`the Program`) elsewhere.
 */
function eventWordInside(words: readonly Word[], k: number, head: OrgHead): boolean {
  return head.kind === 'government' && k > 0 && EVENT_WORDS.has(text(words[k])) && nameWord(words[k - 1], k - 1 === 0) && !EVENT_WORDS.has(text(words[k - 1]));
}

/** Posts whose holder's office is a body of its own: `the Prime Minister's Office`, `the President’s Office`. */
const OFFICE_HOLDERS = /^(?:Minister|President)$/;

/** Index of the post opening `Prime Minister's Office` when word `first` is an `Office` after such a post's possessive. */
function officeHolderBefore(words: readonly Word[], first: number, floor: number): number | undefined {
  if (text(words[first]) !== 'Office' || !isPossessive(words[first - 1]) || !OFFICE_HOLDERS.test(text(words[first - 2]))) return undefined;
  const post = text(words[first - 3]) === 'Prime' ? first - 3 : first - 2;
  return post >= floor ? post : undefined;
}

/**
 * Index of a company head after at most two capitalised sector words from `k` (`Marine
 * Engineering`), if any; with `anyName`, any two name words (`Ostland Stainless Steel`).
 */
function sectorHeadAfter(words: readonly Word[], k: number, anyName = false): number | undefined {
  for (let n = k; n < k + 3; n += 1) {
    if (!isCapitalised(text(words[n]))) return undefined;
    if (n > k && headAt(words, n)?.head.company === true) return n;
    if (anyName ? !nameWord(words[n], false) || ORG_HEADS.has(text(words[n])) : !SECTOR_WORDS_IN_NAMES.has(text(words[n]))) return undefined;
  }
  return undefined;
}

/** Whether word `before` and every word from the one after it (past `and`) up to `to` (exclusive) are sector words. */
function sectorsBetween(words: readonly Word[], before: number, to: number): boolean {
  if (!SECTOR_WORDS_IN_NAMES.has(text(words[before])) || text(words[before + 1]) !== 'and' || to <= before + 2) return false;
  for (let k = before + 2; k < to; k += 1) if (!SECTOR_WORDS_IN_NAMES.has(text(words[k]))) return false;
  return true;
}

/** A Korean given name: `Ji-ho`, `In-kyo`. */
const GIVEN_NAME = /^\p{Lu}\p{Ll}+-\p{Ll}+$/u;

/**
 * Whether the capitalised run ending at word `k` is a person's name: a Korean given name, or a
 * run a title opens (`Foundation Chair Jane Roe and Business Council of Velmar`, where `and`
 * joins two items, not two parts of one name).
 */
function titledNameEndsAt(words: readonly Word[], k: number): boolean {
  if (GIVEN_NAME.test(text(words[k]))) return true;
  let m = k;
  while (m > 0 && isCapitalised(text(words[m - 1])) && !TITLE_NOUNS.has(text(words[m - 1]))) m -= 1;
  return m > 0 && m < k && TITLE_NOUNS.has(text(words[m - 1]));
}

/** Index after the post of a head of state or government at `k` (`President`, `Prime Minister`), if one is there. */
function headOfGovernmentPostEnd(words: readonly Word[], k: number): number | undefined {
  if (text(words[k]) === 'President') return k + 1;
  if ((text(words[k]) === 'Prime' || text(words[k]) === 'Vice') && /^(?:Minister|President)$/.test(text(words[k + 1]))) return k + 2;
  return undefined;
}

/** Index after a run of capitalised name words from `k`, or `k` when none. */
function capitalRun(words: readonly Word[], k: number): number {
  let m = k;
  while (words[m] && isCapitalised(words[m]!.text) && !isPossessive(words[m + 1]) && !TITLE_NOUNS.has(words[m]!.text) && !CALENDAR.test(words[m]!.text)) m += 1;
  return m;
}

/**
 * Extends to the right over complements: `of Trade, Industry and Resources`, `for Advancement of
 * Technology`, `in the Republic of Korea`. A comma continues only into an `…, X and Y` list.
 */
function extendRight(ctx: SpanContext, last: number, head: string, opens: boolean): number {
  const { words } = ctx;
  let end = last + 1;
  const linkers = new Set(['of', 'for', 'on', ...(OPENING_HEADS_TAKING_IN.has(head) ? ['in'] : [])]);
  // `the Office of the President`, `Office of the Prime Minister`: an office named by its head's post.
  if (head === 'Office' && text(words[end]) === 'of' && text(words[end + 1]) === 'the') {
    const post = headOfGovernmentPostEnd(words, end + 2);
    if (post !== undefined) end = post;
  }
  // `Ministry of Trade, Industry and Energy and Jane Doe`: an `and` closes the complement's list;
  // a second one joins the next item of the sentence, not a part of this name.
  let joined = false;
  for (let guard = 0; guard < 12; guard += 1) {
    const w = text(words[end]);
    if (opens && linkers.has(w)) {
      const k = text(words[end + 1]) === 'the' ? end + 2 : end + 1;
      const m = capitalRun(words, k);
      // `the Presidential Office in Yongsan`: an office's `in` names a country it serves in
      // (`Trade Office in Japan`); a city or district after it says where the office sits.
      if (w === 'in' && head === 'Office' && !ctx.countryStarts.has(words[k]?.start ?? -1)) return end;
      // `the Government of India` is the country acting, not a body of it; `the Government of
      // Western Australia` is a state's.
      if (head === 'Government' && ctx.countryStarts.has(words[k]?.start ?? -1)) return end;
      // `ratification by the National Assembly of the Korea–Velmar FTA`: an agreement is no body's complement.
      // …but `the Presidential Committee for the Velmar Summit`: a committee for an occasion is the body that prepares it.
      const forOccasion = w === 'for' && OCCASION_BODIES.has(head) && EVENT_WORDS.has(text(words[m - 1]));
      if (m > k && (forOccasion || !EVENT_WORDS.has(text(words[m - 1]))) && !AGREEMENT_WORDS.has(text(words[m - 1]))) {
        end = m;
        continue;
      }
      return end;
    }
    if ((w === 'and' || w === '&') && end > last + 1) {
      if (joined && w === 'and') return end;
      joined = w === 'and';
      // `… on Latin America and the Caribbean`, but not `… and the Ministry of …`
      const k = text(words[end + 1]) === 'the' && !headAt(words, end + 2) ? end + 2 : end + 1;
      const m = capitalRun(words, k);
      // `… Federation of SMEs and the National … Federation`, `… Bank of Korea and the Velmar Trade
      // Insurance Corporation`: a second body, not the complement — after `the`, whatever its head.
      const second = ORG_HEADS.get(text(words[m - 1]));
      if (m > k + 1 && second && (!second.company || k === end + 2)) return end;
      if (m > k) {
        end = m;
        continue;
      }
      return end;
    }
    if (w === ',' && end > last + 1) {
      // Look ahead: `, Industry and Resources` is part of the name; `, Minister Kim` is not.
      let k = end;
      while (text(words[k]) === ',' && capitalRun(words, k + 1) > k + 1) k = capitalRun(words, k + 1);
      // `, Industry, and Resources` (a serial comma) continues; `, and Raj Kumar` right after
      // the name lists a next item, not a part of this one.
      if (text(words[k]) === ',' && k > end) k += 1;
      if (text(words[k]) === 'and' && !joined && capitalRun(words, k + 1) > k + 1) {
        end = capitalRun(words, k + 1);
        joined = true;
        continue;
      }
      return end;
    }
    return end;
  }
  return end;
}

/** Names built around a head word (`… Association`, `Ministry of …`, `… Electronics`). */
export function headSpans(ctx: SpanContext): Omit<OrgCandidate, 'sentenceIndex'>[] {
  const { words } = ctx;
  const found: Omit<OrgCandidate, 'sentenceIndex'>[] = [];
  let covered = -1;
  for (let i = 0; i < words.length; i += 1) {
    if (i <= covered) continue;
    const at = headAt(words, i);
    if (!at) continue;
    const { head, first } = at;
    const holder = officeHolderBefore(words, first, covered + 1);
    const start = holder ?? extendLeft(ctx, first, covered + 1, head);
    // `the Prime Minister's Office in Jerusalem`: the office a post holds is named by the post; `in` says where it sits.
    let end = holder === undefined ? extendRight(ctx, i, text(words[i]), head.opens) : i + 1;
    // `Sumitomo Corporation Korea`, `Daewon Technology Korea’s`: a company's national arm.
    if (head.company && end === i + 1 && COUNTRYISH_AFTER_COMPANY.test(text(words[end])) && !isCapitalised(text(words[end + 1]).replace(/^’s$/, 'x'))) end += 1;
    // A later head inside the same name (`Korea Salt Corporation`) extends it; so does one after
    // `&` (`Hanil Engineering & Construction`).
    for (;;) {
      // …and `Daesan Engineering and Construction`: a sector head joined to the name's own sector head.
      const sectorAnd = text(words[end]) === 'and' && headAt(words, end + 1)?.head.company === true && sectorsBetween(words, end - 1, end + 2);
      // …and `Hanil Shipbuilding & Marine Engineering Co.`: sector words after `&` lead to the next head.
      // …and `Velmar Shipbuilding and Marine Engineering`: after a sector word, `and` leads through sector words to the next head;
      // …and `Velmar Steel & Ostland Stainless Steel`: after `&`, any name words lead to it.
      const amp =
        (text(words[end]) === '&' || sectorAnd) && headAt(words, end + 1) && isCapitalised(text(words[end + 1]))
          ? end + 1
          : text(words[end]) === '&'
            ? sectorHeadAfter(words, end + 1, true) ?? end
            : text(words[end]) === 'and' && head.company === true && SECTOR_WORDS_IN_NAMES.has(text(words[end - 1]))
              ? sectorHeadAfter(words, end + 1) ?? end
              : end;
      if (!words[amp] || !headAt(words, amp) || !isCapitalised(text(words[amp]))) break;
      end = extendRight(ctx, amp, text(words[amp]), headAt(words, amp)!.head.opens);
    }
    // `Velmar Chemical Co., Ltd.`: a second legal form after a comma closes the same name.
    if (LEGAL_FORMS.has(text(words[end - 1])) && text(words[end]) === ',' && LEGAL_FORMS.has(text(words[end + 1]))) end += 2;
    const span = words.slice(start, end);
    // `Korea Energy Economics Institute`: a head inside a longer name leaves it to the later head.
    const insideLonger = words[end] && isCapitalised(words[end]!.text) && !isPossessive(words[end]) && !postNounAfter(words[end]!.text, head) && !EVENT_WORDS.has(words[end]!.text);
    if (!insideLonger) covered = end - 1;
    // `Korea Energy Agency`, `Industrial Bank of Korea`: the name's main head decides, not a
    // company word inside it.
    const lastHead = mainHead(span) ?? head;
    // `Velmar Trade Insurance Corporation`: a sector word before a legal form makes it distinctive
    // (not so `Industrial Technology`, two sector words).
    const mainAt = mainHeadAt(span);
    // …and `Orrin Steel & Velm Stainless Steel`: the words after `&` up to the last head may make it so too.
    const before = (LEGAL_FORMS.has(text(span[mainAt])) && mainAt > 1) || span.some((w) => w.text === '&') ? Math.max(mainAt, first - start) : first - start;
    if (!acceptable(ctx, span, lastHead, before, words[end], words[start - 1])) continue;
    if (PLACE_HEADS.has(text(words[end - 1])) && locative(words, start)) continue;
    // `at the Velmar Convention Center`: a hall where an occasion is held is its venue, not a body.
    if (VENUE_HEAD.test(text(words[end - 1])) && VENUE_KIND.test(text(words[end - 2])) && locative(words, text(words[start - 1]) === 'the' ? start - 1 : start)) continue;
    covered = end - 1;
    // `the Philippine Senate` is the Senate (of the Philippines): a demonym qualifies a legislature, it is not its name.
    const named = LEGISLATURE_HEADS.has(text(span[mainHeadAt(span)])) && span.length === 2 && ctx.demonymStarts?.has(span[0]!.start) ? span.slice(1) : span;
    found.push({
      name: spanText(ctx.body, named),
      start: span[0]!.start,
      end: span[span.length - 1]!.end,
      kind: lastHead.kind,
      acronym: null,
    });
  }
  return found;
}

const LINKERS = new Set(['of', 'for', 'on', 'in']);

/** Heads of bodies set up to prepare an occasion, named `for` it: `Organizing Committee for the … Games`. */
const OCCASION_BODIES: ReadonlySet<string> = new Set(['Committee', 'Commission', 'Secretariat']);

/** The head that names the kind: `Ministry` in `Ministry of … Energy`, `Institute` in `Korea Institute for … Technology`. */
function mainHead(span: readonly Word[]): OrgHead | undefined {
  let found: OrgHead | undefined;
  for (let k = 0; k < span.length; k += 1) {
    if (LINKERS.has(span[k]!.text)) break;
    // `Working Group`: a two-word head says more than its last word alone.
    found = headAt(span, k)?.head ?? found;
  }
  return found;
}


/** Heads that also name a place: `North Gyeongsang Province` acts, `in Ochang, North … Province` is where. */
const PLACE_HEADS = new Set(['Province']);
const LOCATIVES = new Set(['in', 'at', 'near', 'from', 'to', 'across', 'throughout']);
/** A centre that is a hall for occasions: `Convention Center`, `Exhibition Centre`. */
const VENUE_HEAD = /^Cent(?:er|re)$/;
const VENUE_KIND = /^(?:Convention|Exhibition|Conference)$/;

/** Whether the name starting at word `start` is a place: `in X`, `in Ochang, X`. */
function locative(words: readonly Word[], start: number): boolean {
  let k = start - 1;
  if (text(words[k]) === ',') {
    k -= 1;
    while (k >= 0 && isCapitalised(text(words[k]))) k -= 1;
  }
  return LOCATIVES.has(text(words[k]));
}

/** Index in `span` of the word naming its main head (see mainHead). */
function mainHeadAt(span: readonly Word[]): number {
  let at = 0;
  for (let k = 0; k < span.length; k += 1) {
    if (LINKERS.has(span[k]!.text)) break;
    if (ORG_HEADS.has(span[k]!.text)) at = k;
  }
  return at;
}

function insideQuote(ctx: SpanContext, first: Word): boolean {
  const before = ctx.words.filter((w) => w.end <= first.start).map((w) => w.text);
  // `the "Renewable Velm 3020" initiative`: straight quotes open and close alike, so an odd count opens one.
  return before.lastIndexOf('“') > before.lastIndexOf('”') || before.filter((t) => t === '"').length % 2 === 1;
}

/** Lower-case nouns after which a capitalised phrase names a programme or a field, not a company. */
const PROGRAMME_NOUNS = new Set(['initiative', 'initiatives', 'sector', 'sectors', 'policy', 'policies', 'strategy', 'roadmap', 'vision', 'programme', 'program', 'campaign', 'transition']);

/** Titles and bodies whose `of`/`for` complement is a portfolio. */
const PORTFOLIO_HOLDER = /^(?:Minister|Ministry|Secretary|Department)$/;

/** Whether `previous` is the `’s` of a country name: `Colombia’s` before `Congress`. */
function possessedByCountry(ctx: SpanContext, previous: Word | undefined): boolean {
  if (!isPossessive(previous)) return false;
  const owner = ctx.words[ctx.words.indexOf(previous!) - 1];
  return owner !== undefined && ctx.countryStarts.has(owner.start);
}

function acceptable(ctx: SpanContext, span: readonly Word[], head: OrgHead, before: number, next: Word | undefined, previous: Word | undefined): boolean {
  if (span.length < 2 && !(LEGISLATURE_HEADS.has(text(span[0])) && possessedByCountry(ctx, previous))) return false;
  if (next && isCapitalised(next.text) && EVENT_WORDS.has(next.text)) return false;
  // `the World Velm Congress` is an event; `the U.S. Congress`, `the Senate of Velmar` a legislature.
  // …and `Colombia’s Congress`: a country's possessive right before names it too.
  if (LEGISLATURE_HEADS.has(text(span[mainHeadAt(span)])) && !span.some((w) => ctx.countryStarts.has(w.start)) && !possessedByCountry(ctx, previous)) return false;
  // A name followed by more capitals is inside a longer name (`… Technology Exchange Conference`),
  // unless they open a post held there (`Velmar Motor Group Executive Vice Chairman Jo Min-su`).
  // …or they are the name of the one a post there opens for (`Premier of the State Council Li Wei`).
  if (next && isCapitalised(next.text) && !isPossessive(next) && !postNounAfter(next.text, head) && !opensPost(ctx.words, ctx.words.indexOf(next)) && !holderAfterPost(ctx.words, previous, next)) return false;
  // `the Department of Asian Affairs of China’s Ministry of Commerce`: a unit named inside a title.
  // …and `the Economic Affairs Bureau of Japan’s Ministry of Foreign Affairs`.
  const unit = /^(?:Department|Division|Bureau|Office)$/;
  if (next?.text === 'of' && (unit.test(span[0]!.text) || unit.test(span[span.length - 1]!.text))) return false;
  // `Velmar Cabinet Secretary for Energy`: the cabinet opens a minister's title, it is not the body named.
  if (text(span[span.length - 1]) === 'Cabinet' && next?.text === 'Secretary') return false;
  // `Korea's FTA Network`: a network named only by the agreements it links is no body.
  if (text(span[span.length - 1]) === 'Network' && span.slice(0, -1).every((w) => AGREEMENT_WORDS.has(w.text))) return false;
  const legal = LEGAL_FORMS.has(span[span.length - 1]!.text);
  // `Ministry of Strategy and Finance`: a portfolio in a government body's complement is no plan or document.
  const complement = head.kind === 'government' ? span.findIndex((w) => LINKERS.has(w.text)) : -1;
  const portfolio = (k: number): boolean => complement >= 0 && k > complement && PORTFOLIO_WORDS.has(span[k]!.text);
  const inside = (k: number): boolean => k > 0 && k < span.length - 1 && eventWordInside(span, k, head) && (complement < 0 || k < complement);
  // `Presidential Committee for the Velmar Summit`: the occasion a committee prepares, after its `for`.
  const occasionFrom = OCCASION_BODIES.has(text(span[mainHeadAt(span)])) ? span.findIndex((w) => w.text === 'for') : -1;
  const occasion = (k: number): boolean => occasionFrom >= 0 && k > occasionFrom && EVENT_WORDS.has(span[k]!.text);
  if (span.some((w, k) => NON_ORG_WORDS.has(w.text) && !ORG_HEADS.has(w.text) && !(legal && PLACE_WORDS_IN_NAMES.has(w.text)) && !portfolio(k) && !inside(k) && !occasion(k))) return false;
  if (head.company) {
    // `Saudi Energy Minister`, `Industry Secretary`: a portfolio in a title, not a company.
    if (next && GOVERNMENT_TITLE_AFTER.test(next.text) && !CORPORATE_POST.test(postAt(ctx.words, ctx.words.indexOf(next)))) return false;
    // `the MOU on Space Launch, Robotics, …` names a topic, not a company.
    if (previous?.text === 'on' || insideQuote(ctx, span[0]!)) return false;
    // `Korea’s Carbon-Free Energy initiative`: a name before a programme's noun names the programme.
    if (next && PROGRAMME_NOUNS.has(next.text)) return false;
    // `Minister of Mineral Resources and Energy`: the portfolio of a minister or ministry, not a company.
    // …and `Minister of Energy, Green Technology and Water`: every item of that portfolio's list.
    if (previous && inPortfolioList(ctx.words, ctx.words.indexOf(previous))) return false;
    // `Agreement for Cooperation Concerning Peaceful Uses of Nuclear Energy`: the tail of an agreement's title.
    if (previous?.text === 'of' && insideAgreementTitle(ctx.words, ctx.words.indexOf(previous))) return false;
    const distinctive = span
      .slice(0, before)
      .some((w) => isCapitalised(w.text) && (isAcronym(w.text) || !NOT_NAME_WORDS.has(w.text)) && !ctx.countryStarts.has(w.start));
    if (!distinctive && !(STATE_COMPANY_HEADS.has(text(span[span.length - 1])) && ctx.countryStarts.has(span[0]!.start))) return false;
  }
  return true;
}

/** `Head of the …`: a post named by a noun the titles lexicon leaves out, since alone it names no one. */
const POST_NOUNS = /^(?:Head|Chief)$/;

/**
 * Whether a post opens before the name (`Premier of the`, `Head of the`) and a person's name of
 * two to four capitalised words, no body's head among them, closes it: `Premier of the State
 * Council Li Wei said`, `Head of the National Security Office Kim Ji-ho had said`.
 */
function holderAfterPost(words: readonly Word[], previous: Word | undefined, next: Word): boolean {
  if (!previous) return false;
  const p = words.indexOf(previous);
  const of = previous.text === 'the' ? p - 1 : p;
  const post = text(words[of - 1]);
  if (text(words[of]) !== 'of' || !(TITLE_NOUNS.has(post) || POST_NOUNS.test(post))) return false;
  const k = words.indexOf(next);
  const m = capitalRun(words, k);
  if (m - k < 2 || m - k > 4 || isCapitalised(text(words[m]))) return false;
  for (let n = k; n < m; n += 1) if (headAt(words, n) || isAcronym(text(words[n]))) return false;
  return true;
}

/**
 * Whether word `k` (just before a company-like name) is the `of`/`for` of a minister's or
 * ministry's portfolio, or a comma or `and` inside that portfolio's list:
 * `Minister of Energy, Green Technology and Water`.
 */
function inPortfolioList(words: readonly Word[], k: number): boolean {
  let j = k;
  // Only portfolio words stand between (`Minister of Trade, Industry and Energy Moon Ji-ho, Velmar Oil
  // Corporation` lists a person before the company, not a portfolio).
  while (j > 0 && (text(words[j]) === ',' || text(words[j]) === 'and' || (j < k && PORTFOLIO_WORDS.has(text(words[j]))))) j -= 1;
  return (text(words[j]) === 'of' || text(words[j]) === 'for') && PORTFOLIO_HOLDER.test(text(words[j - 1]));
}

/** Lower-case words inside an agreement's title: `Agreement for Cooperation Concerning … of …`. */
const TITLE_LINKERS = new Set(['of', 'for', 'on', 'and', 'the', 'in']);

/** Whether word `k` continues a capitalised title run that an agreement word (`Agreement`, `Treaty`) opens. */
function insideAgreementTitle(words: readonly Word[], k: number): boolean {
  for (let j = k; j >= 0 && k - j < 12; j -= 1) {
    const t = text(words[j]);
    if (AGREEMENT_WORDS.has(t)) return true;
    if (!TITLE_LINKERS.has(t) && !isCapitalised(t)) return false;
  }
  return false;
}

/** Words that open a post before its title noun: `Executive Vice Chairman`, `Senior Vice President`. */
const POST_OPENERS = new Set(['Executive', 'Vice', 'Senior', 'Chief', 'Deputy', 'Managing', 'First']);

/** The title noun a post's opening words from `k` lead to (`Vice Chairman` → `Chairman`), or ''. */
function postAt(words: readonly Word[], k: number): string {
  let j = k;
  while (j < words.length && j - k < 3 && POST_OPENERS.has(words[j]!.text)) j += 1;
  return j > k && TITLE_NOUNS.has(text(words[j])) ? text(words[j]) : '';
}

/** Whether the words from `k` are a post's opening words ending in a title noun: `Vice Chairman`, `Executive Vice President`. */
const opensPost = (words: readonly Word[], k: number): boolean => postAt(words, k) !== '';

/** Posts held in a company, not a ministry: `Acme Vice Chairman X` is a company's, `Energy Vice Minister Y` a portfolio's. */
const CORPORATE_POST = /^(?:Chairman|Chairwoman|President|CEO)$/;

/** The name as written, spaces collapsed: `Ministry of Trade, Industry and Resources`. */
export function spanText(body: string, span: readonly Word[]): string {
  return body.slice(span[0]!.start, span[span.length - 1]!.end).replace(/\s+/g, ' ');
}
