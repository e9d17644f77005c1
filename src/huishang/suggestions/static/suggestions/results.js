// Charts of the public results page, drawn with the vendored ECharts from the figures in the page.
(function () {
  if (!window.echarts) return;
  var data = JSON.parse(document.getElementById("chart-data").textContent);
  function chart(id, option) {
    var element = document.getElementById(id);
    if (!element) return;
    option.title = { text: element.dataset.title, textStyle: { fontSize: 14 } };
    option.grid = { left: 40, right: 12, top: 48, bottom: 40, containLabel: true };
    option.tooltip = { trigger: "axis" };
    echarts.init(element).setOption(option);
  }
  var month = document.getElementById("chart-month");
  chart("chart-month", {
    legend: { top: 22 },
    xAxis: { type: "category", data: data.by_month.map(function (row) { return row.month; }) },
    yAxis: { type: "value", minInterval: 1 },
    series: [
      { name: month.dataset.received, type: "bar", data: data.by_month.map(function (row) { return row.received; }) },
      { name: month.dataset.adopted, type: "bar", data: data.by_month.map(function (row) { return row.adopted; }) },
      { name: month.dataset.implemented, type: "line", data: data.by_month.map(function (row) { return row.implemented; }) }
    ]
  });
  [["chart-category", data.by_category], ["chart-point", data.by_point]].forEach(function (pair) {
    var rows = pair[1].filter(function (row) { return row.name; });
    chart(pair[0], {
      xAxis: { type: "value", minInterval: 1 },
      yAxis: { type: "category", data: rows.map(function (row) { return row.name; }), inverse: true },
      series: [
        { name: month.dataset.received, type: "bar", data: rows.map(function (row) { return row.received; }) },
        { name: month.dataset.adopted, type: "bar", data: rows.map(function (row) { return row.adopted; }) }
      ]
    });
  });
})();
