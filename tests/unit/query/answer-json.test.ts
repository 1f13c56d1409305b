import { describe, expect, it } from 'vitest';
import { answerJson, withJsonText, withKeptJsonText } from '../../../src/query/answer-json.js';

// A writer that marks its output, so a test can tell it was used instead of JSON.stringify.
const marked = (answer: { n: number }): string => `{"n":${answer.n},"by":"writer"}`;

describe('answerJson', () => {
  it('serialises an answer with no writer as JSON.stringify does', () => {
    expect(answerJson({ n: 1, list: ['a'] })).toBe('{"n":1,"list":["a"]}');
  });

  it('writes an answer by the writer registered for it, and only for that object', () => {
    const answer = withJsonText({ n: 2 }, marked);
    expect(answerJson(answer)).toBe('{"n":2,"by":"writer"}');
    expect(answerJson({ n: 2 })).toBe('{"n":2}');
  });

  it('registers the writer for answers of the embedded store only: Neo4j answers have no kept texts', () => {
    expect(answerJson(withKeptJsonText('embedded', { n: 3 }, marked))).toBe('{"n":3,"by":"writer"}');
    expect(answerJson(withKeptJsonText('neo4j', { n: 3 }, marked))).toBe('{"n":3}');
  });
});
