import { describe, expect, it } from 'vitest';
import { kindByTopic } from '../../../../src/extract/agreements/kind-by-topic.js';
import { KINDS_BY_TOPIC } from '../../../../src/extract/lexicons/agreements.js';

// Each row of KINDS_BY_TOPIC is a phrasing: its example gets its kind, its neighbours do not.
describe('an agreement’s kind from its topic', () => {
  it.each(KINDS_BY_TOPIC.map((k) => [k.example, k.kind] as const))('%s → %s', (name, kind) => {
    expect(kindByTopic(name, 'other')).toBe(kind);
  });

  it.each(KINDS_BY_TOPIC.flatMap((k) => k.mustNot.map((n) => [n, k.kind] as const)))('must not: %s → %s', (name, kind) => {
    expect(kindByTopic(name, 'other')).not.toBe(kind);
  });

  it.each(['agreement exempting holders of diplomatic and official passports', 'agreement on mutual visa waiver', 'Alpha–Beta Investment Promotion and Protection Agreement'])('reads a treaty between states in other wordings: %s', (name) => {
    expect(kindByTopic(name, 'other')).toBe('treaty');
  });

  it.each(['General Agreement on Tariffs and Trade', 'General Agreement on Trade in Services'])('reads a General Agreement of the WTO as a treaty: %s', (name) => {
    expect(kindByTopic(name, 'other')).toBe('treaty');
  });

  it('leaves a kind the head gave', () => {
    expect(kindByTopic('Memorandum of Understanding on Trade in Services', 'MOU')).toBe('MOU');
  });
});
