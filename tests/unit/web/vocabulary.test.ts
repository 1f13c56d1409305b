import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { NODE_LABELS, RELATIONSHIP_TYPES } from '../../../src/domain/index.js';
import { VOCABULARY_FILE, vocabularySource } from '../../../scripts/generate-vocabulary.js';
import * as vocabulary from '../../../web/js/vocabulary.js';

describe("the viewer's graph vocabulary (web/js/vocabulary.js)", () => {
  it('is the file scripts/generate-vocabulary.ts makes from src/domain, unedited (run npm run generate:vocabulary)', () => {
    expect(readFileSync(VOCABULARY_FILE, 'utf8')).toBe(vocabularySource());
  });

  it('offers a filter for every node label, in the order of src/domain', () => {
    expect(vocabulary.NODE_LABELS).toEqual(NODE_LABELS);
  });

  it('offers a filter for every relationship type, in the order of src/domain', () => {
    expect(vocabulary.RELATIONSHIP_TYPES).toEqual(RELATIONSHIP_TYPES);
  });
});
