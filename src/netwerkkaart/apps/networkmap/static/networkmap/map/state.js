/* What every part of the map shares: the page's configuration (json_script "map-config"), the
   state of the drawn graph (also window.netwerkkaartMap, which the browser tests read) and
   small helpers. Texts come translated from the page; colours come with the graph's legend. */

export const config = JSON.parse(document.getElementById("map-config").textContent);
export const T = config.strings;

let resolveReady;
export const state = {
  cy: null,
  data: null,
  layer: null,
  large: false,
  ready: new Promise(function (resolve) { resolveReady = resolve; }),
  startedAt: performance.now(),
  drawnAt: null,
  marks: {},
  nodeShown: null,
  edgeShown: null,
  nodeEls: [],
  edgeEls: [],
  visible: function () { return { nodes: count(state.nodeShown), edges: count(state.edgeShown) }; },
};
window.netwerkkaartMap = state;

export function markReady(cy) {
  state.drawnAt = performance.now();
  resolveReady(cy);
}

export const $ = function (id) { return document.getElementById(id); };

// Above this many actors the ties are drawn on a canvas of their own (ties.js).
export const LARGE = 1500;
export const HIGHLIGHT = "#f0a500";

export function fmt(template, values) {
  return template.replace(/\{(\w+)\}/g, function (_, key) { return values[key]; });
}

export function count(flags) {
  let total = 0;
  for (let i = 0; i < flags.length; i++) { total += flags[i]; }
  return total;
}

/* A tie's colour: its finality's (index into the legend), grey when unanswered. */
export function finalityColour(finality) {
  const legend = state.data.legend;
  return finality >= 0 ? legend.finalities[finality].colour : legend.no_finality.colour;
}

/* Node diameters for a measure's values: area grows with the value. */
export function sizesFor(values) {
  let low = Infinity;
  let high = -Infinity;
  values.forEach(function (v) { low = Math.min(low, v); high = Math.max(high, v); });
  const span = high - low || 1;
  const large = values.length > LARGE;
  const smallest = large ? 4 : 8;
  const range = large ? 20 : 32;
  return values.map(function (v) { return smallest + range * Math.sqrt((v - low) / span); });
}
