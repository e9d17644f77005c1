// Turns every <select data-searchable> (huishang.web.forms.widgets) into a search box with Tom Select
// (static/vendor/tom-select). The select underneath keeps the chosen value and is what the form sends, so
// without JavaScript, or if this fails, the plain select works the same. Texts come from data-* attributes
// rendered through gettext; this file holds none of its own.
(function () {
  "use strict";
  if (typeof TomSelect === "undefined") {
    return;
  }

  // A region option: its name indented by depth, with the names above it, e.g. 四川省 › 内江市, after it.
  function treeOption(data, escape) {
    const names = (data.fullName || data.text).split(" › ");
    const name = names.pop();
    const above = names.length ? '<small class="tree-above">' + escape(names.join(" › ")) + "</small>" : "";
    const depth = Math.min(Number(data.depth) || 0, 4);
    return '<div class="tree-depth-' + depth + '">' + escape(name) + above + "</div>";
  }

  function settingsFor(select) {
    const texts = select.dataset;
    const tree = texts.searchable === "tree";
    const plugins = {};
    if (select.multiple) {
      plugins.remove_button = {title: texts.removeLabel};
    } else if (select.querySelector('option[value=""]')) {
      // The empty choice ("— choose —", "all") becomes the placeholder; this button goes back to it.
      plugins.clear_button = {title: texts.clearLabel};
    }
    const settings = {
      plugins: plugins,
      maxOptions: null,  // every choice is listed, as in the plain select, not only the first 50
      // A region's names above it, a unit's full name and place: "永川" finds 永川's 区科技局.
      searchField: ["text", "fullName"],
      render: {
        no_results: function (data, escape) {
          return '<div class="no-results">' + escape(texts.noResults) + "</div>";
        },
      },
    };
    if (select.multiple) {
      // The words typed to find one choice are cleared once it is picked, so the next is found by typing anew.
      settings.clearAfterSelect = true;
    }
    if (tree) {
      // Code order, parents above their children, also while searching (a $score named here is not put first).
      settings.sortField = [{field: "$order"}, {field: "$score"}];
      settings.render.option = treeOption;
      settings.render.item = function (data, escape) {
        return "<div>" + escape(data.fullName || data.text.trim()) + "</div>";
      };
    }
    return settings;
  }

  document.querySelectorAll("select[data-searchable]").forEach(function (select) {
    if (!select.tomselect) {
      new TomSelect(select, settingsFor(select));
      // The search box is the field now and takes the label; the select under it only carries the value, so
      // assistive technology is not offered a second, unnamed control for the same field.
      select.setAttribute("aria-hidden", "true");
    }
  });
})();
