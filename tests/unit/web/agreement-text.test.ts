import { describe, expect, it } from 'vitest';
import { LIFECYCLE_STAGES } from '../../../src/query/shapes/agreement-lifecycle.js';
import { datedText, STAGE_NAMES } from '../../../web/js/panels/agreement-text.js';

describe('the agreement panel', () => {
  it('names every stage the API can answer, and no other', () => {
    expect(Object.keys(STAGE_NAMES).sort()).toEqual([...LIFECYCLE_STAGES].sort());
    for (const name of Object.values(STAGE_NAMES)) expect(name.length).toBeGreaterThan(0);
  });

  it.each([
    ['2025-09-30', 'stated', '2025-09-30 (the day the release gives)'],
    ['2025-12-01', 'event', '2025-12-01 (the date of the event)'],
    ['2025-12-11', 'release', '2025-12-11 (the release date)'],
    ['2025-12-11', null, '2025-12-11'],
    [null, null, 'undated'],
  ] as const)('writes %s dated by %s as “%s”', (date, basis, text) => {
    expect(datedText(date, basis)).toBe(text);
  });
});
