/* The network map: draws a round's graph with Cytoscape.js (vendored, loaded before this module
   as the global `cytoscape`) at the positions the server computed. The reader colours, sizes,
   filters and searches (controls.js), opens an actor, and downloads the view (export.js); above
   LARGE actors the ties are drawn on a canvas of their own (ties.js). */

import { openProfile, setUpControls } from "./controls.js";
import { edgeLayer } from "./ties.js";
import { $, HIGHLIGHT, LARGE, T, config, finalityColour, markReady, sizesFor, state } from "./state.js";

function start() {
  fetch(config.graph, { credentials: "same-origin" })
    .then(function (response) {
      if (!response.ok) { throw new Error(response.status); }
      return response.json();
    })
    .then(build)
    .catch(function () { $("map-summary").textContent = T.failed; });
}

function build(data) {
  state.marks.fetched = performance.now();
  state.data = data;
  const nodes = data.nodes;
  const edges = data.edges;
  const n = nodes.x.length;
  const m = edges.source.length;
  const large = n > LARGE;
  state.large = large;
  state.nodeShown = new Uint8Array(n).fill(1);
  state.edgeShown = new Uint8Array(m).fill(1);
  // Everything is set before Cytoscape is created: restyling thousands of elements afterwards
  // costs as much as drawing them.
  const sizes = sizesFor(nodes.measures[data.legend.measures[0].code]);
  const elements = new Array(n + (large ? 0 : m));
  for (let i = 0; i < n; i++) {
    const s = nodes.sector[i];
    elements[i] = {
      group: "nodes",
      data: { id: "n" + i, i: i, label: nodes.label[i], category: nodes.category[i],
              shown: large ? "" : nodes.label[i],
              colour: s >= 0 ? data.legend.sectors[s].colour : data.legend.unknown_sector.colour,
              size: sizes[i] },
      position: { x: nodes.x[i], y: nodes.y[i] },
    };
  }
  if (!large) {
    for (let k = 0; k < m; k++) {
      const finality = edges.finality[k];
      elements[n + k] = {
        group: "edges",
        data: { id: "e" + k, k: k, source: "n" + edges.source[k], target: "n" + edges.target[k],
                finality: finality, colour: finalityColour(finality),
                width: 0.6 + Math.min(edges.weight[k], 4) * 0.6 },
      };
    }
  }
  const container = $("map");
  const cy = cytoscape({
    container: container,
    elements: elements,
    // A small network is fitted with its labels; a large one (no labels yet) from the
    // positions alone, which spares Cytoscape measuring every element before the first frame.
    layout: large ? { name: "preset", fit: false } : { name: "preset", fit: true, padding: 20 },
    zoom: large ? fitView(nodes, container).zoom : 1,
    pan: large ? fitView(nodes, container).pan : { x: 0, y: 0 },
    style: [
      // Transparent around the moving picture while panning, so the ties below stay visible.
      { selector: "core", style: { "outside-texture-bg-opacity": 0 } },
      { selector: "node", style: {
        "background-color": "data(colour)", "width": "data(size)", "height": "data(size)",
        "label": "data(shown)", "font-size": 11, "min-zoomed-font-size": large ? 10 : 8,
        "text-valign": "bottom", "text-margin-y": 2, "color": "#1d2733",
        "text-outline-color": "#fff", "text-outline-width": 2,
        "border-width": 1, "border-color": "#fff" } },
      { selector: "edge", style: {
        "width": "data(width)", "line-color": "data(colour)", "opacity": 0.7,
        "curve-style": "straight", "target-arrow-shape": "triangle",
        "target-arrow-color": "data(colour)", "arrow-scale": 0.6 } },
      { selector: ".hidden", style: { "display": "none" } },
      { selector: "node:selected, node.found", style: {
        "border-width": 4, "border-color": HIGHLIGHT, "z-index": 10 } },
      { selector: "edge.around", style: { "opacity": 1, "line-color": HIGHLIGHT,
        "target-arrow-color": HIGHLIGHT, "z-index": 9 } },
    ],
    minZoom: 0.05, maxZoom: 6, motionBlur: false,
    textureOnViewport: large, pixelRatio: large ? 1 : "auto",
    // In a large network the ties are drawn from the server's positions: nodes stay in place.
    autoungrabify: large,
    boxSelectionEnabled: false,
  });
  state.cy = cy;
  state.nodeEls = new Array(n);
  cy.nodes().forEach(function (node) { state.nodeEls[node.data("i")] = node; });
  state.edgeEls = new Array(large ? 0 : m);
  cy.edges().forEach(function (edge) { state.edgeEls[edge.data("k")] = edge; });
  state.marks.created = performance.now();
  if (large) {
    state.layer = edgeLayer(cy, data);
  }
  setUpControls(data);
  state.marks.controls = performance.now();
  cy.one("render", function () {
    markReady(cy);
  });
  cy.on("tap", "node", function (event) { openProfile(event.target.data("i")); });
}

/* Zoom and pan that fit every position into the container, with a margin. */
function fitView(nodes, container) {
  let x1 = Infinity;
  let y1 = Infinity;
  let x2 = -Infinity;
  let y2 = -Infinity;
  for (let i = 0; i < nodes.x.length; i++) {
    x1 = Math.min(x1, nodes.x[i]);
    x2 = Math.max(x2, nodes.x[i]);
    y1 = Math.min(y1, nodes.y[i]);
    y2 = Math.max(y2, nodes.y[i]);
  }
  if (!isFinite(x1)) { x1 = 0; y1 = 0; x2 = 1; y2 = 1; }
  const margin = 30;
  const width = container.clientWidth;
  const height = container.clientHeight;
  const zoom = Math.max(0.05, Math.min((width - 2 * margin) / Math.max(x2 - x1, 1),
                                       (height - 2 * margin) / Math.max(y2 - y1, 1)));
  return { zoom: zoom,
           pan: { x: (width - zoom * (x1 + x2)) / 2, y: (height - zoom * (y1 + y2)) / 2 } };
}

if (document.readyState === "loading") {
  document.addEventListener("DOMContentLoaded", start);
} else {
  start();
}
