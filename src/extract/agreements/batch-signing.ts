import type { Sentence } from '../analysed-text.js';

/**
 * `signed three memorandums of understanding`, `signed agreements with …` (a count or none), `witnessed the signing of seven documents`,
 * `exchanged a total of 12 agreements`: a signing of several documents counted, which the release
 * may go on to name one by one (`The documents are …`, `The MOU on X sets up …`).
 */
const BATCH_SIGNED = new RegExp(
  String.raw`\b(?:sign(?:ed|s)|witness(?:ed|es)\s+the\s+signing\s+of|exchanged)\s+(?:a\s+total\s+of\s+)?` +
    String.raw`(?:(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|\d{1,3})\s+(?:[a-z-]+\s+){0,2})?` +
    String.raw`(?:documents|MOUs|MoUs|memorand(?:a|ums)(?:\s+of\s+understanding)?|agreements|arrangements)\b`,
);

/** The index of the first sentence that reports a batch of documents signed, or null. */
export function batchSigningAt(sentences: readonly Sentence[]): number | null {
  return sentences.find((s) => BATCH_SIGNED.test(s.text))?.index ?? null;
}
