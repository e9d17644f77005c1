/* Draws an alliance dashboard's charts with the vendored ECharts, from the JSON the page embeds
   (<script id="alliance-charts" type="application/json">). No data and no map tiles are fetched:
   the member regions are placed by the coordinates of their seats, as a schematic map. */
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

  var placed = data.regions.filter(function (row) { return row.lng !== null; });
  draw("alliance-map", placed, {
    tooltip: { formatter: function (p) { return p.data.name + "：" + p.data.value[2] + " " + labels.studios; } },
    xAxis: { type: "value", scale: true, name: labels.longitude, splitLine: { lineStyle: { type: "dashed" } } },
    yAxis: { type: "value", scale: true, name: labels.latitude, splitLine: { lineStyle: { type: "dashed" } } },
    series: [{
      type: "scatter",
      data: placed.map(function (row) { return { name: row.name, value: [row.lng, row.lat, row.studios] }; }),
      symbolSize: function (value) { return 14 + value[2] * 6; },
      itemStyle: { color: "#1f5fa8", opacity: 0.8 },
      label: { show: true, position: "right", formatter: function (p) { return p.data.name; } }
    }]
  });
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
