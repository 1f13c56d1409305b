import { describe, expect, it } from 'vitest';
import { dedupe } from '../../../src/dedupe/index.js';
import { DEFAULT_DEDUPE_OPTIONS } from '../../../src/domain/index.js';
import { BODY_A, BODY_B, raw } from './raw-document.js';

/** Text neither body holds, as long as BODY_B. */
const BODY_C =
  'Officials from both sides also agreed to hold the next round of talks in the spring, to set up a working group on digital trade rules, ' +
  'and to invite business associations to a forum on investment in green hydrogen, offshore wind and shipbuilding later in the year.';

/** The same words with every third one changed: no 5-gram of the original is left. */
const reworded = (text: string): string => text.split(' ').map((w, i) => (i % 3 === 0 ? `${w}s` : w)).join(' ');

/** Two reports of one meeting under other titles on one day: a third of each is the same text. */
const first = raw({ title: 'Minister Reviews the FTA in Brussels', body: `${BODY_A} ${BODY_B} ${BODY_C}` });
const second = raw({ title: 'FTA Review Covers Steel and Chips', body: `${BODY_A} ${reworded(BODY_B)} ${reworded(BODY_C)}` });

describe('dedupe options', () => {
  it('keeps records apart whose overlap is under the default near-duplicate threshold', () => {
    expect(dedupe([first, second]).documents).toHaveLength(2);
  });

  it('merges them under a lower nearDuplicate: candidate pairs follow the threshold, not a fixed share', () => {
    const result = dedupe([first, second], { ...DEFAULT_DEDUPE_OPTIONS, nearDuplicate: 0.25 });
    expect(result.documents).toHaveLength(1);
    expect(result.report.merged[0]?.reason).toBe('near-duplicate');
  });
});
