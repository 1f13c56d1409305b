// @ts-check
/**
 * Which nodes are hubs to hide. A hub is a node mentioned in a large share of the documents (the
 * home country, the home ministry): drawn, it ties everything to everything. The rule is a
 * document-count threshold (`?hubs=N`; `0` turns it off; absent = automatic), plus nodes hidden by
 * name (`?hide=`) and hubs the user chose to show anyway (`?show=`). Ends of the view (the entity
 * opened, the ends of a path) are never hidden.
 */

/** Share of all documents above which a node counts as a hub when no threshold is given. */
export const AUTO_HUB_SHARE = 0.75;
/** The automatic threshold never drops below this many documents (tiny corpora have no hubs). */
export const MIN_HUB_DOCS = 3;

/**
 * @typedef {object} HubRule
 * @property {number} threshold documents mentioning a node from which it is a hub; 0 = no threshold
 * @property {readonly string[]} hide ids hidden by name whatever their count
 * @property {readonly string[]} show ids shown whatever their count
 */

/**
 * The automatic threshold for a corpus of `documents` documents.
 * @param {number | null | undefined} documents
 * @param {number} [share]
 * @returns {number}
 */
export function autoHubThreshold(documents, share = AUTO_HUB_SHARE) {
  if (!documents || documents <= 0) return 0;
  return Math.max(MIN_HUB_DOCS, Math.ceil(documents * share));
}

/**
 * The rule a state asks for: `hubs` is the threshold as text (absent or not a number = automatic).
 * @param {{ hubs?: string, hide?: readonly string[], show?: readonly string[] }} state
 * @param {number | null | undefined} documents how many documents the store holds
 * @returns {HubRule}
 */
export function hubRule(state, documents) {
  const given = state.hubs === undefined || state.hubs === '' ? NaN : Number(state.hubs);
  const threshold = Number.isInteger(given) && given >= 0 ? given : autoHubThreshold(documents);
  return { threshold, hide: state.hide ?? [], show: state.show ?? [] };
}

/**
 * @typedef {{ id: string, name?: string, docCount?: unknown }} HubCandidate
 */

/**
 * The nodes among `nodes` the rule hides, busiest first (ties by name): named ones, and those
 * mentioned in at least `threshold` documents, except `keep` (view ends) and `rule.show`.
 * @param {readonly HubCandidate[]} nodes
 * @param {HubRule} rule
 * @param {readonly string[]} [keep]
 * @returns {HubCandidate[]}
 */
export function hiddenHubs(nodes, rule, keep = []) {
  const kept = new Set([...keep, ...rule.show]);
  const named = new Set(rule.hide);
  /** @param {HubCandidate} n */
  const docs = (n) => (typeof n.docCount === 'number' ? n.docCount : 0);
  return nodes
    .filter((n) => !kept.has(n.id) && (named.has(n.id) || (rule.threshold > 0 && docs(n) >= rule.threshold)))
    .sort((a, b) => docs(b) - docs(a) || String(a.name ?? a.id).localeCompare(String(b.name ?? b.id)));
}

/**
 * Adds `id` to a list once (`?hide=`, `?show=`), returning a new list.
 * @param {readonly string[] | undefined} list
 * @param {string} id
 * @returns {string[]}
 */
export const withId = (list, id) => [...new Set([...(list ?? []), id])];

/**
 * `list` without `id`, or undefined when nothing is left (so the URL drops the key).
 * @param {readonly string[] | undefined} list
 * @param {string} id
 * @returns {string[] | undefined}
 */
export function withoutId(list, id) {
  const rest = (list ?? []).filter((x) => x !== id);
  return rest.length ? rest : undefined;
}

/**
 * The paths that avoid every hidden node (their ends aside), in their order.
 * @template {{ nodes: readonly { id: string }[] }} P
 * @param {readonly P[]} paths
 * @param {ReadonlySet<string>} hidden
 * @returns {P[]}
 */
export function pathsAvoiding(paths, hidden) {
  return paths.filter((path) => path.nodes.slice(1, -1).every((n) => !hidden.has(n.id)));
}
