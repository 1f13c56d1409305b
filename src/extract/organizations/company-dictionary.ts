import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { TradegraphError } from '../../domain/index.js';
import { fold } from '../fold.js';

/** The company-name dictionary could not be found or read (a broken install). */
export class CompanyDictionaryError extends TradegraphError {
  constructor(path: string, cause: unknown) {
    super('COMPANY_DICTIONARY_UNREADABLE', `cannot read the company-name dictionary at ${path}`, { cause });
  }
}

/** One dictionary entry as the list spells it: `Velmora`, `QRTX`. */
export interface CompanyEntry {
  readonly spelling: string;
  /** `AAPL`, `IBM`: written in capitals only, so a text must write it so too. */
  readonly allCaps: boolean;
}

/**
 * The maintained list of company names from `@cspell/dict-companies` (one name a line, no spaces;
 * `#` lines are cspell directives). The package exports only its cspell-ext.json, so the list is
 * found beside it.
 */
export function companyDictionaryPath(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve('@cspell/dict-companies')), 'dict', 'companies.txt');
}

/** Reads a list in the dictionary's format into entries keyed by their folded name. */
export function parseCompanyList(text: string): Map<string, CompanyEntry> {
  const entries = new Map<string, CompanyEntry>();
  for (const line of text.split(/\r?\n/)) {
    const spelling = line.trim();
    if (spelling === '' || spelling.startsWith('#')) continue;
    const key = fold(spelling);
    // `Shell` and `SHELL`: the mixed-case spelling wins, so a capitalised word may match it.
    const allCaps = !/\p{Ll}/u.test(spelling);
    const known = entries.get(key);
    if (!known || (known.allCaps && !allCaps)) entries.set(key, { spelling, allCaps });
  }
  return entries;
}

/**
 * The capitalised forms a text may write an entry in, each to its entry: the spelling itself, its
 * capitals-only form (`VELMORA` for `Velmora`) and its form without accents. A word of a text is
 * looked up as written, one Map hit, without folding it; an entry in capitals only (a ticker)
 * matches only itself.
 */
export function capitalisedForms(entries: ReadonlyMap<string, CompanyEntry>): Map<string, CompanyEntry> {
  const forms = new Map<string, CompanyEntry>();
  for (const entry of entries.values()) {
    const plain = entry.spelling.normalize('NFKD').replace(/\p{M}+/gu, '');
    for (const form of [entry.spelling, entry.spelling.toUpperCase(), plain, plain.toUpperCase()]) {
      if (/^[\p{Lu}\d]/u.test(form) && !forms.has(form)) forms.set(form, entry);
    }
  }
  return forms;
}

let loaded: Map<string, CompanyEntry> | null = null;
let loadedForms: Map<string, CompanyEntry> | null = null;

/** The installed dictionary's capitalised forms (see capitalisedForms), built once on first use. */
export function companyForms(): ReadonlyMap<string, CompanyEntry> {
  loadedForms ??= capitalisedForms(companyDictionary());
  return loadedForms;
}

/**
 * The dictionary, read once on first use (never at import, so a build that finds no candidate
 * never reads it). Lookups are Map hits on a word's folded text.
 */
export function companyDictionary(): ReadonlyMap<string, CompanyEntry> {
  loaded ??= readCompanyDictionary(companyDictionaryPath());
  return loaded;
}

/** Reads the list at `path`; a missing or unreadable file is a CompanyDictionaryError. */
export function readCompanyDictionary(path: string): Map<string, CompanyEntry> {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (cause) {
    throw new CompanyDictionaryError(path, cause);
  }
  return parseCompanyList(text);
}
