/* Draws the supervision board's charts with the vendored ECharts from the JSON the page embeds. */
(function () {
  "use strict";

  var source = document.getElementById("board-charts");
  if (!source || !window.echarts) {
    return;
  }
  var data = JSON.parse(source.textContent);
  var palette = ["#1f5fa8", "#1e7d4f", "#e0a030"];
  var cardColours = { warning: "#e0a030", yellow: "#f1c40f", red: "#c0392b" };
  var charts = [];

  function empty(element) {
    var note = document.createElement("p");
    note.className = "chart-empty";
    note.textContent = data.empty;
    element.replaceChildren(note);
  }

  var ranking = document.getElementById("chart-ranking");
  if (ranking) {
    if (!data.units.length) {
      empty(ranking);
    } else {
      var chart = window.echarts.init(ranking, null, { renderer: "canvas" });
      chart.setOption({
        animation: false,
        color: palette,
        tooltip: { trigger: "axis", axisPointer: { type: "shadow" } },
        legend: { top: 0 },
        grid: { left: 8, right: 32, top: 40, bottom: 8, containLabel: true },
        xAxis: { type: "value", max: 100 },
        yAxis: { type: "category", data: data.units, inverse: true },
        series: data.series.map(function (series) {
          return { name: series.name, type: "bar", data: series.values, barMaxWidth: 14 };
        })
      });
      charts.push(chart);
    }
  }

  var cards = document.getElementById("chart-cards");
  if (cards) {
    var pie = window.echarts.init(cards, null, { renderer: "canvas" });
    pie.setOption({
      animation: false,
      tooltip: { trigger: "item" },
      legend: { bottom: 0 },
      series: [{
        type: "pie", radius: ["35%", "65%"],
        data: data.cards.map(function (card, index) {
          var level = ["warning", "yellow", "red"][index];
          return { name: card.name, value: card.value, itemStyle: { color: cardColours[level] } };
        })
      }]
    });
    charts.push(pie);
  }

  window.addEventListener("resize", function () {
    charts.forEach(function (each) { each.resize(); });
  });
}());
