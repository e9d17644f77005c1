// Shows the progress note while a large sheet uploads (a file, not inline: the CSP allows no inline script).
document.querySelector("[data-import-form]").addEventListener("submit", function () {
  document.querySelector("[data-import-progress]").hidden = false;
});
