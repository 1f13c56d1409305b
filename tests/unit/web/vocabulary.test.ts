import { describe, expect, it } from 'vitest';
import { NODE_LABELS, RELATIONSHIP_TYPES } from '../../../src/domain/labels.js';
import * as vocabulary from '../../../web/js/vocabulary.js';

describe("the viewer's copy of the graph vocabulary", () => {
  it('offers a filter for every node label, and only those', () => {
    expect([...vocabulary.NODE_LABELS].sort()).toEqual([...NODE_LABELS].sort());
  });

  it('offers a filter for every relationship type, and only those', () => {
    expect([...vocabulary.RELATIONSHIP_TYPES].sort()).toEqual([...RELATIONSHIP_TYPES].sort());
  });
});
