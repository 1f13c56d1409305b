import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Issue 11: "no seed or holdout person, company or agreement name appears in extraction code or
 * lexicons". The extractor must work from the language of press releases (titles, forms, verbs),
 * so a name from any annotated set — even as an example in a comment — is a sign of tuning to
 * that set. Examples in the extractor use invented names.
 */
const ROOT = join(import.meta.dirname, '../../..');
const TITLE_LED = /^(?:Minister|Vice|President|Director|Ambassador|Chairman|Chairwoman|CEO|Secretary|Mr|Mrs|Ms|Dr|Prime|Deputy|Chief|Commissioner|Governor|Mayor|King|Queen|Prince|Princess|Crown|Sheikh|Dato)\b/;

interface GoldArticle {
  readonly persons?: readonly { readonly name: string; readonly aliases?: readonly string[] }[];
  readonly organizations?: readonly { readonly name: string; readonly kind?: string }[];
  readonly agreements?: readonly { readonly name: string }[];
}

/** Case, accents and punctuation folded, words separated by one space, padded for whole-phrase search. */
function folded(text: string): string {
  return ` ${text.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z0-9]+/g, ' ').trim()} `;
}

/**
 * A source with its regular-expression escapes for spaces and boundaries (`\\s+`, `\\b`) turned into
 * spaces: `Investment\\s+Facilitation` spells a name as surely as the words themselves do, and folding
 * alone would leave an `s` between them.
 */
function withoutRegexEscapes(source: string): string {
  return source.replace(/\\[sSbBdDwW](?:[+*?]|\{\d*,?\d*\})?/g, ' ');
}

function goldFiles(): string[] {
  const sets = JSON.parse(readFileSync(join(ROOT, 'eval/sets.json'), 'utf8')) as { gold: string }[];
  return sets.map((set) => join(ROOT, set.gold));
}

/** The distinctive names of every annotated set: people's full names, companies, descriptive agreement names. */
function annotatedNames(): Map<string, string> {
  const names = new Map<string, string>();
  for (const file of goldFiles()) {
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const article = JSON.parse(line) as GoldArticle;
      for (const person of article.persons ?? []) {
        for (const name of [person.name, ...(person.aliases ?? [])]) {
          // An alias that is a title with its article (`the President`) names no one.
          if (name.trim().split(/\s+/).length >= 2 && !TITLE_LED.test(name.replace(/^the\s+/i, ''))) names.set(folded(name), `person "${name}"`);
        }
      }
      for (const org of article.organizations ?? []) {
        if (org.kind === 'company' && folded(org.name).trim().length >= 4) names.set(folded(org.name), `company "${org.name}"`);
      }
      for (const agreement of article.agreements ?? []) {
        if (agreement.name.trim().split(/\s+/).length >= 4) names.set(folded(agreement.name), `agreement "${agreement.name}"`);
      }
    }
  }
  return names;
}

function extractionSources(folder = join(ROOT, 'src/extract')): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? extractionSources(join(folder, entry.name)) : entry.name.endsWith('.ts') ? [join(folder, entry.name)] : [],
  );
}

describe('the extractor names no one from the annotated sets', () => {
  const names = annotatedNames();

  it('reads names from every annotated set', () => {
    expect(goldFiles().length).toBeGreaterThanOrEqual(8);
    expect(names.size).toBeGreaterThan(500);
  });

  it('reads a name written as a pattern (`Alpha\\s+Beta\\b`) as the words it spells', () => {
    expect(folded(withoutRegexEscapes(String.raw`name: /^(?:Velmar\s+Coastal(?:\s+Trade)?\s*Pact)\b/`))).toContain(' velmar coastal trade pact ');
  });

  it('has no annotated person, company or descriptive agreement name in src/extract, comments included', () => {
    const found: string[] = [];
    for (const file of extractionSources()) {
      const text = folded(withoutRegexEscapes(readFileSync(file, 'utf8')));
      for (const [name, what] of names) if (text.includes(name)) found.push(`${what} in ${file.slice(ROOT.length + 1)}`);
    }
    expect(found).toEqual([]);
  });
});
