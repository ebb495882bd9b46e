/* Downloads of the map as it is shown: PNG (a picture of the view) and SVG (drawn from the
   graph's own positions, sharp at any size). */

import { config, finalityColour, state } from "./state.js";

function save(blob, extension) {
  const link = document.createElement("a");
  link.href = URL.createObjectURL(blob);
  link.download = config.filename + "." + extension;
  document.body.appendChild(link);
  link.click();
  setTimeout(function () { URL.revokeObjectURL(link.href); link.remove(); }, 1000);
}

/* The current view as PNG; for a large network its ties drawn first, Cytoscape's nodes on top. */
export function downloadPng() {
  const cy = state.cy;
  const scale = 2;
  if (!state.layer) {
    save(cy.png({ output: "blob", bg: "#ffffff", full: false, scale: scale }), "png");
    return;
  }
  const canvas = document.createElement("canvas");
  canvas.width = Math.round(cy.width() * scale);
  canvas.height = Math.round(cy.height() * scale);
  const context = canvas.getContext("2d");
  context.fillStyle = "#ffffff";
  context.fillRect(0, 0, canvas.width, canvas.height);
  state.layer.paint(context, scale);
  const picture = new Image();
  picture.onload = function () {
    context.drawImage(picture, 0, 0, canvas.width, canvas.height);
    canvas.toBlob(function (blob) { save(blob, "png"); }, "image/png");
  };
  picture.src = cy.png({ full: false, scale: scale });
}

function escapeXml(text) {
  return String(text).replace(/[<>&"']/g, function (c) {
    return { "<": "&lt;", ">": "&gt;", "&": "&amp;", "\"": "&quot;", "'": "&apos;" }[c];
  });
}

/* The current view (what is shown, where it is shown) as SVG, written from the graph's own
   positions so it stays sharp at any size. */
export function downloadSvg() {
  const cy = state.cy;
  const box = cy.extent();
  const width = cy.width();
  const height = cy.height();
  const edges = state.data.edges;
  const parts = [
    '<svg xmlns="http://www.w3.org/2000/svg" width="' + width + '" height="' + height +
      '" viewBox="' + [box.x1, box.y1, box.w, box.h].join(" ") + '">',
    '<rect x="' + box.x1 + '" y="' + box.y1 + '" width="' + box.w + '" height="' + box.h +
      '" fill="#ffffff"/>',
    "<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"4\"" +
      " markerHeight=\"4\" orient=\"auto-start-reverse\"><path d=\"M 0 0 L 10 5 L 0 10 z\"" +
      " fill=\"#4f6b86\"/></marker></defs>",
    "<g>",
  ];
  const inView = function (p) {
    return p.x >= box.x1 && p.x <= box.x2 && p.y >= box.y1 && p.y <= box.y2;
  };
  for (let k = 0; k < edges.source.length; k++) {
    if (!state.edgeShown[k]) { continue; }
    const a = state.nodeEls[edges.source[k]].position();
    const b = state.nodeEls[edges.target[k]].position();
    if (!inView(a) && !inView(b)) { continue; }
    const strokeWidth = 0.6 + Math.min(edges.weight[k] || 0, 4) * 0.6;
    parts.push('<line x1="' + a.x.toFixed(1) + '" y1="' + a.y.toFixed(1) + '" x2="' +
      b.x.toFixed(1) + '" y2="' + b.y.toFixed(1) + '" stroke="' +
      finalityColour(edges.finality[k]) + '" stroke-width="' + strokeWidth.toFixed(1) +
      '" stroke-opacity="0.7" marker-end="url(#arrow)"/>');
  }
  parts.push("</g><g>");
  state.nodeEls.forEach(function (node, i) {
    if (!state.nodeShown[i]) { return; }
    const p = node.position();
    if (!inView(p)) { return; }
    parts.push('<circle cx="' + p.x.toFixed(1) + '" cy="' + p.y.toFixed(1) + '" r="' +
      (node.data("size") / 2).toFixed(1) + '" fill="' + node.data("colour") +
      '" stroke="#ffffff"><title>' + escapeXml(node.data("shown") || node.data("category")) +
      "</title></circle>");
    if (node.data("shown")) {
      parts.push('<text x="' + p.x.toFixed(1) + '" y="' + (p.y + node.data("size") / 2 + 11)
        .toFixed(1) + '" font-size="11" font-family="sans-serif" text-anchor="middle">' +
        escapeXml(node.data("shown")) + "</text>");
    }
  });
  parts.push("</g></svg>");
  save(new Blob([parts.join("\n")], { type: "image/svg+xml" }), "svg");
}
