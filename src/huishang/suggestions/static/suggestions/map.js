// The offline map of the submit form: a tap becomes latitude and longitude in the hidden fields.
(function () {
  var map = document.getElementById("place-map");
  if (!map) return;
  var pin = document.getElementById("place-pin");
  var number = function (name) { return parseFloat(map.dataset[name]); };
  var lat = document.getElementById("id_latitude"), lon = document.getElementById("id_longitude");
  var margin = number("margin"), width = number("width"), height = number("height");
  function show(x, y) { pin.setAttribute("cx", x); pin.setAttribute("cy", y); }
  if (lat.value && lon.value) {
    show(margin + (parseFloat(lon.value) - number("west")) / (number("east") - number("west")) * (width - 2 * margin),
         margin + (number("north") - parseFloat(lat.value)) / (number("north") - number("south")) * (height - 2 * margin));
  }
  map.addEventListener("click", function (event) {
    var point = map.createSVGPoint();
    point.x = event.clientX; point.y = event.clientY;
    var at = point.matrixTransform(map.getScreenCTM().inverse());
    var x = Math.min(Math.max(at.x, margin), width - margin), y = Math.min(Math.max(at.y, margin), height - margin);
    show(x, y);
    lon.value = (number("west") + (x - margin) / (width - 2 * margin) * (number("east") - number("west"))).toFixed(6);
    lat.value = (number("north") - (y - margin) / (height - 2 * margin) * (number("north") - number("south"))).toFixed(6);
  });
})();
