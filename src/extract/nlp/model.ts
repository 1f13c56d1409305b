import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

type Nlp = ReturnType<typeof winkNLP>;

let instance: Nlp | null = null;

/**
 * The wink-nlp pipeline, loaded on first use: reading the model takes ~100 ms and a few MB, so
 * importing extract/ must not pay for it. Only sentence boundaries and POS tags are asked for.
 */
export function nlp(): Nlp {
  instance ??= winkNLP(model, ['sbd', 'pos']);
  return instance;
}
