// The site's small behaviours, driven by data- attributes, so no page needs an inline script
// and the Content-Security-Policy can say script-src 'self' (web/security.py).
//
//   <select data-submit-on-change>          submits its form when the choice changes
//   <input type=checkbox data-select-all="input[name=actors]">   ticks or clears them all
//   <element data-poll-url="…" data-progress="#bar" data-count="#count">
//                                           follows a background job (JSON: processed, total,
//                                           finished) and reloads the page once it is finished
"use strict";

(function () {
  function submitOnChange(select) {
    select.addEventListener("change", function () { select.form.submit(); });
  }

  function selectAll(box) {
    box.addEventListener("change", function () {
      document.querySelectorAll(box.dataset.selectAll).forEach(function (other) {
        other.checked = box.checked;
      });
    });
  }

  function follow(element) {
    const bar = document.querySelector(element.dataset.progress);
    const count = document.querySelector(element.dataset.count);
    function poll() {
      fetch(element.dataset.pollUrl, { credentials: "same-origin" })
        .then(function (response) { return response.json(); })
        .then(function (data) {
          if (data.finished) { window.location.reload(); return; }
          if (bar) { bar.max = data.total || 1; bar.value = data.processed; }
          if (count) { count.textContent = data.processed + " / " + data.total; }
          window.setTimeout(poll, 1000);
        })
        .catch(function () { window.setTimeout(poll, 3000); });
    }
    window.setTimeout(poll, 500);
  }

  function start() {
    document.querySelectorAll("[data-submit-on-change]").forEach(submitOnChange);
    document.querySelectorAll("[data-select-all]").forEach(selectAll);
    document.querySelectorAll("[data-poll-url]").forEach(follow);
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
