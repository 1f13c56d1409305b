import type { CoveredOffsets, Word } from '../words.js';
import type { OrgTable } from './org-table.js';
import { endsPersonName } from './company-stems.js';

/**
 * A company found once by its context (`the national atomic company Boreatom`, `CEO of Acme`)
 * is named again without that context (`Boreatom chairman …`, `Acme's plant`): every later
 * occurrence of its whole name, outside bodies and countries already named, is a mention of it.
 * Names are keyed by their first word, so each word of the text costs one lookup.
 */
export function addRepeatedMentions(table: OrgTable, sentences: readonly (readonly Word[])[], covered: CoveredOffsets, from: number): void {
  const byFirst = new Map<string, { entry: (typeof table.entries)[number]; parts: string[] }[]>();
  for (const entry of table.entries.slice(from)) {
    const parts = entry.name.split(' ');
    byFirst.set(parts[0]!, [...(byFirst.get(parts[0]!) ?? []), { entry, parts }]);
  }
  if (byFirst.size === 0) return;
  for (const words of sentences) {
    words.forEach((w, i) => {
      const candidates = byFirst.get(w.text);
      // `Jean-Luc Garnier` is a person even where a list read `Garnier` as a company.
      if (!candidates || covered.has(w.start) || endsPersonName(words, i)) return;
      for (const { entry, parts } of candidates) {
        if (!parts.every((p, k) => words[i + k]?.text === p)) continue;
        const last = words[i + parts.length - 1]!;
        if (entry.mentions.some((m) => m.start === w.start)) return;
        table.add({ name: entry.name, start: w.start, end: last.end, sentenceIndex: w.sentenceIndex, kind: entry.kind, acronym: null }, entry.name);
        return;
      }
    });
  }
}
