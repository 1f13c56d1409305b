import type { Sentence } from '../analysed-text.js';
import type { OrganizationFinding } from '../findings.js';
import type { CountryMention } from '../passes/countries.js';
import { type BodySpan, mouSignatories, signatoryNames } from './company-signatories.js';
import type { SentenceHit } from './sentence-hit.js';

/** `MOU on grid maintenance` signed by ZHP and Gridwell is also the `ZHP–Gridwell MOU on grid maintenance`. */
const MOU_TOPIC_NAME = /^(?:MOU|MoU|memorandum of understanding)\s+((?:on|to|for)\s+.+)$/i;

/**
 * `ZHP signed a memorandum of understanding with Gridwell`: an MOU signed between bodies (companies,
 * agencies, councils) is also known by their names (`ZHP–Gridwell MOU`); one the release gives no
 * name is called so, unless a side is a government body (then the countries' name stays).
 */
export function bySignatories(hits: SentenceHit[], sentence: Sentence, countries: readonly CountryMention[], orgs: readonly OrganizationFinding[]): SentenceHit[] {
  if (!sentence.text.includes('signed') || !hits.some((h) => h.kind === 'MOU' && !h.counted)) return hits;
  const end = sentence.start + sentence.text.length;
  const bodies: BodySpan[] = orgs.flatMap((o) =>
    o.mentions
      .filter((m) => m.start >= sentence.start && m.end <= end)
      .map((m) => ({ start: m.start - sentence.start, end: m.end - sentence.start, acronym: o.acronym, government: o.kind === 'government' })),
  );
  const isCountry = (from: number, to: number): boolean => countries.some((c) => c.start - sentence.start <= from && c.end - sentence.start >= to);
  const sides = mouSignatories(sentence.text, bodies, isCountry);
  if (sides === null) return hits;
  const names = signatoryNames(sides);
  const pair = names[0]!;
  // `A and B signed an MOU with C on X, and D signed an MOU with E on Y`: the signers read are the
  // first MOU's; the next MOU of the sentence is another document, whoever signed it.
  const first = hits.filter((h) => h.kind === 'MOU' && !h.counted).reduce((a, b) => (b.start < a.start ? b : a));
  return hits.map((h) => {
    if (h !== first) return h;
    const topic = MOU_TOPIC_NAME.exec(h.name);
    const aliases = [...h.aliases, ...names, ...(topic ? [`${pair} ${topic[1]!}`] : [])];
    if (h.unnamed && !sides.some((s) => s.government)) return { ...h, name: pair, aliases: [...aliases, h.name] };
    return { ...h, aliases };
  });
}
