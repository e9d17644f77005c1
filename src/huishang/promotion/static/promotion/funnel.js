/* Draws the promotion funnel with the vendored ECharts from the JSON the page embeds. Nothing is fetched. */
(function () {
  "use strict";
  var source = document.getElementById("promotion-funnel-data");
  var element = document.getElementById("promotion-funnel");
  if (!source || !element || !window.echarts) {
    return;
  }
  var data = JSON.parse(source.textContent);
  var chart = window.echarts.init(element);
  chart.setOption({
    color: ["#1f5fa8", "#13808f", "#1e7d4f", "#e0a030"],
    tooltip: { trigger: "item", formatter: "{b}: {c}" },
    series: [{
      name: data.title,
      type: "funnel",
      sort: "none",
      left: "10%",
      width: "80%",
      label: { show: true, position: "inside", formatter: "{b} {c}" },
      data: data.rows.map(function (row) { return { name: row.label, value: row.count }; })
    }]
  });
  window.addEventListener("resize", function () { chart.resize(); });
}());
