// The reveal button of a masked phone or e-mail: ask the server for the full value (it writes the
// reveal to the audit log) and show it in place of the masked one.
(function () {
  if (window.huishangRevealReady) {
    return;
  }
  window.huishangRevealReady = true;
  document.addEventListener("submit", function (event) {
    var form = event.target;
    if (!form.classList || !form.classList.contains("reveal-form")) {
      return;
    }
    event.preventDefault();
    var error = form.querySelector(".reveal-error");
    fetch(form.action, {
      method: "POST",
      body: new FormData(form),
      credentials: "same-origin",
      headers: { "X-Requested-With": "XMLHttpRequest", "Accept": "application/json" },
    })
      .then(function (response) {
        return response.json().then(function (body) {
          return { ok: response.ok, body: body };
        });
      })
      .then(function (answer) {
        if (answer.ok) {
          var shown = form.parentNode.querySelector(".revealable-value");
          shown.textContent = answer.body.value;
          shown.classList.add("revealed");
          form.remove();
        } else {
          error.textContent = answer.body.message;
          error.hidden = false;
        }
      });
  });
})();
