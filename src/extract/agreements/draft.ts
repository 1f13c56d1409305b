import type { AgreementKind, AgreementStatus, Mention } from '../../domain/index.js';
import { fold } from '../fold.js';
import { countryShortName } from '../lexicons/countries.js';
import { kindByTopic } from './kind-by-topic.js';
import { boundByStages } from './stage-bounds.js';
import { stageOnDate, unknownBeforeLastEntry } from './stage-on-date.js';
import type { SentenceHit } from './sentence-hit.js';

export const STATUS_RANK: readonly AgreementStatus[] = ['mentioned', 'planned', 'negotiating', 'signed', 'in_force'];
/** An agreement being gathered from a document's hits, sentence by sentence. */
export interface Draft {
  name: string;
  aliases: Set<string>;
  kind: AgreementKind;
  status: AgreementStatus;
  parties: Set<string>;
  mentions: Mention[];
  /** Only ever read from a count of MOUs (`signed two MOUs`), never by a name. */
  counted: boolean;
  /** Only ever read from a count of documents with no purpose (`signed 20 MOUs, 16 of them economic`). */
  tallied: boolean;
  /** Only ever read from an MOU with no name (`signed an MOU with …`). */
  unnamed: boolean;
  /** Only ever reported (`issued a joint statement`), never said to be signed or adopted. */
  reported?: boolean;
  /** A mention's own words (`ratification of the X`) gave the status: sentence cues no longer change it. */
  statedOnce?: boolean;
  date: string | null;
  twoSides?: boolean;
  /** Named as a new text of itself (`signed the upgraded X`): its stage is not the first text's. */
  renewed?: boolean;
}
/**
 * `KORES signed an MOU with the Alphanian state company … Under the MOU on a lithium battery
 * business, …`: an MOU the release reports without a name, where it names exactly one MOU by its
 * topic, is that MOU (one draft, the unnamed form an alias, the parties joined). So is a bare
 * `joint statement` where the release names one joint statement by its topic or purpose.
 */
export function mergeUnnamed(drafts: Draft[], kind: 'MOU' | 'joint_statement'): Draft[] {
  const named = drafts.filter((d) => d.kind === kind && !d.unnamed && !d.counted);
  const unnamed = drafts.filter((d) => d.kind === kind && d.unnamed);
  if (named.length !== 1 || unnamed.length === 0) return drafts;
  const [into] = named as [Draft];
  for (const d of unnamed) {
    into.aliases.add(d.name);
    for (const p of d.parties) into.parties.add(p);
    into.mentions.push(...d.mentions);
    if (STATUS_RANK.indexOf(d.status) > STATUS_RANK.indexOf(into.status)) into.status = d.status;
    into.date ??= d.date;
    if (d.twoSides) into.twoSides = true;
  }
  into.mentions.sort((a, b) => a.start - b.start);
  return drafts.filter((d) => !unnamed.includes(d));
}
/** `MOU on lithium refining` is also written `memorandum of understanding on lithium refining`. */
export const spelledOut = (d: Draft): string[] =>
  [d.name, ...d.aliases].flatMap((n) => {
    const topic = /^(?:MOU|MoU)\s+(on|to|for)\s+(.+)$/.exec(n);
    return topic ? [`memorandum of understanding ${topic[1]!} ${topic[2]!}`] : [];
  });
const TRADE_KINDS: ReadonlySet<AgreementKind> = new Set(['FTA', 'CEPA', 'EPA']);

/**
 * `becoming Korea's second FTA in the region after the Alpha–Beta FTA`, `tariffs removed under the
 * Alpha–Beta FTA`: a trade agreement a release names in passing, with no word of talks, signing
 * or plans, is one in force; releases tell of the others' stage. Words beside it that say it is
 * only talked of (`not yet signed a X`, `Korea's interest in the X`) keep it `mentioned`. One of the
 * home country's own takes the stage it had on the release's day. An MOU read as in force is signed.
 */
export function standingStatus(d: Draft, home: string | null = null, releaseDate: string | null = null): AgreementStatus {
  // `The meeting was convened under the MOU on Alpha cooperation that the two ministries
  // signed in July`: an MOU records intentions and binds no one, so it is signed, never in force
  // (no set annotates one `in_force`; 247 are `signed`), whatever words of use stand beside it.
  if (d.kind === 'MOU' && d.status === 'in_force') return 'signed';
  // An agreement the table knows by name has the stage the table gives it, whatever kind it was read as.
  if (!TRADE_KINDS.has(d.kind)) return d.status === 'mentioned' && !d.statedOnce ? (stageOnDate([d.name, ...d.aliases], [], home, releaseDate) ?? d.status) : d.status;
  if (d.status !== 'mentioned') return boundByStages(d.status, [d.name, ...d.aliases], [...d.parties], home, releaseDate, { renewed: d.renewed === true, stated: d.statedOnce === true });
  if (d.statedOnce) return d.status;
  // `the Korea–China FTA` named in passing in 2013 was still under negotiation: the home country's
  // agreements have known stages; any other is taken as in force.
  // A bilateral one the table should know and does not was not in force: only named.
  const names = [d.name, ...d.aliases];
  return stageOnDate(names, [...d.parties], home, releaseDate) ?? (unknownBeforeLastEntry(names, [...d.parties], home, releaseDate) ? 'mentioned' : 'in_force');
}
/** Same agreement: the same folded name or alias, or the same kind between the same parties (`Korea–UAE CEPA`). */
export const KIND_WORDS = new Set(['mou', 'memorandum of understanding', 'fta', 'cepa', 'epa', 'joint statement', 'agreement']);

/** `KORUS` for Korea and the U.S.: an acronym made of the starts of its two sides' names, in either order. */
export function acronymOfSides(acronym: string, parties: readonly string[]): boolean {
  if (parties.length !== 2) return false;
  const [a, b] = parties.map((p) => countryShortName(p).replace(/[^\p{L}]/gu, '').toUpperCase()) as [string, string];
  const joins = (x: string, y: string): boolean => {
    for (let i = 1; i < acronym.length; i++) if (x.startsWith(acronym.slice(0, i)) && y.startsWith(acronym.slice(i))) return true;
    return false;
  };
  return joins(a, b) || joins(b, a);
}
/** `KORUS FTA` and a `Korea–U.S. FTA` of the same kind: the acronym spells the other's sides. */
const ACRONYM_NAME = /^([A-Z]{4,7})\s+(?:FTA|CEPA|EPA)$/;
function spellsSides(named: { readonly kind: AgreementKind; readonly names: readonly string[] }, sided: { readonly kind: AgreementKind; readonly parties: readonly string[] }): boolean {
  if (named.kind !== sided.kind) return false;
  return named.names.some((n) => {
    const m = ACRONYM_NAME.exec(n);
    return m !== null && acronymOfSides(m[1]!, sided.parties);
  });
}

export function sameAgreement(draft: Draft, hit: SentenceHit): boolean {
  // `MOU` alone names every MOU: two MOUs are the same only by a distinctive name.
  const distinctive = (n: string): boolean => !KIND_WORDS.has(fold(n));
  const names = new Set([draft.name, ...draft.aliases].filter(distinctive).map(fold));
  if ([hit.name, ...hit.aliases].filter(distinctive).some((n) => names.has(fold(n)))) return true;
  if (spellsSides({ kind: hit.kind, names: [hit.name, ...hit.aliases] }, { kind: draft.kind, parties: [...draft.parties] })) return true;
  if (spellsSides({ kind: draft.kind, names: [draft.name, ...draft.aliases] }, { kind: hit.kind, parties: hit.parties })) return true;
  if (hit.parties.length < 2 || draft.parties.size !== hit.parties.length) return false;
  // `the Alphania–Betania Strategic Economic Cooperation Agreement` and `a free trade agreement
  // with Betania`: a head that says only `agreement` has the kind its topic gives.
  if (draft.kind !== hit.kind && kindByTopic(draft.name, draft.kind) !== kindByTopic(hit.name, hit.kind)) return false;
  return draft.kind !== 'MOU' && hit.parties.every((p) => draft.parties.has(p));
}
