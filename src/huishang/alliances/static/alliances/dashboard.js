/* Draws an alliance dashboard's charts with the vendored ECharts, from the JSON the page embeds
   (<script id="alliance-charts" type="application/json">). The map's boundaries are the vendored file the
   map element names (data-map-url), served by this site: no tile or map service is asked. Member regions are
   shaded by their studios; a member region the file has no boundary for is drawn at its seat's coordinates. */
(function () {
  "use strict";

  var source = document.getElementById("alliance-charts");
  if (!source || !window.echarts) {
    return;
  }
  var data = JSON.parse(source.textContent);
  var labels = data.labels;
  var charts = [];

  function draw(id, rows, option) {
    var element = document.getElementById(id);
    if (!element) {
      return;
    }
    if (!rows.length) {
      var note = document.createElement("p");
      note.className = "chart-empty";
      note.textContent = labels.empty;
      element.replaceChildren(note);
      return;
    }
    var chart = window.echarts.init(element);
    chart.setOption(option);
    charts.push(chart);
  }

  // The member regions' extent with a margin, so a far-off part of the area does not shrink them.
  function memberBounds(geojson, regions) {
    var names = {};
    var box = [Infinity, -Infinity, Infinity, -Infinity];
    function take(point) {
      box = [Math.min(box[0], point[0]), Math.max(box[1], point[0]), Math.min(box[2], point[1]), Math.max(box[3], point[1])];
    }
    regions.forEach(function (row) {
      if (row.feature) { names[row.feature] = true; } else if (row.lng !== null) { take([row.lng, row.lat]); }
    });
    geojson.features.forEach(function (feature) {
      if (names[feature.properties.name]) {
        feature.geometry.coordinates.forEach(function (polygon) { polygon[0].forEach(take); });
      }
    });
    if (box[0] === Infinity) {
      return null;
    }
    return [[box[0] - 0.3, box[3] + 0.3], [box[1] + 0.3, box[2] - 0.3]];
  }

  function mapOption(regions, bounds) {
    var shaded = regions.filter(function (row) { return row.feature; });
    var pointed = regions.filter(function (row) { return !row.feature && row.lng !== null; });
    var most = Math.max.apply(null, regions.map(function (row) { return row.studios; }));
    return {
      tooltip: { trigger: "item", formatter: function (p) {
        var studios = Array.isArray(p.value) ? p.value[2] : p.value;
        return typeof studios === "number" && !isNaN(studios) ? p.name + "：" + studios + " " + labels.studios : p.name;
      } },
      visualMap: { type: "continuous", min: 0, max: Math.max(most, 1), seriesIndex: [0, 1], calculable: false,
                   left: 8, bottom: 8, text: [String(Math.max(most, 1)), "0"],
                   inRange: { color: ["#dbe8f6", "#1f5fa8"] } },
      geo: {
        map: data.map, roam: true, boundingCoords: bounds, top: 16, bottom: 16,
        itemStyle: { areaColor: "#f3f4f6", borderColor: "#9aa3ad", borderWidth: 0.6 },
        emphasis: { itemStyle: { areaColor: "#fde68a" }, label: { show: true } },
        label: { show: false },
        regions: shaded.map(function (row) { return { name: row.feature, label: { show: true, fontSize: 11, color: "#102a43", textBorderColor: "#ffffff", textBorderWidth: 2 } }; })
      },
      series: [
        { type: "map", geoIndex: 0, name: labels.studios,
          data: shaded.map(function (row) { return { name: row.feature, value: row.studios }; }) },
        { type: "scatter", coordinateSystem: "geo", name: labels.studios, symbolSize: 14,
          data: pointed.map(function (row) { return { name: row.name, value: [row.lng, row.lat, row.studios] }; }),
          label: { show: true, position: "right", formatter: "{b}" } }
      ]
    };
  }

  var mapElement = document.getElementById("alliance-map");
  if (mapElement && data.regions.length) {
    window.fetch(mapElement.dataset.mapUrl)
      .then(function (response) { return response.json(); })
      .then(function (geojson) {
        window.echarts.registerMap(data.map, geojson);
        draw("alliance-map", data.regions, mapOption(data.regions, memberBounds(geojson, data.regions)));
        mapElement.dataset.drawn = "true";
      });
  } else {
    draw("alliance-map", data.regions, {});
  }
  draw("alliance-regions", data.regions, {
    tooltip: {},
    grid: { left: 40, right: 16, bottom: 40, top: 16 },
    xAxis: { type: "category", data: data.regions.map(function (row) { return row.name; }) },
    yAxis: { type: "value", minInterval: 1 },
    series: [{ type: "bar", name: labels.studios, data: data.regions.map(function (row) { return row.studios; }),
               itemStyle: { color: "#1e7d4f" } }]
  });
  draw("alliance-resources", data.resources, {
    tooltip: { trigger: "item" },
    series: [{ type: "pie", radius: ["35%", "65%"], data: data.resources, label: { formatter: "{b}：{c}" } }]
  });
  window.addEventListener("resize", function () { charts.forEach(function (chart) { chart.resize(); }); });
})();
