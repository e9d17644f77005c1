// Who writes decides the categories offered: choosing resident or enterprise reloads the form with that
// sender's categories (the server lists them), keeping the collection point the page was opened with.
(function () {
  var choices = document.querySelectorAll('input[name="sender"]');
  Array.prototype.forEach.call(choices, function (choice) {
    choice.addEventListener("change", function () {
      var params = new URLSearchParams(window.location.search);
      params.set("sender", choice.value);
      var point = document.getElementById("id_scanned_point");
      if (point && point.value) params.set("point", point.value);
      window.location.search = params.toString();
    });
  });
})();
