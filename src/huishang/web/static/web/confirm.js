/* Irreversible actions ask first (web/confirmation.py): a form marked data-confirm asks its question before it
   is sent, and tells the server it was confirmed, so that no second page is needed. data-confirm-if="name=value"
   asks only when that field has that value (a refusal of a send-back needs no confirmation, an approval does).
   Without JavaScript the server asks on a page of its own. */
(function () {
  "use strict";
  function applies(form) {
    var condition = form.getAttribute("data-confirm-if");
    if (!condition) { return true; }
    var parts = condition.split("=");
    var data = new FormData(form);
    return data.getAll(parts[0]).indexOf(parts.slice(1).join("=")) !== -1;
  }
  document.addEventListener("submit", function (event) {
    var form = event.target;
    if (!form.hasAttribute || !form.hasAttribute("data-confirm") || !applies(form)) { return; }
    if (form.querySelector("input[name=confirmed]")) { return; }
    if (!window.confirm(form.getAttribute("data-confirm"))) {
      event.preventDefault();
      return;
    }
    var confirmed = document.createElement("input");
    confirmed.type = "hidden";
    confirmed.name = "confirmed";
    confirmed.value = "1";
    form.appendChild(confirmed);
  }, true);
}());
