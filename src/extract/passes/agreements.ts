import type { AgreementKind, AgreementStatus, Mention } from '../../domain/index.js';
import { adoptedDocuments } from '../agreements/adopted-documents.js';
import { signedAmendments } from '../agreements/amendments.js';
import { mergeBareKinds } from '../agreements/bare-kinds.js';
import { batchSigningAt } from '../agreements/batch-signing.js';
import { compounds, spelledCompounds } from '../agreements/compounds.js';
import { definedAcronyms } from '../agreements/defined-acronyms.js';
import { earlierPartners } from '../agreements/earlier-partners.js';
import { type Draft, STATUS_RANK, mergeUnnamed, sameAgreement, spelledOut, standingStatus } from '../agreements/draft.js';
import { entersOnReleaseEve } from '../agreements/entry-day.js';
import { renewedAt } from '../agreements/stage-bounds.js';
import { governmentTitles } from '../agreements/government-titles.js';
import { localStatus } from '../agreements/local-status.js';
import { lowerCaseAgreements } from '../agreements/lower-case-names.js';
import { listedDocuments } from '../agreements/listed-documents.js';
import { listedMous } from '../agreements/mou-lists.js';
import { mouPurposes } from '../agreements/mou-purposes.js';
import { mouLowerTopics, mouTopics } from '../agreements/mou-topics.js';
import { bySignatories } from '../agreements/named-by-signatories.js';
import { nameStatements, onlyReported } from '../agreements/statement-names.js';
import { kindByTopic } from '../agreements/kind-by-topic.js';
import { agreementDateIn } from '../agreements/own-date.js';
import { partiesIn } from '../agreements/parties.js';
import type { SentenceHit } from '../agreements/sentence-hit.js';
import { genericMentions } from '../agreements/unnamed-mentions.js';
import { nameFromTitle } from '../agreements/title-names.js';
import { withSidesLeftOut } from '../agreements/sides-left-out.js';
import { withPartners } from '../agreements/with-partners.js';
import { formalHead, writtenOut } from '../agreements/written-out.js';
import type { AnalysedText } from '../analysed-text.js';
import type { OrganizationFinding } from '../findings.js';
import { SPELLED_KINDS, STATUS_CUES } from '../lexicons/agreements.js';
import { type CountryMention, countriesBySentence } from './countries.js';

/** An agreement one document names: an MOU, an FTA, a CEPA, a framework, a joint statement. */
export interface AgreementFinding {
  /** The fullest form the text gives, e.g. `Korea–Ruritania Comprehensive Economic Partnership Agreement`. */
  readonly name: string;
  /** Other forms in the document: `Korea–UAE CEPA`, `CEPA`, `Memorandum of Understanding`. */
  readonly aliases: string[];
  readonly kind: AgreementKind;
  readonly status: AgreementStatus;
  /** ISO codes of the party countries the text states or implies, sorted. */
  readonly parties: string[];
  /** The day the text says it was signed or entered into force, or null. */
  readonly date: string | null;
  readonly mentions: Mention[];
  /** A sentence naming it speaks of `the two countries` (or governments, sides): it has two sides. */
  readonly twoSides?: boolean;
}
/** What a bare `FTA` needs in a name to stand for it: the acronym, or its head written out. */
const BARE_SPELLINGS: ReadonlyMap<string, RegExp> = new Map(
  SPELLED_KINDS.map(([spelled, acronym]) => [acronym, new RegExp(`\\b(?:${acronym}|${spelled})\\b`, 'i')]),
);
/** `has not yet signed an FTA with any Asian country`: a signing denied is no cue of one. */
const DENIED_SIGNING = /\b(?:not|never)\s+(?:yet\s+)?(?:signed|concluded|inked)\b/g;
function statusOf(text: string): AgreementStatus {
  const sentence = text.replace(DENIED_SIGNING, 'not');
  for (const [cue, status] of STATUS_CUES) {
    if (cue.test(sentence) && !(status === 'in_force' && /\b(?:ahead of|once|when|as soon as|after)\b[^.]{0,40}\b(?:entry into force|enters into force|takes effect)\b/.test(sentence) && !/\bunder the\b/.test(sentence))) return status;
  }
  return 'mentioned';
}
/** Kinds a batch of signed documents does not stand for: trade agreements and joint statements have readings of their own. */
const BATCH_EXEMPT: ReadonlySet<AgreementKind> = new Set(['FTA', 'CEPA', 'EPA', 'joint_statement']);
/**
 * `the two countries signed …`, `ministers of both countries`, `concluding a bilateral Alpha
 * Framework`: the sentence speaks of a bilateral act.
 */
const TWO_SIDES = /\b(?:(?:[Tt]he\s+two|[Bb]oth)\s+(?:countries|governments|sides|nations)|[Aa]\s+bilateral)\b/;

/**
 * Finds the agreements a document names — MOUs, FTAs, CEPAs, EPAs, frameworks, treaties, joint
 * statements — with their parties (from `Korea–UAE CEPA`, `between Korea and Serbia`, `FTA with
 * Chile`, the countries of a signing sentence) and status (signed, negotiating, in force, planned,
 * or merely mentioned, the strongest the document states); an MOU the release's `title` names is
 * also known by the title's words. `home` is the country the release speaks
 * for: the other side of `an FTA with Chile`. Repeated mentions merge: the longest
 * name wins and the others become aliases; a bare `the FTA` is another name for the one FTA found.
 */
export function findAgreements(
  text: AnalysedText,
  countries: readonly CountryMention[],
  home: string | null,
  releaseDate: string | null = null,
  orgs: readonly OrganizationFinding[] = [],
  title: string | null = null,
): AgreementFinding[] {
  const drafts: Draft[] = [];
  const bySentence = countriesBySentence(countries);
  for (const sentence of text.sentences) {
    const own = bySentence.get(sentence.index) ?? [];
    const named: SentenceHit[] = [
      ...writtenOut(sentence, own, home),
      ...governmentTitles(sentence, own),
      ...mouTopics(sentence),
      ...mouLowerTopics(sentence),
      ...mouPurposes(sentence),
      ...compounds(sentence, own),
      ...spelledCompounds(sentence, own),
      ...withPartners(sentence, own, home),
      ...earlierPartners(sentence, own, home),
      ...lowerCaseAgreements(sentence.text, {
        countryCodes: own.map((c) => c.code),
        home,
        countriesIn: (from, to) => partiesIn(sentence.text.slice(from, to), own, sentence.start + from),
      }),
      ...listedMous(sentence.text),
      ...listedDocuments(sentence.text),
      ...adoptedDocuments(sentence.text),
    ];
    // `Memorandum of Understanding (MOU) on…` is read twice; a CEPA named inside an MOU's title stays.
    const inside = (h: SentenceHit): boolean =>
      named.some((n) => n !== h && n.kind === h.kind && h.start >= n.start && h.end <= n.end && (n.name.length > h.name.length || (n.name.length === h.name.length && named.indexOf(n) < named.indexOf(h))));
    const generic = genericMentions(sentence, own, home, named);
    // `adopted a Joint Statement on the Alpha Economy`: the capitalised head read as a bare name gives way to the statement named by its topic.
    const outgrown = (n: SentenceHit): boolean => n.kind === 'joint_statement' && generic.some((h) => h.kind === n.kind && h.start === n.start && h.end > n.end);
    const kept = named.filter((n) => !outgrown(n));
    const found = [...kept.filter((h) => !inside(h)), ...generic.filter((h) => !kept.some((n) => h.start >= n.start && h.start < n.end))];
    const hits = bySignatories([...found, ...signedAmendments(sentence.text, found), ...definedAcronyms(sentence.text, drafts, found)], sentence, own, orgs);
    if (hits.length === 0) continue;
    const status = statusOf(sentence.text);
    const twoSides = TWO_SIDES.test(sentence.text);
    let day: string | null | undefined;
    for (const hit of hits.sort((a, b) => a.start - b.start)) {
      let draft = drafts.find((d) => sameAgreement(d, hit));
      draft ??= withSidesLeftOut(drafts, hit);
      if (hit.headOnly) draft ??= drafts.find((d) => d.kind === hit.kind && (d.name.endsWith(hit.name) || formalHead(d.name).endsWith(hit.name)));
      if (hit.bare) {
        // `the FTA` stands for the one FTA whose name says FTA, not for RCEP.
        const spelling = BARE_SPELLINGS.get(hit.name);
        const ofKind = drafts.filter((d) => d.kind === hit.kind && (!spelling || [d.name, ...d.aliases].some((n) => spelling.test(n))));
        if (!draft && ofKind.length === 1) draft = ofKind[0];
        if (!draft) continue;
      }
      if (!draft) {
        draft = { name: hit.name, aliases: new Set(), kind: hit.kind, status: 'mentioned', parties: new Set(), mentions: [], counted: hit.counted === true, tallied: hit.tallied === true, unnamed: hit.unnamed === true, reported: hit.reported === true, date: null };
        drafts.push(draft);
      }
      if (!hit.counted) draft.counted = false;
      if (!hit.tallied) draft.tallied = false;
      if (!hit.unnamed) draft.unnamed = false;
      if (!hit.reported) draft.reported = false;
      for (const n of [hit.name, ...hit.aliases]) draft.aliases.add(n);
      if (hit.name.length > draft.name.length && !hit.bare && !hit.headOnly) draft.name = hit.name;
      for (const p of hit.parties) draft.parties.add(p);
      if (twoSides && !hit.repeat) draft.twoSides = true;
      if (renewedAt(sentence.text, hit.start)) draft.renewed = true;
      // Words beside a name (`ratification of the X`) outrank sentence-wide cues; among either, the strongest holds.
      const local = hit.stated ?? localStatus(sentence.text, hit.start, hit.end, hit.kind);
      // A day of entry into force announced is `signed`, unless that day is the release's own or the next.
      const own = local === 'signed' && entersOnReleaseEve(sentence.text, releaseDate) ? 'in_force' : local;
      if (own && !draft.statedOnce) {
        draft.status = own;
        draft.statedOnce = true;
      } else if (own && STATUS_RANK.indexOf(own) > STATUS_RANK.indexOf(draft.status)) draft.status = own;
      else if (!draft.statedOnce && !hit.repeat && STATUS_RANK.indexOf(status) > STATUS_RANK.indexOf(draft.status)) draft.status = status;
      // The first sentence that gives a day of signing or entry into force dates it; read once per sentence.
      if (draft.date === null && !hit.bare) draft.date = day === undefined ? (day = agreementDateIn(sentence.text, releaseDate)) : day;
      // A recurring acronym tells the status only: its sentence's countries are not the parties.
      if (!hit.repeat) draft.mentions.push({ text: sentence.text.slice(hit.start, hit.end), start: sentence.start + hit.start, end: sentence.start + hit.end, sentenceIndex: sentence.index });
    }
  }
  // `signed two MOUs … signed the MOU on X … the MOU on Y`: the count is of the MOUs named.
  const namesMous = drafts.some((d) => d.kind === 'MOU' && !d.counted);
  // `signed two MOUs on November 18 … the MOU on X`: the MOUs named were signed on the day counted.
  const countedDay = namesMous ? (drafts.find((d) => d.counted && d.date !== null)?.date ?? null) : null;
  for (const d of drafts) if (countedDay && d.kind === 'MOU' && !d.counted && d.date === null && (d.status === 'signed' || d.status === 'mentioned')) d.date = countedDay;
  // `signed three MOUs … The MOU on X sets up …`: a document named after a batch signing, with no
  // word of its own stage, is one of the batch (trade agreements and statements keep their own reading).
  const batch = batchSigningAt(text.sentences);
  if (batch !== null) {
    for (const d of drafts) if (d.status === 'mentioned' && !d.statedOnce && !BATCH_EXEMPT.has(d.kind) && (d.mentions[0]?.sentenceIndex ?? -1) >= batch) d.status = 'signed';
  }
  const kept = mergeBareKinds(mergeUnnamed(mergeUnnamed(drafts.filter((d) => !(d.counted && namesMous) && !d.tallied), 'MOU'), 'joint_statement'));
  nameStatements(kept, text.sentences);
  nameFromTitle(kept, title);
  return kept.filter((d) => !onlyReported(d)).map((d) => ({
    name: d.name.replace(/[.,;:]+$/, ''),
    aliases: [...new Set([...d.aliases, ...spelledOut(d)].map((a) => a.replace(/[.,;:]+$/, '')))].filter((a) => a !== d.name.replace(/[.,;:]+$/, '')).sort(),
    kind: kindByTopic(d.name, d.kind),
    status: standingStatus(d, home, releaseDate),
    parties: [...d.parties].sort(),
    date: d.date,
    mentions: d.mentions,
    ...(d.twoSides ? { twoSides: true } : {}),
  }));
}
