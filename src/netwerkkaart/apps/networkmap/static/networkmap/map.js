/* The network map: draws a round's graph with Cytoscape.js (vendored) at the positions the server
   computed, and lets the reader colour, size, filter, search, open an actor and download the view.
   Texts come translated from the page (json_script "map-config"); nothing here is user-facing text. */
(function () {
  "use strict";

  const config = JSON.parse(document.getElementById("map-config").textContent);
  const T = config.strings;
  let resolveReady;
  const state = {
    cy: null,
    data: null,
    ready: new Promise(function (resolve) { resolveReady = resolve; }),
    startedAt: performance.now(),
    drawnAt: null,
  };
  window.netwerkkaartMap = state;

  const $ = function (id) { return document.getElementById(id); };
  const LARGE = 1500;
  // Edge colour per finality, light ties lighter (order of the vocabulary: referral, information,
  // coordination, joint activities); unanswered finality grey.
  const FINALITY_COLOURS = ["#b9c4cf", "#93a3b3", "#4f6b86", "#1d3b5a"];
  const NO_FINALITY = "#d0d0d0";

  function fmt(template, values) {
    return template.replace(/\{(\w+)\}/g, function (_, key) { return values[key]; });
  }

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
    state.marks = { fetched: performance.now() };
    state.data = data;
    const nodes = data.nodes;
    const edges = data.edges;
    const n = nodes.x.length;
    const large = n > LARGE;
    // Everything is set before Cytoscape is created: restyling thousands of elements afterwards
    // costs as much as drawing them.
    const sizes = sizesFor(nodes.measures[data.legend.measures[0].code]);
    const elements = new Array(n + edges.source.length);
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
    for (let k = 0; k < edges.source.length; k++) {
      const finality = edges.finality[k];
      // Large networks: as little data per edge as possible (styling goes by class).
      elements[n + k] = large
        ? { group: "edges", classes: "f" + (finality >= 0 ? finality : "x"),
            data: { id: "e" + k, source: "n" + edges.source[k], target: "n" + edges.target[k],
                    finality: finality } }
        : { group: "edges",
            data: { id: "e" + k, source: "n" + edges.source[k], target: "n" + edges.target[k],
                    finality: finality,
                    colour: finality >= 0 ? FINALITY_COLOURS[finality] : NO_FINALITY,
                    width: 0.6 + Math.min(edges.weight[k], 4) * 0.6 } };
    }
    // Thousands of arrows cannot be read and cost seconds to draw: a large network is drawn with
    // plain lines coloured by finality; direction stays in each actor's profile.
    const edgeStyles = large
      ? [{ selector: "edge", style: { "width": 0.8, "curve-style": "haystack",
                                      "haystack-radius": 0, "opacity": 0.5,
                                      "line-color": NO_FINALITY } }]
        .concat(FINALITY_COLOURS.map(function (colour, index) {
          return { selector: "edge.f" + index, style: { "line-color": colour } };
        }))
      : [{ selector: "edge", style: {
          "width": "data(width)", "line-color": "data(colour)", "opacity": 0.7,
          "curve-style": "straight", "target-arrow-shape": "triangle",
          "target-arrow-color": "data(colour)", "arrow-scale": 0.6 } }];
    const cy = cytoscape({
      container: $("map"),
      elements: elements,
      layout: { name: "preset", fit: true, padding: 20 },
      style: [
        { selector: "node", style: {
          "background-color": "data(colour)", "width": "data(size)", "height": "data(size)",
          "label": "data(shown)", "font-size": 11, "min-zoomed-font-size": large ? 10 : 8,
          "text-valign": "bottom", "text-margin-y": 2, "color": "#1d2733",
          "text-outline-color": "#fff", "text-outline-width": 2,
          "border-width": 1, "border-color": "#fff" } },
      ].concat(edgeStyles, [
        { selector: ".hidden", style: { "display": "none" } },
        { selector: "node:selected, node.found", style: {
          "border-width": 4, "border-color": "#f0a500", "z-index": 10 } },
        { selector: "edge.around", style: { "opacity": 1, "line-color": "#f0a500",
          "target-arrow-color": "#f0a500", "z-index": 9 } },
      ]),
      minZoom: 0.05, maxZoom: 6, motionBlur: false,
      textureOnViewport: large, hideEdgesOnViewport: large, pixelRatio: large ? 1 : "auto",
      boxSelectionEnabled: false,
    });
    state.cy = cy;
    state.marks.created = performance.now();
    setUpControls(data);
    state.marks.controls = performance.now();
    cy.one("render", function () {
      state.drawnAt = performance.now();
      resolveReady(cy);
    });
    cy.on("tap", "node", function (event) { openProfile(event.target.data("i")); });
  }

  function setUpControls(data) {
    const legend = data.legend;
    const size = $("map-size");
    legend.measures.forEach(function (m) { size.add(new Option(m.label, m.code)); });
    const locations = $("map-location");
    legend.locations.forEach(function (loc) { locations.add(new Option(loc, loc)); });
    legend.sectors.forEach(function (s, index) {
      $("map-sectors").appendChild(checkbox("sector-" + s.code, s.label, index, s.colour));
    });
    legend.finalities.forEach(function (f, index) {
      $("map-finalities").appendChild(checkbox("finality-" + f.code, f.label, index,
                                               FINALITY_COLOURS[index]));
    });
    $("map-finalities").appendChild(checkbox("finality-none", T.no_finality, -1, NO_FINALITY));
    const list = $("map-search-list");
    Array.from(new Set(data.nodes.label)).sort().forEach(function (label) {
      const option = document.createElement("option");
      option.value = label;
      list.appendChild(option);
    });

    $("map-round").addEventListener("change", function () { window.location = this.value; });
    $("map-colour").addEventListener("change", recolour);
    $("map-size").addEventListener("change", resize);
    $("map-labels").addEventListener("change", relabel);
    $("map-location").addEventListener("change", refilter);
    $("map-sectors").addEventListener("change", refilter);
    $("map-finalities").addEventListener("change", refilter);
    $("map-search").addEventListener("change", search);
    $("map-png").addEventListener("click", downloadPng);
    $("map-svg").addEventListener("click", downloadSvg);
    $("map-profile").addEventListener("click", function (event) {
      const link = event.target.closest("[data-actor]");
      if (link) {
        event.preventDefault();
        const index = Number(link.dataset.actor);
        focusNode(state.cy.getElementById("n" + index));
        openProfile(index);
      }
    });
    $("map-labels").value = data.nodes.x.length > LARGE ? "none" : (data.names ? "name" : "category");
    drawLegend(true);
    refilter();
  }

  function checkbox(id, label, value, colour) {
    const wrap = document.createElement("label");
    wrap.className = "check";
    const input = document.createElement("input");
    input.type = "checkbox";
    input.id = id;
    input.value = value;
    input.checked = true;
    const swatch = document.createElement("span");
    swatch.className = "swatch";
    swatch.style.background = colour;
    wrap.append(input, swatch, document.createTextNode(" " + label));
    return wrap;
  }

  function checkedValues(fieldset) {
    return new Set(Array.from($(fieldset).querySelectorAll("input:checked"))
      .map(function (input) { return Number(input.value); }));
  }

  function recolour() {
    const data = state.data;
    const bySector = $("map-colour").value === "sector";
    const sectors = data.legend.sectors;
    const communities = data.legend.communities;
    state.cy.batch(function () {
      state.cy.nodes().forEach(function (node) {
        const i = node.data("i");
        let colour;
        if (bySector) {
          const s = data.nodes.sector[i];
          colour = s >= 0 ? sectors[s].colour : data.legend.unknown_sector.colour;
        } else {
          colour = communities[Math.min(data.nodes.community[i], communities.length - 1)];
        }
        node.data("colour", colour);
      });
    });
    drawLegend(bySector);
  }

  function drawLegend(bySector) {
    const data = state.data;
    const legend = $("map-legend");
    legend.textContent = "";
    const items = bySector
      ? data.legend.sectors.map(function (s) { return [s.colour, s.label]; })
      : Array.from(new Set(data.nodes.community)).sort(function (a, b) { return a - b; })
          .slice(0, data.legend.communities.length)
          .map(function (c) {
            return [data.legend.communities[Math.min(c, data.legend.communities.length - 1)],
                    fmt(T.community, { n: c + 1 })];
          });
    items.forEach(function (item) {
      const span = document.createElement("span");
      const swatch = document.createElement("span");
      swatch.className = "swatch";
      swatch.style.background = item[0];
      span.append(swatch, document.createTextNode(" " + item[1]));
      legend.appendChild(span);
    });
  }

  function sizesFor(values) {
    let low = Infinity;
    let high = -Infinity;
    values.forEach(function (v) { low = Math.min(low, v); high = Math.max(high, v); });
    const span = high - low || 1;
    const large = values.length > LARGE;
    const smallest = large ? 4 : 8;
    const range = large ? 20 : 32;
    return values.map(function (v) { return smallest + range * Math.sqrt((v - low) / span); });
  }

  function resize() {
    const sizes = sizesFor(state.data.nodes.measures[$("map-size").value]);
    state.cy.batch(function () {
      state.cy.nodes().forEach(function (node) { node.data("size", sizes[node.data("i")]); });
    });
  }

  function relabel() {
    const mode = $("map-labels").value;
    state.cy.batch(function () {
      state.cy.nodes().forEach(function (node) {
        node.data("shown", mode === "name" ? node.data("label")
          : mode === "category" ? node.data("category") : "");
      });
    });
  }

  function refilter() {
    const data = state.data;
    const sectors = checkedValues("map-sectors");
    const finalities = checkedValues("map-finalities");
    const location = $("map-location").value;
    const locationIndex = location ? data.legend.locations.indexOf(location) : null;
    const cy = state.cy;
    cy.batch(function () {
      cy.nodes().forEach(function (node) {
        const i = node.data("i");
        const s = data.nodes.sector[i];
        const sectorShown = s < 0 || sectors.has(s);
        const locationShown = locationIndex === null || data.nodes.location[i] === locationIndex;
        node.toggleClass("hidden", !(sectorShown && locationShown));
      });
      cy.edges().forEach(function (edge) {
        const shown = finalities.has(edge.data("finality"))
          && !edge.source().hasClass("hidden") && !edge.target().hasClass("hidden");
        edge.toggleClass("hidden", !shown);
      });
    });
    const visibleNodes = cy.nodes().not(".hidden").length;
    const visibleEdges = cy.edges().not(".hidden").length;
    $("map-summary").textContent = fmt(T.summary, { nodes: visibleNodes, edges: visibleEdges });
  }

  function search() {
    const wanted = $("map-search").value.trim().toLowerCase();
    if (!wanted) { return; }
    const cy = state.cy;
    cy.nodes(".found").removeClass("found");
    const found = cy.nodes().filter(function (node) {
      return !node.hasClass("hidden") && String(node.data("shown") || node.data("category"))
        .toLowerCase().includes(wanted);
    });
    if (found.length === 0) {
      $("map-summary").textContent = T.not_found;
      return;
    }
    found.addClass("found");
    focusNode(found[0]);
    openProfile(found[0].data("i"));
  }

  function focusNode(node) {
    const cy = state.cy;
    cy.elements().unselect();
    cy.edges(".around").removeClass("around");
    node.select();
    node.connectedEdges().addClass("around");
    cy.zoom({ level: Math.max(cy.zoom(), 1.2), position: node.position() });
    cy.center(node);
  }

  function openProfile(index) {
    const panel = $("map-profile");
    const node = state.cy.getElementById("n" + index);
    state.cy.edges(".around").removeClass("around");
    node.connectedEdges().addClass("around");
    fetch(config.profile.replace("/0/", "/" + index + "/"), { credentials: "same-origin" })
      .then(function (response) { return response.text(); })
      .then(function (html) {
        panel.innerHTML = html;
        panel.focus();
      });
  }

  function save(blob, extension) {
    const link = document.createElement("a");
    link.href = URL.createObjectURL(blob);
    link.download = config.filename + "." + extension;
    document.body.appendChild(link);
    link.click();
    setTimeout(function () { URL.revokeObjectURL(link.href); link.remove(); }, 1000);
  }

  function downloadPng() {
    save(state.cy.png({ output: "blob", bg: "#ffffff", full: false, scale: 2 }), "png");
  }

  function edgeColour(edge) {
    const finality = edge.data("finality");
    return finality >= 0 ? FINALITY_COLOURS[finality] : NO_FINALITY;
  }

  function escapeXml(text) {
    return String(text).replace(/[<>&"']/g, function (c) {
      return { "<": "&lt;", ">": "&gt;", "&": "&amp;", "\"": "&quot;", "'": "&apos;" }[c];
    });
  }

  /* The current view (what is shown, where it is shown) as SVG, written from the graph's own
     positions so it stays sharp at any size. */
  function downloadSvg() {
    const cy = state.cy;
    const box = cy.extent();
    const width = cy.width();
    const height = cy.height();
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
    cy.edges().not(".hidden").forEach(function (edge) {
      const a = edge.source().position();
      const b = edge.target().position();
      if (!inView(a) && !inView(b)) { return; }
      parts.push('<line x1="' + a.x.toFixed(1) + '" y1="' + a.y.toFixed(1) + '" x2="' +
        b.x.toFixed(1) + '" y2="' + b.y.toFixed(1) + '" stroke="' + edgeColour(edge) +
        '" stroke-width="' + (edge.data("width") || 0.8).toFixed(1) + '" stroke-opacity="0.7"' +
        ' marker-end="url(#arrow)"/>');
    });
    parts.push("</g><g>");
    cy.nodes().not(".hidden").forEach(function (node) {
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

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
