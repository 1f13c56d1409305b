import type { LocalEntity, KeptApart, MergeReason, MergeRule } from '../domain/index.js';

/** One local entity with the document facts resolution needs. */
export interface LocalItem<E extends LocalEntity = LocalEntity> {
  /** `docId/localId`. */
  readonly ref: string;
  readonly docId: string;
  readonly date: string | null;
  readonly entity: E;
}

/** A refusal to merge two clusters, given as the reason it would be wrong. */
export type MergeGuard<E extends LocalEntity> = (
  left: readonly LocalItem<E>[],
  right: readonly LocalItem<E>[],
) => string | null;

/**
 * Disjoint sets of local entities that records why each pair of sets was joined. Roots are the
 * smallest ref so that the outcome does not depend on the order of unions.
 */
export class Clusters<E extends LocalEntity> {
  private readonly parent = new Map<string, string>();
  private readonly members = new Map<string, LocalItem<E>[]>();
  private readonly reasons: MergeReason[] = [];
  private readonly apart: KeptApart[] = [];

  constructor(items: readonly LocalItem<E>[]) {
    for (const item of items) {
      this.parent.set(item.ref, item.ref);
      this.members.set(item.ref, [item]);
    }
  }

  find(ref: string): string {
    let root = ref;
    while (this.parent.get(root) !== root) root = this.parent.get(root) ?? root;
    let node = ref;
    while (node !== root) {
      const next = this.parent.get(node) ?? root;
      this.parent.set(node, root);
      node = next;
    }
    return root;
  }

  membersOf(ref: string): readonly LocalItem<E>[] {
    return this.members.get(this.find(ref)) ?? [];
  }

  /** Joins the sets of `left` and `right` unless `guard` objects; returns whether they are one set now. */
  union(left: string, right: string, rule: MergeRule, detail: string, guard?: MergeGuard<E>): boolean {
    const a = this.find(left);
    const b = this.find(right);
    if (a === b) return true;
    const objection = guard?.(this.membersOf(a), this.membersOf(b));
    if (objection) {
      this.keepApart(right, `not merged with ${left}: ${objection}`);
      return false;
    }
    const [root, child] = a < b ? [a, b] : [b, a];
    this.parent.set(child, root);
    const into = this.members.get(root) ?? [];
    for (const item of this.members.get(child) ?? []) into.push(item);
    this.members.set(root, into);
    this.members.delete(child);
    this.reasons.push({ rule, left, right, detail });
    return true;
  }

  keepApart(local: string, detail: string): void {
    this.apart.push({ local, detail });
  }

  /** Every set, its members sorted by ref, sets ordered by their root. */
  groups(): LocalItem<E>[][] {
    return [...this.members.entries()]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([, items]) => [...items].sort((x, y) => (x.ref < y.ref ? -1 : x.ref > y.ref ? 1 : 0)));
  }

  /** Merge reasons and refusals per set root. */
  decisions(): Map<string, { merges: MergeReason[]; keptApart: KeptApart[] }> {
    const byRoot = new Map<string, { merges: MergeReason[]; keptApart: KeptApart[] }>();
    const entry = (ref: string) => {
      const root = this.find(ref);
      let found = byRoot.get(root);
      if (!found) byRoot.set(root, (found = { merges: [], keptApart: [] }));
      return found;
    };
    for (const reason of this.reasons) entry(reason.left).merges.push(reason);
    for (const kept of this.apart) entry(kept.local).keptApart.push(kept);
    return byRoot;
  }
}
