import { AGREEMENT_ACRONYMS, SPELLED_KINDS } from '../lexicons/agreements.js';
import { CALENDAR_WORDS } from '../lexicons/events.js';
import { INTERNATIONAL_ORGS } from '../lexicons/international-orgs.js';

export const DASH = '[-‐‑–—]';
export const WORD = "[\\p{Lu}\\d][\\p{L}\\d.’'&‐‑–—-]*";
export const COMPOUND = `[\\p{Lu}][\\p{L}.]*(?:${DASH}[\\p{Lu}][\\p{L}.]*)+`;
/** `Korea–New Zealand`, `Korea–El Salvador`: a side of two capitalised words. */
export const COMPOUND_WIDE = `[\\p{Lu}][\\p{L}.]*(?:${DASH}[\\p{Lu}][\\p{L}.]*(?:\\s+[\\p{Lu}][\\p{Ll}]+)?)+`;
/**
 * `The MOU on battery recycling cooperation sets up …`, `The MOU on customs data aims to …`: what a
 * document does, its verb after the topic when it is the sentence's subject.
 */
export const DOCUMENT_VERB = /^(?:aims|allows|calls|commits|covers|creates|enables|establishes|expands|foresees|gives|lays|lets|outlines|paves|promotes|provides|seeks|sets|strengthens|upgrades)$/;
export const TOPIC_STOP = new RegExp(
  `^(?:at|by|with|which|that|worth|under|during|from|between|among|to|as|was|were|is|are|will|would|while|who|and|of|in|into|for|the|on)$|${DOCUMENT_VERB.source}`,
);
/**
 * `on joint research and ask for …`, `an MOU on strategic investment and issue a joint fact sheet`:
 * after `and`, a verb starts the sentence's next clause, not the topic's next word.
 */
export const VERB_AFTER_AND =
  /^(?:ask|asks|asked|call|calls|called|discuss|discussed|agree|agrees|agreed|hold|held|visit|visited|meet|met|sign|signed|seek|sought|urge|urged|invite|invited|attend|attended|review|reviewed|welcome|welcomed|pledge|pledged|say|said|issue|issued|adopt|adopted|approve|approved|announce|announced|will|is|are|was|were)$/;
export const TOPIC_CONNECTOR = /^(?:and|of|in|into|for|the|on)$/;
const TOPIC = `(?:on|to|for|regarding)\\s+(?:the\\s+)?(?:${WORD}(?:,?\\s+(?:and\\s+|of\\s+|the\\s+|for\\s+|on\\s+|in\\s+|an?\\s+)*${WORD})*)`;
// `EPA` is inside `CEPA`.
export const mayHaveAcronym = (text: string): boolean => text.includes('FTA') || text.includes('EPA') || text.includes('MO') || text.includes('Mo');
export const MAY_HAVE_MOU = /mou|memorand/i;
export const MOU_WORD = /\b(?:MOU|MoU)\b/g;
/** Acronyms that are bodies, groups or kinds, never an agreement of their own. */
export const NOT_AGREEMENT_ACRONYMS: ReadonlySet<string> = new Set([...INTERNATIONAL_ORGS.keys(), ...AGREEMENT_ACRONYMS.keys(), 'CEO']);
export const MOU_TOPIC = new RegExp(`^\\s*(?:\\((?:MOU|MoU)\\)\\s*)?(${TOPIC}(?:\\s+\\([\\p{Lu}]+\\)(?:\\s+${WORD})*)?)`, 'u');

/** `on September 30` after an MOU dates it; it is no topic. */
export const startsWithDate = (topic: string): boolean => CALENDAR_WORDS.test(topic.split(/\s+/)[1] ?? '');
export const SPELLED_ACRONYM: ReadonlyMap<string, string> = new Map(SPELLED_KINDS);

/** `signed a joint declaration on the X in the presence of President Y`: who watched ends a topic. */
export const PRESENCE = /\s+in\s+the\s+presence\s+of\b.*$/s;
