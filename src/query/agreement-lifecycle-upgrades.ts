import type { GraphStore, NodeRecord } from '../domain/index.js';
import { keptUntilLoad } from './derived.js';

/**
 * Which agreement upgrades which, read from their names: resolution keeps an upgrade ("Korea–ASEAN
 * FTA Upgrade Protocol") apart from the agreement it changes, and no relation joins them. An
 * agreement whose name says upgrade, amendment, protocol or second stage upgrades the one agreement
 * of the same parties whose every name word is among the rest of its name. None or several such
 * agreements: no link (the upgrade is its own lifecycle).
 */

const UPGRADE_WORD = /\b(upgrad\w*|amend\w*|protocols?|second[- ]stage|2nd[- ]stage)\b/iu;
const UPGRADE_WORDS = new RegExp(UPGRADE_WORD.source, 'giu');

/** Words that do not tell agreements apart: "Protocol to Amend the Korea–Chile FTA". */
const FILLER = new Set(['the', 'of', 'to', 'on', 'for', 'and', 'between', 'a', 'an', 'agreement', 'stage']);

/** Upgrade id → the id of the agreement it upgrades. */
export interface UpgradeLinks {
  readonly upgradeOf: ReadonlyMap<string, string>;
  readonly upgrades: ReadonlyMap<string, readonly string[]>;
}

/**
 * The links among every agreement of the store, kept until the next load on either backend (as the
 * search indexes are): on Neo4j, reading every agreement per question would cost a round trip of
 * thousands of nodes at 100x for a link that only a load changes.
 */
export function upgradeLinks(store: GraphStore): Promise<UpgradeLinks> {
  return keptUntilLoad(store, 'agreement-upgrades', async () => linkUpgrades(await store.listNodes(['Agreement'])));
}

/** The links among these agreements (sorted by id, as stores list them). */
export function linkUpgrades(agreements: readonly NodeRecord[]): UpgradeLinks {
  const upgradeOf = new Map<string, string>();
  const upgrades = new Map<string, string[]>();
  const bases = agreements.filter((a) => !isUpgradeName(a.attributes.name));
  for (const agreement of agreements) {
    if (!isUpgradeName(agreement.attributes.name)) continue;
    const rest = new Set(words(agreement.attributes.name.replace(UPGRADE_WORDS, ' ')));
    const parties = partiesOf(agreement);
    const candidates = bases.filter((base) => {
      if (partiesOf(base) !== parties) return false;
      return namesOf(base).some((name) => {
        const own = words(name);
        return own.length > 0 && own.every((w) => rest.has(w));
      });
    });
    const base = candidates.length === 1 ? candidates[0] : undefined;
    if (!base) continue;
    upgradeOf.set(agreement.id, base.id);
    const list = upgrades.get(base.id);
    if (list) list.push(agreement.id);
    else upgrades.set(base.id, [agreement.id]);
  }
  return { upgradeOf, upgrades };
}

function isUpgradeName(name: string): boolean {
  return UPGRADE_WORD.test(name);
}

function namesOf(node: NodeRecord): string[] {
  return [node.attributes.name, ...(node.attributes.aliases ?? [])];
}

function partiesOf(node: NodeRecord): string {
  return [...(node.attributes.parties ?? [])].sort().join(',');
}

/** Lower-case words without accents or filler: `Korea–U.S. FTA` → korea, u, s, fta. */
function words(name: string): string[] {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0 && !FILLER.has(w));
}
