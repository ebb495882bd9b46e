/* The controls beside the map: colour, size, labels, filters, search, an actor's profile. */

import { downloadPng, downloadSvg } from "./export.js";
import { $, LARGE, T, config, fmt, sizesFor, state } from "./state.js";

export function setUpControls(data) {
  const legend = data.legend;
  const size = $("map-size");
  legend.measures.forEach(function (m) { size.add(new Option(m.label, m.code)); });
  const locations = $("map-location");
  legend.locations.forEach(function (loc) { locations.add(new Option(loc, loc)); });
  legend.sectors.forEach(function (s, index) {
    $("map-sectors").appendChild(checkbox("sector-" + s.code, s.label, index, s.colour));
  });
  legend.finalities.forEach(function (f, index) {
    $("map-finalities").appendChild(checkbox("finality-" + f.code, f.label, index, f.colour));
  });
  $("map-finalities").appendChild(
    checkbox("finality-none", T.no_finality, -1, legend.no_finality.colour));

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

export function focusNode(index) {
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

export function openProfile(index) {
  const panel = $("map-profile");
  highlightTies(index);
  fetch(config.profile.replace("/0/", "/" + index + "/"), { credentials: "same-origin" })
    .then(function (response) { return response.text(); })
    .then(function (html) {
      panel.innerHTML = html;
      panel.focus();
    });
}
