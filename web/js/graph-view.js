/**
 * The Cytoscape seam: the only module that talks to cytoscape and its fcose layout. It draws API
 * elements, remembers which node's expansion added which elements (so a collapse removes exactly
 * those), pins, highlights paths and hides what the filters exclude.
 */
import { graphStyle, nodeClass } from './graph-style.js';

const cytoscape = globalThis.cytoscape;
if (globalThis.cytoscapeFcose) cytoscape.use(globalThis.cytoscapeFcose);

/** Cytoscape element JSON for one API node or edge (`{ data }`), with its style class. */
function toCy(element, group) {
  const data = { ...element.data };
  if (group === 'nodes') return { group, data, classes: nodeClass(data.label, data.kind) };
  return { group, data };
}

/**
 * Fits `eles` in the viewport by their node boxes alone: measuring every label (Cytoscape's own
 * fit) costs a quarter second on 2,000 elements. A handful of nodes is not blown up past 1.3×.
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
 */
export function createGraphView(container, on = {}) {
  const cy = cytoscape({
    container,
    style: graphStyle(),
    minZoom: 0.05,
    maxZoom: 4,
    boxSelectionEnabled: false,
  });
  /** expanded node id → ids of the elements its expansion added */
  const added = new Map();
  let layoutRun = null;

  cy.on('tap', 'node', (event) => on.nodeTap?.(event.target.id()));
  cy.on('dbltap', 'node', (event) => on.nodeDoubleTap?.(event.target.id()));
  cy.on('tap', 'edge', (event) => on.edgeTap?.(event.target.id()));
  cy.on('tap', (event) => {
    if (event.target === cy) on.backgroundTap?.();
  });
  cy.on('mouseover', 'node, edge', (event) => on.hover?.(event.target.data(), event.renderedPosition));
  cy.on('mouseout', 'node, edge', () => on.hover?.(null));
  cy.on('pan zoom', () => on.hover?.(null));
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

  /** Runs fcose over what is visible; resolves on layoutstop. Pinned nodes keep their place. */
  function layout({ randomize = true } = {}) {
    layoutRun?.stop();
    syncSize();
    const eles = cy.elements().not('.filtered');
    if (eles.nodes().length === 0) return Promise.resolve();
    const fixed = eles.nodes('.pinned').map((n) => ({ nodeId: n.id(), position: { ...n.position() } }));
    const big = eles.length > 600;
    performance.mark('viewer:layoutstart', { detail: { elements: eles.length } });
    const run = eles.layout({
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
    layoutRun = run;
    const done = run.promiseOn('layoutstop');
    run.run();
    return done.then(() => {
      fitView(cy, eles);
      // The browser benchmark and tests read this mark: time from navigation to a laid-out graph.
      performance.mark('viewer:layoutstop', { detail: { elements: eles.length } });
      cy.emit('viewer:laidout');
    });
  }

  return {
    cy,
    layout,

    /**
     * Replaces the whole drawing with `elements` ({ nodes, edges }), marking `rootIds`; `filter`
     * is applied before the layout so hidden elements take no room.
     */
    show(elements, rootIds = [], filter = null) {
      added.clear();
      cy.batch(() => {
        cy.elements().remove();
        cy.add([...elements.nodes.map((n) => toCy(n, 'nodes')), ...elements.edges.map((e) => toCy(e, 'edges'))]);
        for (const id of rootIds) cy.getElementById(id).addClass('root');
      });
      if (filter) this.applyFilter(filter);
      return layout({ randomize: true });
    },

    /** Adds the elements of `nodeId`'s neighbourhood not drawn yet; returns how many were new. */
    expand(nodeId, elements) {
      const origin = cy.getElementById(nodeId);
      const center = origin.position();
      const ids = [];
      cy.batch(() => {
        for (const n of elements.nodes) {
          if (cy.getElementById(n.data.id).nonempty()) continue;
          const node = cy.add(toCy(n, 'nodes'));
          node.position({ x: center.x + (Math.random() - 0.5) * 120, y: center.y + (Math.random() - 0.5) * 120 });
          ids.push(n.data.id);
        }
        for (const e of elements.edges) {
          if (cy.getElementById(e.data.id).nonempty()) continue;
          if (cy.getElementById(e.data.source).empty() || cy.getElementById(e.data.target).empty()) continue;
          cy.add(toCy(e, 'edges'));
          ids.push(e.data.id);
        }
        origin.addClass('expanded');
      });
      added.set(nodeId, ids);
      return ids.length;
    },

    isExpanded: (nodeId) => added.has(nodeId),

    /**
     * Removes what `nodeId`'s expansion added, collapsing expanded nodes among them first; pinned
     * and root nodes stay. Returns how many elements went.
     */
    collapse(nodeId) {
      const ids = added.get(nodeId) ?? [];
      added.delete(nodeId);
      cy.getElementById(nodeId).removeClass('expanded');
      let removed = 0;
      for (const id of ids) if (added.has(id)) removed += this.collapse(id);
      cy.batch(() => {
        for (const id of ids) {
          const el = cy.getElementById(id);
          if (el.empty() || el.hasClass('pinned') || el.hasClass('root')) continue;
          removed += el.isNode() ? 1 + el.connectedEdges().length : 1;
          el.remove();
        }
      });
      return removed;
    },

    /** Pins or unpins a node: a pinned node stays in place and survives collapses. */
    togglePin(nodeId) {
      const node = cy.getElementById(nodeId);
      if (node.hasClass('pinned')) {
        node.removeClass('pinned').unlock();
        return false;
      }
      node.addClass('pinned').lock();
      return true;
    },

    isPinned: (nodeId) => cy.getElementById(nodeId).hasClass('pinned'),
    has: (id) => cy.getElementById(id).nonempty(),
    data: (id) => cy.getElementById(id).data(),

    /** The drawn neighbours of a node with the edges that join them, for keyboard navigation. */
    neighbours(nodeId) {
      const node = cy.getElementById(nodeId);
      return node.connectedEdges().not('.filtered').map((edge) => {
        const other = edge.source().id() === nodeId ? edge.target() : edge.source();
        return { edge: edge.data(), node: other.data() };
      });
    },

    /** Selects and centres an element. */
    select(id) {
      const el = cy.getElementById(id);
      if (el.empty()) return;
      cy.elements(':selected').unselect();
      el.select();
      cy.animate({ center: { eles: el }, duration: 250 });
    },

    /** Draws attention to a path: its nodes and edges in red, everything else faded. */
    highlight(ids) {
      cy.batch(() => {
        cy.elements().removeClass('on-path').addClass('faded');
        for (const id of ids) cy.getElementById(id).removeClass('faded').addClass('on-path');
      });
    },

    clearHighlight: () => cy.elements().removeClass('on-path faded'),

    /**
     * Hides elements the filter rejects. `filter`: `labels`/`types` (arrays, empty = all) and an
     * ISO `from`/`to`. An edge is kept when its date span touches the range; a node when its label
     * is kept, its own date (events, documents) is in range, and — once a range is set — it still
     * has a visible edge (roots and pinned nodes always stay).
     */
    applyFilter({ labels = [], types = [], from, to }) {
      const inRange = (start, end) => (!from || !end || end >= from) && (!to || !start || start <= to);
      cy.batch(() => {
        cy.elements().removeClass('filtered');
        cy.nodes().forEach((node) => {
          const d = node.data();
          const keep = (labels.length === 0 || labels.includes(d.label)) && inRange(d.date, d.endDate ?? d.date);
          if (!keep && !node.hasClass('root') && !node.hasClass('pinned')) node.addClass('filtered');
        });
        cy.edges().forEach((edge) => {
          const d = edge.data();
          const hidden = edge.source().hasClass('filtered') || edge.target().hasClass('filtered');
          if (hidden || (types.length > 0 && !types.includes(d.type)) || !inRange(d.firstDate, d.lastDate ?? d.firstDate)) {
            edge.addClass('filtered');
          }
        });
        if (from || to) {
          cy.nodes().not('.filtered, .root, .pinned').forEach((node) => {
            if (node.connectedEdges().not('.filtered').empty()) node.addClass('filtered');
          });
        }
      });
      return { nodes: cy.nodes().not('.filtered').length, edges: cy.edges().not('.filtered').length };
    },

    /** Visible node and edge counts. */
    counts: () => ({ nodes: cy.nodes().not('.filtered').length, edges: cy.edges().not('.filtered').length }),

    /** The drawing as a PNG Blob (white background, twice the screen resolution). */
    png: () => cy.png({ output: 'blob', bg: '#ffffff', full: true, scale: 2 }),

    /** The visible elements as Cytoscape JSON, positions included. */
    elementsJson: () => cy.elements().not('.filtered').jsons(),

    /** Every date on drawn elements, for the time slider's bounds. */
    dates() {
      const dates = [];
      cy.elements().forEach((el) => {
        const d = el.data();
        for (const key of ['date', 'firstDate', 'lastDate']) if (d[key]) dates.push(d[key]);
      });
      return dates.sort();
    },
  };
}
