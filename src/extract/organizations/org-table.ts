import { fold } from '../fold.js';
import { type Mention, type OrganizationKind } from '../../domain/index.js';
import type { OrgCandidate } from './candidate.js';

/** One body being assembled: its names and every span that names it. */
export interface OrgEntry {
  name: string;
  kind: OrganizationKind;
  acronym: string | null;
  readonly aliases: Set<string>;
  readonly mentions: Mention[];
  /** The country its context implies when its name and neighbours say none (a foreign signing partner). */
  impliedCountry?: string;
}

/**
 * The document's bodies keyed by every folded form they go by, so a later `KOSA` or
 * `Korea Software Industry Association` lands on the same entry.
 */
export class OrgTable {
  private readonly byForm = new Map<string, OrgEntry>();
  readonly entries: OrgEntry[] = [];

  find(form: string): OrgEntry | undefined {
    return this.byForm.get(fold(form));
  }

  add(candidate: OrgCandidate, text: string): OrgEntry {
    const mention: Mention = { text, start: candidate.start, end: candidate.end, sentenceIndex: candidate.sentenceIndex };
    const existing = this.find(candidate.name) ?? (candidate.acronym ? this.find(candidate.acronym) : undefined);
    if (existing) {
      existing.mentions.push(mention);
      for (const form of [candidate.name, text]) if (form !== existing.name) existing.aliases.add(form);
      if (candidate.acronym && !existing.acronym) this.setAcronym(existing, candidate.acronym);
      return existing;
    }
    const aliases = new Set(text !== candidate.name ? [text] : []);
    const entry: OrgEntry = { name: candidate.name, kind: candidate.kind, acronym: null, aliases, mentions: [mention] };
    this.entries.push(entry);
    this.byForm.set(fold(candidate.name), entry);
    if (candidate.acronym) this.setAcronym(entry, candidate.acronym);
    return entry;
  }

  setAcronym(entry: OrgEntry, acronym: string): void {
    entry.acronym = acronym;
    entry.aliases.add(acronym);
    this.byForm.set(fold(acronym), entry);
  }

  /**
   * Gives an entry known by its acronym alone (`MOTIE`) its full name; the acronym becomes an
   * alias. Without `keepOld`, the old name was a cut-short reading and is dropped as a name.
   */
  rename(entry: OrgEntry, name: string, keepOld = true): void {
    const old = entry.name;
    entry.name = name;
    this.byForm.set(fold(name), entry);
    if (keepOld) this.setAcronym(entry, old);
    else if (this.byForm.get(fold(old)) === entry) this.byForm.delete(fold(old));
  }

  /** Merges `from` into `into`: its names become aliases, its mentions join. */
  merge(from: OrgEntry, into: OrgEntry): void {
    into.aliases.add(from.name);
    for (const alias of from.aliases) into.aliases.add(alias);
    into.mentions.push(...from.mentions);
    if (from.acronym && !into.acronym) into.acronym = from.acronym;
    this.entries.splice(this.entries.indexOf(from), 1);
    for (const [form, entry] of this.byForm) if (entry === from) this.byForm.set(form, into);
  }
}
