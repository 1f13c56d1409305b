import type { OrgTable } from './org-table.js';

/**
 * Lower-case particles that join the words of a Romance-language name: `Petróleos de Velmar`,
 * `Congolaise des Forages`, `Servicios Navales de la Armada`, `Velmar y Minera`.
 */
export const NAME_PARTICLES: ReadonlySet<string> = new Set(['de', 'des', 'del', 'della', 'di', 'du', 'da', 'do', 'dos', 'das', 'y', 'la', 'las', 'los']);

/**
 * A particle (or two: `de la`) then capitalised words, right after a mention; the run ends at a
 * bracket, a comma, a lower-case word or the sentence's end.
 */
const PARTICLE_TAIL = /^(?:\s+(?:de|des|del|della|di|du|da|do|dos|das|y|la|las|los)){1,2}(?:\s+\p{Lu}[\p{L}\d&’'-]*)+(?=\s*[(),.;:]|\s+\p{Ll}|\s*$)/u;

/**
 * A company's name cut at a particle (`Petróleos` of `Petróleos de Velmar (PDVL)`) is the whole
 * name: the finders that read a name off its context stop at the first lower-case word, so the
 * mention that the full name follows gives the entry its name. Government bodies are left alone
 * (`Ministry of …` takes its complement with English linkers).
 */
export function joinParticleNames(table: OrgTable, body: string): void {
  for (const entry of table.entries) {
    if (entry.kind !== 'company') continue;
    for (let i = 0; i < entry.mentions.length; i += 1) {
      const m = entry.mentions[i]!;
      if (m.text !== entry.name) continue;
      const tail = PARTICLE_TAIL.exec(body.slice(m.end, m.end + 80));
      if (!tail) continue;
      const end = m.end + tail[0].length;
      const name = body.slice(m.start, end).replace(/\s+/g, ' ');
      entry.mentions[i] = { ...m, text: name, end };
      table.rename(entry, name, false);
      // `Petróleos de Velmar (PDVL)`: the bracket after the whole name is its short form.
      const short = /^\s*\((\p{Lu}[\p{L}\d-]*)\)/u.exec(body.slice(end, end + 24))?.[1];
      if (short) {
        const other = table.find(short);
        if (other && other !== entry) table.merge(other, entry);
        else if (!other) table.setAcronym(entry, short);
      }
      break;
    }
  }
}
