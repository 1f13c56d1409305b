import type { Extraction } from '../domain/index.js';

/**
 * The same extraction with each evidence sentence re-cut from the document body it quotes. An
 * extraction that crossed from a worker thread carries its own copy of every sentence; cut from the
 * body (which the pipeline keeps anyway) the strings share its memory instead, about a sixth of an
 * extraction's heap. A sentence that is not where it says in the body is left as it is.
 */
export function shareSentences(extraction: Extraction, body: string): Extraction {
  return {
    ...extraction,
    relations: extraction.relations.map((relation) => {
      const { sentence, sentenceStart } = relation.evidence;
      if (!body.startsWith(sentence, sentenceStart)) return relation;
      return { ...relation, evidence: { ...relation.evidence, sentence: body.slice(sentenceStart, sentenceStart + sentence.length) } };
    }),
  };
}
