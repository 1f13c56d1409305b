/**
 * What the page provides besides the modules: the vendor builds index.html loads as classic
 * scripts (cytoscape and its fcose layout, chart.js, as globals), and the handles app.js leaves on `window`
 * for the browser tests and the benchmark.
 */
import type { Chart as ChartClass } from 'chart.js';
import type cytoscapeFactory from 'cytoscape';
import type { Controller } from './js/controller.js';
import type { GraphView } from './js/graph-view.js';
import type { ViewState } from './js/url-state.js';

declare global {
  // `var` is how a declaration reaches globalThis.
  var cytoscape: typeof cytoscapeFactory;
  var cytoscapeFcose: cytoscapeFactory.Ext | undefined;
  var Chart: typeof ChartClass;

  interface Window {
    cy: cytoscapeFactory.Core;
    viewer: { state: ViewState; graph: GraphView; controller: Controller };
  }
}

export {};
