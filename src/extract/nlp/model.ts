import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

type Nlp = ReturnType<typeof winkNLP>;
type WinkModel = typeof model;
/** The part of the decoded model read here: its lower-case vocabulary and how many words are the model's own. */
interface DecodedModel {
  readonly features: { readonly lexeme: { readonly hash: Readonly<Record<string, number>>; readonly intrinsicSize: number } };
}

let instance: Nlp | null = null;
let decoded: DecodedModel | null = null;

/**
 * The model, decoded once: wink-nlp decodes it on load, and the vocabulary test below reads the same
 * decoded model instead of paying the ~130 ms decode twice.
 */
const sharedModel: WinkModel = {
  ...model,
  core: () => {
    decoded ??= (model.core as () => DecodedModel)();
    return decoded;
  },
} as WinkModel;

/**
 * The wink-nlp pipeline, loaded on first use: reading the model takes ~100 ms and a few MB, so
 * importing extract/ must not pay for it. Only sentence boundaries and POS tags are asked for.
 */
export function nlp(): Nlp {
  instance ??= winkNLP(sharedModel, ['sbd', 'pos']);
  return instance;
}

/**
 * Whether the model's English vocabulary holds this lower-case word (`oil`, `shell`, `target`):
 * its vocabulary is everyday English, few proper names. Words the pipeline met later, outside that
 * vocabulary, are numbered past its own size, so they do not count.
 */
export function isEnglishWord(lowerCase: string): boolean {
  nlp();
  const lexeme = decoded!.features.lexeme;
  const index = Object.hasOwn(lexeme.hash, lowerCase) ? lexeme.hash[lowerCase]! : undefined;
  return index !== undefined && index < lexeme.intrinsicSize;
}
