// @ts-check
/**
 * How each kind of node looks. A node's class comes from its label and, for organisations, its
 * kind: a ministry (government) reads differently from a company or an association. The legend and
 * the Cytoscape stylesheet are both built from this one table.
 */
/**
 * @typedef {'person' | 'government' | 'company' | 'organization' | 'country' | 'agreement' | 'event' | 'document'} NodeClass
 * @typedef {{ cls: NodeClass, name: string, color: string, shape: import('cytoscape').Css.NodeShape }} ClassInfo
 */

/** @type {readonly ClassInfo[]} */
export const NODE_CLASSES = [
  { cls: 'person', name: 'Person', color: '#2f6fdf', shape: 'ellipse' },
  { cls: 'government', name: 'Government body', color: '#138a6a', shape: 'round-rectangle' },
  { cls: 'company', name: 'Company', color: '#d95f02', shape: 'rectangle' },
  { cls: 'organization', name: 'Other organisation', color: '#7570b3', shape: 'barrel' },
  { cls: 'country', name: 'Country', color: '#c0392b', shape: 'diamond' },
  { cls: 'agreement', name: 'Agreement', color: '#a67c00', shape: 'round-tag' },
  { cls: 'event', name: 'Event (meeting)', color: '#4d9221', shape: 'round-pentagon' },
  { cls: 'document', name: 'Document', color: '#6f6f6f', shape: 'rectangle' },
];

/** @type {ReadonlyMap<string, ClassInfo>} */
const BY_CLASS = new Map(NODE_CLASSES.map((entry) => [entry.cls, entry]));
const OTHER = /** @type {ClassInfo} */ (BY_CLASS.get('organization'));

/** @type {ReadonlyMap<string, NodeClass>} the labels drawn by label alone */
const BY_LABEL = new Map([
  ['Person', 'person'],
  ['Country', 'country'],
  ['Agreement', 'agreement'],
  ['Event', 'event'],
  ['Document', 'document'],
]);

/**
 * `Organization` + `government` → `government`; `Person` → `person`; unknown labels → `organization`.
 * @param {string | null | undefined} label
 * @param {unknown} [kind]
 * @returns {NodeClass}
 */
export function nodeClass(label, kind) {
  if (label === 'Organization') {
    if (kind === 'government' || kind === 'company') return kind;
    return 'organization';
  }
  return (label && BY_LABEL.get(label)) || 'organization';
}

/**
 * The display entry (name, colour, shape) of a class; an unknown class reads as another organisation.
 * @param {string} cls
 * @returns {ClassInfo}
 */
export function classInfo(cls) {
  return BY_CLASS.get(cls) ?? OTHER;
}

/**
 * The Cytoscape stylesheet: shape and colour per class, edge labels where the eye is, states.
 * `labelScale()` is how much larger than their base size node labels are drawn (graph-view.js
 * grows them as the drawing is zoomed out, so they stay readable on screen); read on each style
 * update.
 * @param {{ labelScale?: () => number }} [options]
 * @returns {import('cytoscape').StylesheetJson}
 */
export function graphStyle({ labelScale = () => 1 } = {}) {
  /** @param {number} base */
  const scaled = (base) => /** @type {any} */ (() => base * labelScale());
  /** @param {number} base */
  const scaledPx = (base) => /** @type {any} */ (() => `${base * labelScale()}px`);
  return [
    {
      selector: 'node',
      style: {
        label: 'data(short)',
        'font-size': scaled(11),
        'text-valign': 'bottom',
        'text-margin-y': scaled(3),
        'text-wrap': 'ellipsis',
        'text-max-width': scaledPx(150),
        // Labels vanish when zoomed out this far (shown again as zoom allows); overlapping ones are
        // hidden by graph-view.js's placeLabels, the full name is on hover.
        'min-zoomed-font-size': 8,
        color: '#1d2430',
        'text-outline-color': '#ffffff',
        'text-outline-width': scaled(2),
        width: 26,
        height: 26,
        'border-width': 1,
        'border-color': '#ffffff',
      },
    },
    ...NODE_CLASSES.map(({ cls, color, shape }) => ({
      selector: `node.${cls}`,
      style: { 'background-color': color, shape },
    })),
    { selector: 'node.root', style: { width: 40, height: 40, 'font-weight': 'bold', 'font-size': scaled(13) } },
    { selector: 'node.expanded', style: { 'border-width': 3, 'border-color': '#1d2430', 'border-style': 'double' } },
    { selector: 'node.pinned', style: { 'border-width': 3, 'border-color': '#000000', 'border-style': 'dashed' } },
    { selector: 'node:selected', style: { 'underlay-color': '#ffb000', 'underlay-opacity': 0.55, 'underlay-padding': 7, 'underlay-shape': 'ellipse' } },
    {
      selector: 'edge',
      style: {
        width: 'mapData(count, 1, 10, 1.2, 5)',
        'line-color': '#9aa5b1',
        'target-arrow-color': '#9aa5b1',
        'target-arrow-shape': 'triangle',
        'arrow-scale': 0.8,
        'curve-style': 'bezier',
        'font-size': 7,
        'min-zoomed-font-size': 8,
        color: '#6b7583',
        'text-rotation': 'autorotate',
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.8,
      },
    },
    { selector: 'edge[type = "MET"]', style: { 'target-arrow-shape': 'none', 'line-color': '#2f6fdf', opacity: 0.8 } },
    { selector: 'edge[type = "MENTIONS"]', style: { 'line-style': 'dotted' } },
    { selector: 'edge:selected', style: { 'line-color': '#ffb000', 'target-arrow-color': '#ffb000', width: 5 } },
    // Edge labels only where the eye is: a selected edge, a path's hops, the one under the pointer.
    { selector: 'edge:selected, edge.on-path, edge.hovered', style: { label: 'data(type)' } },
    { selector: 'node.label-hidden', style: { label: '' } },
    { selector: 'node.label-hidden.hovered, node.label-hidden:selected', style: { label: 'data(short)', 'z-index': 20 } },
    { selector: '.filtered', style: { display: 'none' } },
    { selector: '.faded', style: { opacity: 0.15 } },
    { selector: 'node.on-path', style: { 'border-color': '#e4002b', 'border-width': 4, 'border-style': 'solid', opacity: 1, 'z-index': 10 } },
    { selector: 'edge.on-path', style: { 'line-color': '#e4002b', 'target-arrow-color': '#e4002b', width: 5, opacity: 1, 'z-index': 10 } },
  ];
}
