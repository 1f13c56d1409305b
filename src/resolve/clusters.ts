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
 *
 * The sets are held by position: a parent per item in one typed array, and a member list only for
 * a set that was asked for or joined. Held as tables keyed by ref, with a list per item, they were
 * two entries and a list for every local entity of the corpus (persons and organisations are
 * hundreds of thousands at 1000x), all made at once and kept to the end of the pass.
 */
export class Clusters<E extends LocalEntity> {
  private readonly items: LocalItem<E>[] = [];
  private readonly positionOf = new Map<string, number>();
  private readonly parent: Int32Array;
  /** A set's members, kept at its root's position once asked for; a list only grows at its end. */
  private readonly members: (LocalItem<E>[] | undefined)[];
  private readonly reasons: MergeReason[] = [];
  private readonly apart: KeptApart[] = [];

  constructor(items: readonly LocalItem<E>[]) {
    for (const item of items) {
      const seen = this.positionOf.get(item.ref);
      // A ref given twice is one item, the last given.
      if (seen !== undefined) this.items[seen] = item;
      else {
        this.positionOf.set(item.ref, this.items.length);
        this.items.push(item);
      }
    }
    this.parent = new Int32Array(this.items.length);
    for (let i = 0; i < this.parent.length; i += 1) this.parent[i] = i;
    this.members = new Array<LocalItem<E>[] | undefined>(this.items.length);
  }

  find(ref: string): string {
    const position = this.positionOf.get(ref);
    return position === undefined ? ref : this.items[this.rootOf(position)]!.ref;
  }

  membersOf(ref: string): readonly LocalItem<E>[] {
    const position = this.positionOf.get(ref);
    return position === undefined ? [] : this.listOf(this.rootOf(position));
  }

  /** Joins the sets of `left` and `right` unless `guard` objects; returns whether they are one set now. */
  union(left: string, right: string, rule: MergeRule, detail: string, guard?: MergeGuard<E>): boolean {
    const a = this.rootOf(this.positionAt(left));
    const b = this.rootOf(this.positionAt(right));
    if (a === b) return true;
    const objection = guard?.(this.listOf(a), this.listOf(b));
    if (objection) {
      this.keepApart(right, `not merged with ${left}: ${objection}`);
      return false;
    }
    const [root, child] = this.items[a]!.ref < this.items[b]!.ref ? [a, b] : [b, a];
    this.parent[child] = root;
    const into = this.listOf(root);
    const from = this.members[child];
    if (from) for (const item of from) into.push(item);
    else into.push(this.items[child]!);
    this.members[child] = undefined;
    this.reasons.push({ rule, left, right, detail });
    return true;
  }

  keepApart(local: string, detail: string): void {
    this.apart.push({ local, detail });
  }

  /** Every set, its members sorted by ref, sets ordered by their root. */
  groups(): LocalItem<E>[][] {
    const roots: number[] = [];
    for (let i = 0; i < this.parent.length; i += 1) if (this.parent[i] === i) roots.push(i);
    const refOf = (i: number) => this.items[i]!.ref;
    return roots
      .sort((x, y) => byRef(refOf(x), refOf(y)))
      .map((root) => {
        const members = this.members[root];
        return members ? [...members].sort((x, y) => byRef(x.ref, y.ref)) : [this.items[root]!];
      });
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

  private positionAt(ref: string): number {
    const position = this.positionOf.get(ref);
    // A pass joins only the items it clustered: any other ref is a mistake in the pass.
    if (position === undefined) throw new RangeError(`Clusters: expecting the ref of a clustered item, instead found ${ref}`);
    return position;
  }

  /** The root of the set at `position`, paths compressed on the way. */
  private rootOf(position: number): number {
    let root = position;
    while (this.parent[root] !== root) root = this.parent[root]!;
    let node = position;
    while (node !== root) {
      const next = this.parent[node]!;
      this.parent[node] = root;
      node = next;
    }
    return root;
  }

  /** The member list of the root at `position`, made when first needed. */
  private listOf(root: number): LocalItem<E>[] {
    let list = this.members[root];
    if (!list) this.members[root] = list = [this.items[root]!];
    return list;
  }
}

function byRef(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
