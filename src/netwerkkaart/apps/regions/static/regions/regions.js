// Region pages: the progress of a running analysis, and a municipality's best region on click.
(function () {
  "use strict";
  var state = document.getElementById("region-job");
  if (state) {
    var poll = function () {
      fetch(state.dataset.statusUrl, {credentials: "same-origin"})
        .then(function (r) { return r.json(); })
        .then(function (data) {
          if (data.finished) { window.location.reload(); return; }
          var bar = document.getElementById("region-progress");
          bar.max = data.total || 1; bar.value = data.done;
          document.getElementById("region-step").textContent = data.step;
          document.getElementById("region-count").textContent = data.done + " / " + data.total;
          window.setTimeout(poll, 1000);
        })
        .catch(function () { window.setTimeout(poll, 3000); });
    };
    window.setTimeout(poll, 500);
  }
  var source = document.getElementById("best-regions");
  var map = document.getElementById("quadrant-map");
  var panel = document.getElementById("best-panel");
  if (!source || !map || !panel) { return; }
  var best = JSON.parse(source.textContent);
  var labels = document.getElementById("best-template-labels").dataset;
  function show(code) {
    var region = best[code];
    map.querySelectorAll("g.municipality").forEach(function (g) {
      g.classList.toggle("in-region", !!region && region.members.indexOf(g.dataset.code) >= 0);
      g.classList.toggle("chosen", g.dataset.code === code);
    });
    map.classList.toggle("has-choice", !!region);
    panel.textContent = "";
    if (!region) { return; }
    var h = document.createElement("h3");
    h.textContent = labels.title + " " + region.name;
    panel.appendChild(h);
    var p = document.createElement("p");
    if (region.size) {
      p.textContent = region.size + " " + labels.size + " · " + region.status;
      panel.appendChild(p);
      var ul = document.createElement("ul");
      region.names.forEach(function (name) {
        var li = document.createElement("li"); li.textContent = name; ul.appendChild(li);
      });
      panel.appendChild(ul);
    } else {
      p.textContent = labels.none + " " + region.unreachable.join(", ");
      panel.appendChild(p);
    }
  }
  map.addEventListener("click", function (event) {
    var g = event.target.closest("g.municipality");
    if (g) { show(g.dataset.code); }
  });
  map.addEventListener("keydown", function (event) {
    var g = event.target.closest("g.municipality");
    if (g && (event.key === "Enter" || event.key === " ")) { event.preventDefault(); show(g.dataset.code); }
  });
  document.querySelectorAll("tr[data-code]").forEach(function (row) {
    row.addEventListener("click", function () { show(row.dataset.code); });
  });
})();
