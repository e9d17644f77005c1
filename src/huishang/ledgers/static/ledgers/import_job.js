// Follows a running ledger import: polls its progress and reloads the page for the report when it ends.
// A file, not inline: the CSP allows no inline script.
(function () {
  var section = document.querySelector("[data-import-job]");
  if (!section || section.dataset.finished === "1") { return; }
  function label(phase) {
    var template = document.querySelector('[data-phase-label="' + phase + '"]');
    return template ? template.innerHTML : "";
  }
  function show(progress) {
    section.querySelector("[data-import-status]").textContent = progress.status_label;
    section.querySelector("[data-import-phase]").textContent = label(progress.phase);
    section.querySelector("[data-import-count]").textContent = progress.total ? progress.done + "/" + progress.total : "";
    section.querySelector("[data-import-bar]").value = progress.percent;
    section.querySelector("[data-import-percent]").textContent = progress.percent + "%";
  }
  function poll() {
    fetch(section.dataset.importJob, {credentials: "same-origin", headers: {"Accept": "application/json"}})
      .then(function (response) { return response.json(); })
      .then(function (progress) {
        show(progress);
        if (progress.finished) { window.location.reload(); } else { window.setTimeout(poll, 1000); }
      })
      .catch(function () { window.setTimeout(poll, 3000); });
  }
  window.setTimeout(poll, 500);
}());
