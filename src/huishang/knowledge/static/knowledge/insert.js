// The matter page's "start the answer from it": the wording goes at the start of the answer, and the answer
// form carries the article's id so that the answer records which articles it used.
(function () {
  "use strict";
  document.addEventListener("click", function (event) {
    var button = event.target.closest("[data-insert-article]");
    if (!button) return;
    var form = document.querySelector('form[data-action="respond"]');
    if (!form) return;
    var id = button.getAttribute("data-insert-article");
    var source = document.querySelector('template[data-article-text="' + id + '"]');
    var answer = form.querySelector('textarea[name$="content"]');
    if (!source || !answer) return;
    var wording = source.content.textContent.trim();
    answer.value = answer.value.trim() ? wording + "\n\n" + answer.value : wording + "\n\n";
    if (!form.querySelector('input[name="knowledge_articles"][value="' + id + '"]')) {
      var input = document.createElement("input");
      input.type = "hidden";
      input.name = "knowledge_articles";
      input.value = id;
      form.appendChild(input);
    }
    button.disabled = true;
    answer.focus();
  });
})();
