/* Draws the dashboard's charts with the vendored ECharts, from the JSON the page embeds
   (<script id="dashboard-charts" type="application/json">). No data is fetched. */
(function () {
  "use strict";

  var source = document.getElementById("dashboard-charts");
  if (!source || !window.echarts) {
    return;
  }
  var data = JSON.parse(source.textContent);
  var labels = data.labels;
  var colours = { assigned: "#1f5fa8", resolved: "#1e7d4f", beingAssigned: "#e0a030" };
  var palette = ["#1f5fa8", "#1e7d4f", "#e0a030", "#7a4fb5", "#13808f", "#c0392b", "#8a6d3b", "#5f6b7a"];
  var charts = [];

  function showEmpty(element) {
    var note = document.createElement("p");
    note.className = "chart-empty";
    note.textContent = labels.empty;
    element.replaceChildren(note);
  }

  function draw(id, rows, option) {
    var element = document.getElementById(id);
    if (!element) {
      return;
    }
    if (!rows.length) {
      showEmpty(element);
      return;
    }
    var chart = window.echarts.init(element, null, { renderer: "canvas" });
    chart.setOption(Object.assign({
      animation: false,
      color: palette,
      textStyle: { fontFamily: getComputedStyle(document.body).fontFamily },
      tooltip: { trigger: "axis", axisPointer: { type: "shadow" } },
      legend: { top: 0 },
      grid: { left: 8, right: 32, top: 52, bottom: 8, containLabel: true }
    }, option));
    charts.push(chart);
  }

  function pick(rows, key) {
    return rows.map(function (row) { return row[key]; });
  }

  function bar(name, values, colour, horizontal) {
    return {
      name: name, type: "bar", data: values, itemStyle: { color: colour }, barMaxWidth: 28,
      label: { show: true, position: horizontal ? "right" : "top" }
    };
  }

  draw("chart-by-month", data.by_month, {
    xAxis: { type: "category", data: pick(data.by_month, "month") },
    yAxis: { type: "value", minInterval: 1 },
    series: [
      bar(labels.assigned, pick(data.by_month, "assigned"), colours.assigned),
      bar(labels.resolved, pick(data.by_month, "resolved"), colours.resolved)
    ]
  });

  // Longest bars on top: ECharts draws the first category at the bottom of a vertical axis.
  var units = data.by_unit.slice().reverse();
  draw("chart-by-unit", units, {
    xAxis: { type: "value", minInterval: 1 },
    yAxis: { type: "category", data: pick(units, "name"), axisLabel: { width: 140, overflow: "truncate" } },
    series: [
      bar(labels.being_assigned, pick(units, "being_assigned"), colours.beingAssigned, true),
      bar(labels.assigned, pick(units, "assigned"), colours.assigned, true),
      bar(labels.resolved, pick(units, "resolved"), colours.resolved, true)
    ]
  });

  draw("chart-by-category", data.by_category, {
    tooltip: { trigger: "item", formatter: "{b}: {c} ({d}%)" },
    legend: { type: "scroll", bottom: 0 },
    series: [{
      name: labels.handed_out,
      type: "pie",
      radius: ["40%", "68%"],
      center: ["50%", "46%"],
      label: { formatter: "{b}\n{c}" },
      data: data.by_category.map(function (row) {
        return { name: row.name, value: row.assigned + row.being_assigned };
      })
    }]
  });

  window.addEventListener("resize", function () {
    charts.forEach(function (chart) { chart.resize(); });
  });
}());
