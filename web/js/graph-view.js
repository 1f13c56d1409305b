// @ts-check
/**
 * The Cytoscape seam: the only module that talks to cytoscape and its fcose layout. It draws API
 * elements, remembers which node's expansion added which elements (so a collapse removes exactly
 * those), pins, highlights paths and hides what the filters exclude.
 */
import { edgeKept, nodeKept } from './filter-rules.js';
import { graphStyle, nodeClass } from './graph-style.js';
import { labelsToHide } from './label-placement.js';
import { labelScale, shortLabel } from './label-text.js';

/**
 * @typedef {import('cytoscape').Core} Core
 * @typedef {import('cytoscape').Collection} Collection
 * @typedef {import('cytoscape').ElementDefinition} ElementDefinition
 * @typedef {import('cytoscape').Position} Position
 * @typedef {import('../../src/query/types.js').Elements} Elements
 * @typedef {Elements['nodes'][number]['data']} NodeData
 * @typedef {Elements['edges'][number]['data']} EdgeData
 * @typedef {import('./filter-rules.js').Filter & { hide?: ReadonlySet<string> }} Filter what the filters keep, and `hide`: hub ids to hide
 */

/**
 * What the drawing reports: taps by element id, and hover with the element's data (null when
 * the pointer leaves) at its rendered position.
 * @typedef {object} GraphEvents
 * @property {(id: string) => void} [nodeTap]
 * @property {(id: string) => void} [nodeDoubleTap]
 * @property {(id: string) => void} [edgeTap]
 * @property {(data: NodeData | EdgeData | null, position?: Position) => void} [hover]
 * @property {() => void} [backgroundTap]
 */

const cytoscape = globalThis.cytoscape;
if (globalThis.cytoscapeFcose) cytoscape.use(globalThis.cytoscapeFcose);

/**
 * Cytoscape element JSON for one API node (`{ data }`), with its style class.
 * @param {Elements['nodes'][number]} element
 * @returns {ElementDefinition}
 */
function nodeToCy(element) {
  return { group: 'nodes', data: { ...element.data, short: shortLabel(element.data.name) }, classes: nodeClass(element.data.label, element.data.kind) };
}

/**
 * Cytoscape element JSON for one API edge.
 * @param {Elements['edges'][number]} element
 * @returns {ElementDefinition}
 */
function edgeToCy(element) {
  return { group: 'edges', data: { ...element.data } };
}

/**
 * Fits `eles` in the viewport by their node boxes alone: measuring every label (Cytoscape's own
 * fit) costs a quarter second on 2,000 elements. A handful of nodes is not blown up past 1.3×.
 */
/**
 * @param {Core} cy
 * @param {Collection} eles
 * @param {number} [padding]
 */
function fitView(cy, eles, padding = 50) {
  const box = eles.nodes().boundingBox({ includeLabels: false, includeOverlays: false });
  const w = Math.max(box.w, 1);
  const h = Math.max(box.h, 1);
  const zoom = Math.min(1.3, Math.max(cy.minZoom(), Math.min((cy.width() - 2 * padding) / w, (cy.height() - 2 * padding) / h)));
  cy.viewport({
    zoom,
    pan: { x: cy.width() / 2 - zoom * (box.x1 + w / 2), y: cy.height() / 2 - zoom * (box.y1 + h / 2) },
  });
}

/**
 * Creates the graph view in `container`. `on` receives `nodeTap(id)`, `nodeDoubleTap(id)`,
 * `edgeTap(id)`, `hover(element | null, renderedPosition)`, `backgroundTap()`.
 * @param {HTMLElement} container
 * @param {GraphEvents} [on]
 */
export function createGraphView(container, on = {}) {
  /** Node labels are drawn this many times their base size (label-text.js's labelScale of the zoom). */
  let scale = 1;
  const cy = cytoscape({
    container,
    style: graphStyle({ labelScale: () => scale }),
    minZoom: 0.05,
    maxZoom: 4,
    boxSelectionEnabled: false,
  });
  /** @type {Map<string, string[]>} expanded node id → ids of the elements its expansion added */
  const added = new Map();
  /** @type {import('cytoscape').Layouts | null} */
  let layoutRun = null;

  cy.on('tap', 'node', (event) => on.nodeTap?.(event.target.id()));
  cy.on('dbltap', 'node', (event) => on.nodeDoubleTap?.(event.target.id()));
  cy.on('tap', 'edge', (event) => on.edgeTap?.(event.target.id()));
  cy.on('tap', (event) => {
    if (event.target === cy) on.backgroundTap?.();
  });
  cy.on('mouseover', 'node, edge', (event) => {
    event.target.addClass('hovered');
    on.hover?.(event.target.data(), event.renderedPosition);
  });
  cy.on('mouseout', 'node, edge', (event) => {
    event.target.removeClass('hovered');
    on.hover?.(null);
  });
  cy.on('pan zoom', () => on.hover?.(null));
  // Zoomed out, labels grow to stay readable and fewer fit; zoomed in, more show. Settle first.
  /** @type {ReturnType<typeof setTimeout> | undefined} */
  let zoomTimer;
  cy.on('zoom', () => {
    clearTimeout(zoomTimer);
    zoomTimer = setTimeout(() => rescaleLabels(), 120);
  });
  // The canvas shrinks when the side panel opens; Cytoscape must be told or clicks land off-target.
  // Keep the same point in the middle so the drawing does not slide under the panel. Also run
  // before each layout: the observer may fire only after a fast layout has fitted the old size.
  let size = { w: container.clientWidth, h: container.clientHeight };
  function syncSize() {
    const next = { w: container.clientWidth, h: container.clientHeight };
    if (next.w === size.w && next.h === size.h) return;
    cy.resize();
    cy.panBy({ x: (next.w - size.w) / 2, y: (next.h - size.h) / 2 });
    size = next;
  }
  new ResizeObserver(syncSize).observe(container);

  /**
   * Runs fcose over what is visible; resolves on layoutstop. Pinned nodes keep their place.
   * @param {{ randomize?: boolean }} [options]
   * @returns {Promise<void>}
   */
  function layout({ randomize = true } = {}) {
    layoutRun?.stop();
    syncSize();
    const eles = cy.elements().not('.filtered');
    if (eles.nodes().length === 0) return Promise.resolve();
    const fixed = eles.nodes('.pinned').map((n) => ({ nodeId: n.id(), position: { ...n.position() } }));
    const big = eles.length > 600;
    performance.mark('viewer:layoutstart', { detail: { elements: eles.length } });
    /** fcose's options (its package ships no types); cose reads the ones it knows. */
    const options = /** @type {import('cytoscape').LayoutOptions} */ ({
      name: globalThis.cytoscapeFcose ? 'fcose' : 'cose',
      quality: big ? 'draft' : 'default',
      randomize,
      animate: !big && !randomize,
      animationDuration: 350,
      fit: false,
      nodeRepulsion: () => 6500,
      idealEdgeLength: () => 90,
      nodeSeparation: 80,
      numIter: big ? 1200 : 2500,
      fixedNodeConstraint: fixed.length > 0 ? fixed : undefined,
    });
    const run = eles.layout(options);
    layoutRun = run;
    const done = run.promiseOn('layoutstop');
    run.run();
    return done.then(() => {
      fitView(cy, eles);
      clearTimeout(zoomTimer);
      rescaleLabels();
      // The browser benchmark and tests read this mark: time from navigation to a laid-out graph.
      performance.mark('viewer:layoutstop', { detail: { elements: eles.length } });
      cy.emit('viewer:laidout');
    });
  }

  /** @param {string} id */
  const byId = (id) => cy.getElementById(id);

  /**
   * Hides the labels that would overlap a more important one (label-placement.js): the view's
   * ends, the selection and a path's nodes first, then the nodes mentioned in most documents.
   * Measured with every label on, in model coordinates, so it holds at any zoom.
   */
  function rescaleLabels() {
    const next = labelScale(cy.zoom());
    if (Math.abs(next - scale) / scale > 0.02) {
      scale = next;
      cy.style().update();
    }
    placeLabels();
  }

  function placeLabels() {
    const nodes = cy.nodes().not('.filtered');
    cy.nodes().removeClass('label-hidden');
    /** @type {import('./label-placement.js').LabelBox[]} */
    const labels = [];
    nodes.forEach((node) => {
      const box = node.boundingBox({ includeNodes: false, includeEdges: false, includeLabels: true, includeOverlays: false });
      const docCount = Number(node.data('docCount')) || 0;
      const priority = (node.hasClass('root') ? 1e6 : 0) + (node.hasClass('on-path') ? 1e5 : 0) + (node.selected() ? 1e5 : 0) + (node.hasClass('pinned') ? 1e4 : 0) + docCount * 10 + node.connectedEdges().length;
      labels.push({ id: node.id(), box, priority });
    });
    const hidden = labelsToHide(labels);
    cy.batch(() => {
      for (const id of hidden) byId(id).addClass('label-hidden');
    });
  }

  const view = {
    cy,
    layout,
    placeLabels,

    /**
     * Replaces the whole drawing with `elements` ({ nodes, edges }), marking `rootIds`; `filter`
     * is applied before the layout so hidden elements take no room.
     * @param {Elements} elements
     * @param {readonly string[]} [rootIds]
     * @param {Filter | null} [filter]
     */
    show(elements, rootIds = [], filter = null) {
      added.clear();
      cy.batch(() => {
        cy.elements().remove();
        cy.add([...elements.nodes.map(nodeToCy), ...elements.edges.map(edgeToCy)]);
        for (const id of rootIds) byId(id).addClass('root');
      });
      if (filter) view.applyFilter(filter);
      return layout({ randomize: true });
    },

    /**
     * Adds the elements of `nodeId`'s neighbourhood not drawn yet; returns how many were new.
     * @param {string} nodeId
     * @param {Elements} elements
     */
    expand(nodeId, elements) {
      const origin = byId(nodeId);
      const center = origin.position();
      /** @type {string[]} */
      const ids = [];
      cy.batch(() => {
        for (const n of elements.nodes) {
          if (byId(n.data.id).nonempty()) continue;
          const node = cy.add(nodeToCy(n));
          node.position({ x: center.x + (Math.random() - 0.5) * 120, y: center.y + (Math.random() - 0.5) * 120 });
          ids.push(n.data.id);
        }
        for (const e of elements.edges) {
          if (byId(e.data.id).nonempty()) continue;
          if (byId(e.data.source).empty() || byId(e.data.target).empty()) continue;
          cy.add(edgeToCy(e));
          ids.push(e.data.id);
        }
        origin.addClass('expanded');
      });
      added.set(nodeId, ids);
      return ids.length;
    },

    /** @param {string} nodeId */
    isExpanded: (nodeId) => added.has(nodeId),

    /**
     * Removes what `nodeId`'s expansion added, collapsing expanded nodes among them first; pinned
     * and root nodes stay. Returns how many elements went.
     * @param {string} nodeId
     * @returns {number}
     */
    collapse(nodeId) {
      const ids = added.get(nodeId) ?? [];
      added.delete(nodeId);
      byId(nodeId).removeClass('expanded');
      let removed = 0;
      for (const id of ids) if (added.has(id)) removed += view.collapse(id);
      cy.batch(() => {
        for (const id of ids) {
          const el = byId(id);
          if (el.empty() || el.hasClass('pinned') || el.hasClass('root')) continue;
          removed += el.isNode() ? 1 + el.connectedEdges().length : 1;
          el.remove();
        }
      });
      return removed;
    },

    /**
     * Pins or unpins a node: a pinned node stays in place and survives collapses.
     * @param {string} nodeId
     * @returns {boolean} whether the node is pinned now
     */
    togglePin(nodeId) {
      const node = byId(nodeId);
      if (node.hasClass('pinned')) {
        node.removeClass('pinned').unlock();
        return false;
      }
      node.addClass('pinned').lock();
      return true;
    },

    /** @param {string} nodeId */
    isPinned: (nodeId) => byId(nodeId).hasClass('pinned'),
    /** @param {string} id */
    has: (id) => byId(id).nonempty(),
    /**
     * The data of a drawn node, or undefined when it is not drawn.
     * @param {string} id
     * @returns {NodeData | undefined}
     */
    data: (id) => {
      const el = byId(id);
      return el.nonempty() ? el.data() : undefined;
    },

    /**
     * The drawn neighbours of a node with the edges that join them, for keyboard navigation.
     * @param {string} nodeId
     * @returns {{ edge: EdgeData, node: NodeData }[]}
     */
    neighbours(nodeId) {
      const node = byId(nodeId);
      return node.connectedEdges().not('.filtered').edges().map((edge) => {
        const other = edge.source().id() === nodeId ? edge.target() : edge.source();
        return { edge: edge.data(), node: other.data() };
      });
    },

    /**
     * Selects and centres an element.
     * @param {string} id
     */
    select(id) {
      const el = byId(id);
      if (el.empty()) return;
      cy.elements(':selected').unselect();
      el.select();
      cy.animate({ center: { eles: el }, duration: 250 });
    },

    /**
     * Draws attention to a path: its nodes and edges in red, everything else faded.
     * @param {readonly string[]} ids
     */
    highlight(ids) {
      cy.batch(() => {
        cy.elements().removeClass('on-path').addClass('faded');
        for (const id of ids) byId(id).removeClass('faded').addClass('on-path');
      });
      placeLabels();
    },

    /**
     * The data of every drawn node, hidden or not (for the hub rule).
     * @returns {NodeData[]}
     */
    nodeData: () => cy.nodes().map((n) => n.data()),

    /**
     * The drawn nodes hidden as hubs, busiest first.
     * @returns {NodeData[]}
     */
    hiddenHubs: () => cy.nodes('.hub').map((n) => n.data()).sort((a, b) => (Number(b.docCount) || 0) - (Number(a.docCount) || 0)),

    clearHighlight: () => cy.elements().removeClass('on-path faded'),

    /**
     * Hides elements the filter rejects (filter-rules.js) and the hubs in `filter.hide` (class
     * `hub` besides `filtered`). A node stays when it passes, or is a root or pinned; once a date range is set, a node left without a visible edge goes too. An
     * edge goes with either end.
     * @param {Filter} filter
     */
    applyFilter(filter) {
      const hubs = filter.hide ?? new Set();
      cy.batch(() => {
        cy.elements().removeClass('filtered hub');
        cy.nodes().forEach((node) => {
          if (node.hasClass('root') || node.hasClass('pinned')) return;
          if (hubs.has(node.id())) node.addClass('filtered hub');
          else if (!nodeKept(filter, node.data())) node.addClass('filtered');
        });
        cy.edges().forEach((edge) => {
          const hidden = edge.source().hasClass('filtered') || edge.target().hasClass('filtered');
          if (hidden || !edgeKept(filter, edge.data())) edge.addClass('filtered');
        });
        if (filter.from || filter.to) {
          cy.nodes().not('.filtered, .root, .pinned').forEach((node) => {
            if (node.connectedEdges().not('.filtered').empty()) node.addClass('filtered');
          });
        }
      });
      return view.counts();
    },

    /** Visible node and edge counts. */
    counts: () => ({ nodes: cy.nodes().not('.filtered').length, edges: cy.edges().not('.filtered').length }),

    /**
     * The drawing as a PNG Blob (white background, twice the screen resolution).
     * @returns {Blob}
     */
    png: () => cy.png({ output: 'blob', bg: '#ffffff', full: true, scale: 2 }),

    /** The visible elements as Cytoscape JSON, positions included. */
    elementsJson: () => cy.elements().not('.filtered').jsons(),

    /**
     * Every date on drawn elements, for the time slider's bounds.
     * @returns {string[]}
     */
    dates() {
      /** @type {string[]} */
      const dates = [];
      cy.elements().forEach((el) => {
        const d = el.data();
        for (const key of ['date', 'firstDate', 'lastDate']) if (typeof d[key] === 'string' && d[key]) dates.push(d[key]);
      });
      return dates.sort();
    },
  };
  return view;
}

/** @typedef {ReturnType<typeof createGraphView>} GraphView */
