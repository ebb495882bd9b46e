/* The ties of a large network, drawn on a canvas of their own under Cytoscape's.

   Tens of thousands of edges as Cytoscape elements cost seconds to style and draw; the same
   lines on one canvas a few tens of milliseconds, so the map is drawn quickly and follows every
   pan and zoom. Arrowheads appear once few enough ties are in view to read them. */

import { HIGHLIGHT, finalityColour, state } from "./state.js";

// The large map draws arrowheads when at most this many ties end inside the view.
const ARROWS_UP_TO = 3000;
// The large map's line widths (screen pixels at zoom 1) by intensity of the tie (its weight).
const INTENSITY_STEPS = [{ below: 0.75, width: 0.7 }, { below: 2, width: 1.2 },
                         { below: Infinity, width: 2 }];

function intensityBand(weight) {
  return INTENSITY_STEPS.findIndex(function (step) { return (weight || 0) < step.below; });
}

/* The ties of a large network on a canvas of their own under Cytoscape's, redrawn (at most
   once a frame) whenever the view moves or the filters change. */
export function edgeLayer(cy, data) {
  const container = cy.container();
  const canvas = document.createElement("canvas");
  canvas.className = "map-edges";
  canvas.setAttribute("aria-hidden", "true");
  canvas.style.cssText = "position: absolute; left: 0; top: 0; pointer-events: none;";
  if (getComputedStyle(container).position === "static") { container.style.position = "relative"; }
  container.insertBefore(canvas, container.firstChild);
  const context = canvas.getContext("2d");
  // Ties grouped once by finality (colour) and intensity (three widths): one path per group.
  const groups = [];
  [-1, 0, 1, 2, 3].forEach(function (finality) {
    INTENSITY_STEPS.forEach(function (step, band) {
      const members = [];
      data.edges.finality.forEach(function (f, k) {
        if (f === finality && intensityBand(data.edges.weight[k]) === band) { members.push(k); }
      });
      if (members.length) {
        groups.push({ colour: finalityColour(finality), width: step.width,
                      edges: Int32Array.from(members) });
      }
    });
  });
  let pending = false;
  const layer = {
    canvas: canvas,
    highlight: -1,
    drawn: 0,
    draw: function () {
      const width = container.clientWidth;
      const height = container.clientHeight;
      if (canvas.width !== width || canvas.height !== height) {
        canvas.width = width;
        canvas.height = height;
      }
      context.setTransform(1, 0, 0, 1, 0, 0);
      context.clearRect(0, 0, width, height);
      layer.drawn = paintEdges(context, 1, groups, layer.highlight);
    },
    schedule: function () {
      if (pending) { return; }
      pending = true;
      requestAnimationFrame(function () { pending = false; layer.draw(); });
    },
    paint: function (target, scale) { return paintEdges(target, scale, groups, layer.highlight); },
  };
  cy.on("viewport resize", layer.schedule);
  layer.draw();
  return layer;
}

/* Draws the visible ties of the large map into `context` (Cytoscape's current view, times
   `scale`); returns how many were drawn. */
function paintEdges(context, scale, groups, highlight) {
  const cy = state.cy;
  const nodes = state.data.nodes;
  const edges = state.data.edges;
  const shown = state.edgeShown;
  const zoom = cy.zoom();
  const pan = cy.pan();
  const extent = cy.extent();
  const inView = function (i) {
    const x = nodes.x[i];
    const y = nodes.y[i];
    return x >= extent.x1 && x <= extent.x2 && y >= extent.y1 && y <= extent.y2;
  };
  context.save();
  context.setTransform(scale * zoom, 0, 0, scale * zoom, scale * pan.x, scale * pan.y);
  context.lineCap = "round";
  // Lines thicken a little as one zooms in, never below a hairline.
  const widen = Math.max(0.8, Math.min(2, zoom)) / zoom;
  context.globalAlpha = 0.55;
  let drawn = 0;
  let ending = 0;
  groups.forEach(function (group) {
    context.strokeStyle = group.colour;
    context.lineWidth = group.width * widen;
    context.beginPath();
    group.edges.forEach(function (k) {
      if (!shown[k]) { return; }
      const s = edges.source[k];
      const t = edges.target[k];
      context.moveTo(nodes.x[s], nodes.y[s]);
      context.lineTo(nodes.x[t], nodes.y[t]);
      drawn++;
      if (inView(t)) { ending++; }
    });
    context.stroke();
  });
  if (ending <= ARROWS_UP_TO) {
    groups.forEach(function (group) {
      context.fillStyle = group.colour;
      context.beginPath();
      group.edges.forEach(function (k) {
        if (shown[k] && inView(edges.target[k])) { arrowHead(context, k, zoom); }
      });
      context.fill();
    });
  }
  if (highlight >= 0) {
    context.globalAlpha = 1;
    context.strokeStyle = HIGHLIGHT;
    context.fillStyle = HIGHLIGHT;
    context.lineWidth = 2 / zoom;
    context.beginPath();
    const heads = [];
    for (let k = 0; k < edges.source.length; k++) {
      if (shown[k] && (edges.source[k] === highlight || edges.target[k] === highlight)) {
        context.moveTo(nodes.x[edges.source[k]], nodes.y[edges.source[k]]);
        context.lineTo(nodes.x[edges.target[k]], nodes.y[edges.target[k]]);
        heads.push(k);
      }
    }
    context.stroke();
    context.beginPath();
    heads.forEach(function (k) { arrowHead(context, k, zoom); });
    context.fill();
  }
  context.restore();
  return drawn;
}

/* An arrowhead (7 screen pixels) at the rim of tie k's target. */
function arrowHead(context, k, zoom) {
  const nodes = state.data.nodes;
  const s = state.data.edges.source[k];
  const t = state.data.edges.target[k];
  const dx = nodes.x[t] - nodes.x[s];
  const dy = nodes.y[t] - nodes.y[s];
  const length = Math.hypot(dx, dy);
  if (length === 0) { return; }
  const ux = dx / length;
  const uy = dy / length;
  const rim = state.nodeEls[t].data("size") / 2;
  const size = 7 / zoom;
  const tipX = nodes.x[t] - ux * rim;
  const tipY = nodes.y[t] - uy * rim;
  context.moveTo(tipX, tipY);
  context.lineTo(tipX - ux * size - uy * size * 0.45, tipY - uy * size + ux * size * 0.45);
  context.lineTo(tipX - ux * size + uy * size * 0.45, tipY - uy * size - ux * size * 0.45);
  context.closePath();
}
