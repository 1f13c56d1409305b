import { describe, expect, it } from 'vitest';
import type { Link } from '../../../src/dedupe/link.js';
import { groupRecords, type GroupJudge } from '../../../src/dedupe/record-groups.js';

const exact: Link = { reason: 'exact', similarity: 1 };
const near: Link = { reason: 'near-duplicate', similarity: 0.9 };
/** Record 0 is the fullest; every pair is the same article unless listed in `apart`. */
const judge = (apart: string[] = []): GroupJudge => ({ fuller: (a, b) => Math.min(a, b), sameArticle: (a, b) => !apart.includes(`${Math.min(a, b)}-${Math.max(a, b)}`) });
const d = '2025-11-20';

describe('groupRecords', () => {
  it.each<[string, (string | null)[], Array<[number, number, Link]>, string[], Array<[number[], string | null]>]>([
    ['leaves unlinked records alone', [d, d], [], [], [[[0], null], [[1], null]]],
    ['names a group by its weakest link', [d, d, d], [[0, 1, exact], [1, 2, near]], [], [[[0, 1, 2], 'near-duplicate']]],
    ['refuses a link joining two dates through an undated record', [d, null, '2025-12-01'], [[0, 1, exact], [1, 2, exact]], [], [[[0, 1], 'exact'], [[2], null]]],
    ['refuses a link when the groups’ fullest records are different articles', [d, d, d], [[0, 2, exact], [1, 2, near]], ['0-1'], [[[0, 2], 'exact'], [[1], null]]],
    ['applies strong links first, so a weak one cannot claim a record first', [d, d, d], [[1, 2, near], [0, 2, exact]], ['0-1'], [[[0, 2], 'exact'], [[1], null]]],
  ])('%s', (_name, dates, links, apart, expected) => {
    expect(groupRecords(dates, links, judge(apart)).map((g) => [g.members, g.reason])).toEqual(expected);
  });
});
