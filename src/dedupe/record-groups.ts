import type { MergeReason } from './dedupe-result.js';
import type { Link } from './link.js';

const REASON_STRENGTH: Record<MergeReason, number> = { exact: 0, 'same-title-date': 1, 'near-duplicate': 2 };

/** A set of records judged to be one article, with the weakest link that joined it. */
export interface RecordGroup {
  /** Input indices, ascending. */
  readonly members: number[];
  /** null for a group of one record. */
  readonly reason: MergeReason | null;
}

/** How a group is represented when two groups meet: its fullest record, and whether two such records are one article. */
export interface GroupJudge {
  /** The fuller of two records (input indices). */
  readonly fuller: (a: number, b: number) => number;
  /** True when two records may be one article. */
  readonly sameArticle: (a: number, b: number) => boolean;
}

/**
 * Union-find over records. Links are applied strongest first. A link is refused when it would put
 * two different dates in one group, or when the fullest records of the two groups are not
 * themselves the same article: a short fragment ("The Ministry … announced that it will") is
 * contained in many bodies and must not chain them together.
 */
export function groupRecords(dates: readonly (string | null)[], links: ReadonlyArray<readonly [number, number, Link]>, judge: GroupJudge): RecordGroup[] {
  const parent = dates.map((_, i) => i);
  const groupDate = [...dates];
  const fullest = dates.map((_, i) => i);
  const reason = new Map<number, MergeReason>();
  const root = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]!]!;
      i = parent[i]!;
    }
    return i;
  };
  const ordered = [...links].sort((x, y) => REASON_STRENGTH[x[2].reason] - REASON_STRENGTH[y[2].reason] || y[2].similarity - x[2].similarity || x[0] - y[0] || x[1] - y[1]);
  for (const [a, b, link] of ordered) {
    const [ra, rb] = [root(a), root(b)];
    if (ra === rb) continue;
    const [da, db] = [groupDate[ra]!, groupDate[rb]!];
    if (da !== null && db !== null && da !== db) continue;
    const [fa, fb] = [fullest[ra]!, fullest[rb]!];
    if (!(fa === a && fb === b) && !(fa === b && fb === a) && !judge.sameArticle(fa, fb)) continue;
    const [keep, drop] = ra < rb ? [ra, rb] : [rb, ra];
    parent[drop] = keep;
    groupDate[keep] = da ?? db;
    fullest[keep] = judge.fuller(fa, fb);
    const reasons = [link.reason, reason.get(ra), reason.get(rb)].filter((r): r is MergeReason => r !== undefined);
    reason.set(keep, reasons.reduce(weaker));
  }
  const members = new Map<number, number[]>();
  dates.forEach((_, i) => {
    const r = root(i);
    const list = members.get(r);
    if (list) list.push(i);
    else members.set(r, [i]);
  });
  return [...members.entries()].map(([r, list]) => ({ members: list, reason: list.length > 1 ? reason.get(r)! : null }));
}

function weaker(a: MergeReason, b: MergeReason): MergeReason {
  return REASON_STRENGTH[b] > REASON_STRENGTH[a] ? b : a;
}
