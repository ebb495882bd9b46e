/* The network map: draws a round's graph with Cytoscape.js (vendored) at the positions the server
   computed, and lets the reader colour, size, filter, search, open an actor and download the view.
   Texts come translated from the page (json_script "map-config"); nothing here is user-facing text.

   A network above LARGE actors keeps its nodes in Cytoscape but draws its ties itself, as plain
   lines on a canvas under Cytoscape's: tens of thousands of edges as Cytoscape elements cost
   seconds to style and draw, the same lines on one canvas a few tens of milliseconds, so the map
   is drawn quickly and follows every pan and zoom. Arrowheads appear once few enough ties are in
   view to read them. */
(function () {
  "use strict";

  const config = JSON.parse(document.getElementById("map-config").textContent);
  const T = config.strings;
  let resolveReady;
  const state = {
    cy: null,
    data: null,
    layer: null,
    ready: new Promise(function (resolve) { resolveReady = resolve; }),
    startedAt: performance.now(),
    drawnAt: null,
    marks: {},
    nodeShown: null,
    edgeShown: null,
    visible: function () { return { nodes: count(state.nodeShown), edges: count(state.edgeShown) }; },
  };
  window.netwerkkaartMap = state;

  const $ = function (id) { return document.getElementById(id); };
  const LARGE = 1500;
  // Edge colour per finality, light ties lighter (order of the vocabulary: referral, information,
  // coordination, joint activities); unanswered finality grey.
  const FINALITY_COLOURS = ["#b9c4cf", "#93a3b3", "#4f6b86", "#1d3b5a"];
  const NO_FINALITY = "#d0d0d0";
  const HIGHLIGHT = "#f0a500";
  // The large map draws arrowheads when at most this many ties end inside the view.
  const ARROWS_UP_TO = 3000;
  // The large map's line widths (screen pixels at zoom 1) by intensity of the tie (its weight).
  const INTENSITY_STEPS = [{ below: 0.75, width: 0.7 }, { below: 2, width: 1.2 },
                           { below: Infinity, width: 2 }];

  function intensityBand(weight) {
    return INTENSITY_STEPS.findIndex(function (step) { return (weight || 0) < step.below; });
  }

  function fmt(template, values) {
    return template.replace(/\{(\w+)\}/g, function (_, key) { return values[key]; });
  }

  function count(flags) {
    let total = 0;
    for (let i = 0; i < flags.length; i++) { total += flags[i]; }
    return total;
  }

  function finalityColour(finality) {
    return finality >= 0 ? FINALITY_COLOURS[finality] : NO_FINALITY;
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
      state.drawnAt = performance.now();
      resolveReady(cy);
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

  /* The ties of a large network on a canvas of their own under Cytoscape's, redrawn (at most
     once a frame) whenever the view moves or the filters change. */
  function edgeLayer(cy, data) {
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

    $("map-round").addEventListener("change", function () { window.location = this.value; });
    $("map-colour").addEventListener("change", recolour);
    $("map-size").addEventListener("change", resize);
    $("map-labels").addEventListener("change", function () { relabel(); fillSearchList(); });
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
        focusNode(index);
        openProfile(index);
      }
    });
    $("map-labels").value = data.nodes.x.length > LARGE ? "none" : (data.names ? "name" : "category");
    drawLegend(true);
    summarise();
    fillSearchList();
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
    if (state.layer) { state.layer.schedule(); }
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

  /* Which actors and ties pass the filters: kept as flags per index, applied to Cytoscape's
     elements (a class) and to the large map's own layer of ties. */
  function refilter() {
    const data = state.data;
    const sectors = checkedValues("map-sectors");
    const finalities = checkedValues("map-finalities");
    const location = $("map-location").value;
    const locationIndex = location ? data.legend.locations.indexOf(location) : null;
    const nodeShown = state.nodeShown;
    const edgeShown = state.edgeShown;
    const edges = data.edges;
    for (let i = 0; i < nodeShown.length; i++) {
      const s = data.nodes.sector[i];
      nodeShown[i] = (s < 0 || sectors.has(s))
        && (locationIndex === null || data.nodes.location[i] === locationIndex) ? 1 : 0;
    }
    for (let k = 0; k < edgeShown.length; k++) {
      edgeShown[k] = finalities.has(edges.finality[k])
        && nodeShown[edges.source[k]] && nodeShown[edges.target[k]] ? 1 : 0;
    }
    state.cy.batch(function () {
      state.nodeEls.forEach(function (node, i) { node.toggleClass("hidden", !nodeShown[i]); });
      state.edgeEls.forEach(function (edge, k) { edge.toggleClass("hidden", !edgeShown[k]); });
    });
    if (state.layer) { state.layer.schedule(); }
    summarise();
    fillSearchList();
  }

  function summarise() {
    const shown = state.visible();
    $("map-summary").textContent = fmt(T.summary, { nodes: shown.nodes, edges: shown.edges });
  }

  /* The search box suggests the labels of the actors in view of the filters. */
  function fillSearchList() {
    const list = $("map-search-list");
    const byName = $("map-labels").value === "name";
    const labels = state.data.nodes[byName ? "label" : "category"]
      .filter(function (_, i) { return state.nodeShown[i]; });
    list.textContent = "";
    Array.from(new Set(labels)).sort().forEach(function (label) {
      const option = document.createElement("option");
      option.value = label;
      list.appendChild(option);
    });
  }

  function search() {
    const wanted = $("map-search").value.trim().toLowerCase();
    if (!wanted) { return; }
    const cy = state.cy;
    cy.nodes(".found").removeClass("found");
    // Exact matches first, then labels that start with the text, then labels that contain it.
    const data = state.data;
    const tiers = [[], [], []];
    for (let i = 0; i < data.nodes.label.length; i++) {
      if (!state.nodeShown[i]) { continue; }
      const labels = [data.nodes.label[i].toLowerCase(), data.nodes.category[i].toLowerCase()];
      if (labels.includes(wanted)) {
        tiers[0].push(i);
      } else if (labels.some(function (label) { return label.startsWith(wanted); })) {
        tiers[1].push(i);
      } else if (labels.some(function (label) { return label.includes(wanted); })) {
        tiers[2].push(i);
      }
    }
    const matches = tiers.find(function (tier) { return tier.length > 0; }) || [];
    if (matches.length === 0) {
      $("map-summary").textContent = T.not_found;
      return;
    }
    cy.batch(function () {
      matches.forEach(function (i) { state.nodeEls[i].addClass("found"); });
    });
    focusNode(matches[0]);
    openProfile(matches[0]);
  }

  function focusNode(index) {
    const cy = state.cy;
    const node = state.nodeEls[index];
    cy.elements().unselect();
    node.select();
    highlightTies(index);
    cy.zoom({ level: Math.max(cy.zoom(), 1.2), position: node.position() });
    cy.center(node);
  }

  function highlightTies(index) {
    const cy = state.cy;
    cy.edges(".around").removeClass("around");
    state.nodeEls[index].connectedEdges().addClass("around");
    if (state.layer) {
      state.layer.highlight = index;
      state.layer.schedule();
    }
  }

  function openProfile(index) {
    const panel = $("map-profile");
    highlightTies(index);
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

  /* The current view as PNG; for a large network its ties drawn first, Cytoscape's nodes on top. */
  function downloadPng() {
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
  function downloadSvg() {
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

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
