// Draws the dashboard and entity charts from the JSON the page carries in #chart-data.
// No inline script (the Content-Security-Policy allows only our own files) and no network access.
(function () {
  "use strict";
  var holder = document.getElementById("chart-data");
  if (!holder || !window.echarts) return;
  var data = JSON.parse(holder.textContent);
  var palette = ["#9f1d20", "#1f5f8b", "#d08a1e", "#3c7d4a", "#6b4e9b", "#c2571a", "#2b8a8a", "#7a7a7a"];
  var typeColours = { ORG: "#1f5f8b", PER: "#9f1d20", LOC: "#3c7d4a", DOC: "#6b4e9b" };
  var font = '"PingFang SC","Hiragino Sans GB","Noto Sans CJK SC","Source Han Sans SC","Microsoft YaHei",sans-serif';
  var charts = [];

  // ECharts inserts what a tooltip formatter returns as HTML.  Entity names come from articles
  // (《<img src=x onerror=alert(1)>报告》 is a DOC entity), so every value is escaped here.
  function esc(value) {
    return String(value == null ? "" : value).replace(/[&<>"']/g, function (c) {
      return { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[c];
    });
  }

  // The tooltip of a chart with a month axis: the month, then each non-zero series.
  function monthTooltip(params) {
    var rows = params.filter(function (p) { return p.value; }).map(function (p) {
      return p.marker + esc(p.seriesName) + "：" + esc(p.value) + " 篇";
    });
    return esc(params.length ? params[0].axisValue : "") + "<br>" + (rows.join("<br>") || "无");
  }

  function draw(id, option) {
    var el = document.getElementById(id);
    if (!el) return;
    var chart = echarts.init(el, null, { renderer: "canvas" });
    option.textStyle = { fontFamily: font };
    option.color = option.color || palette;
    chart.setOption(option);
    charts.push(chart);
    el.setAttribute("data-rendered", "1");
  }

  function empty(id, text) {
    var el = document.getElementById(id);
    if (!el) return;
    el.classList.add("chart-empty");
    el.textContent = text;
    el.setAttribute("data-rendered", "1");
  }

  function trend(id, trends) {
    var el = document.getElementById(id);
    if (el && trends) {
      // The month axis, for the browser tests: charts side by side must show the same months.
      el.setAttribute("data-months", trends.months.length ? trends.months[0] + ".." + trends.months[trends.months.length - 1] : "");
    }
    if (!trends || !trends.series.length) return empty(id, "这段时间没有文章提到" + (trends && trends.kind === "industry" ? "行业" : "技术") + "。");
    draw(id, {
      tooltip: { trigger: "axis", formatter: monthTooltip },
      legend: { type: "scroll", bottom: 0 },
      grid: { left: 36, right: 16, top: 16, bottom: 56 },
      xAxis: { type: "category", data: trends.months },
      yAxis: { type: "value", minInterval: 1 },
      dataZoom: [{ type: "inside" }],
      // Stacked bars: a sparse month reads as a short bar, not as a spike between zeros.
      series: trends.series.map(function (s) {
        return { name: s.name, type: "bar", stack: "all", barMaxWidth: 22, emphasis: { focus: "series" }, data: s.counts };
      })
    });
  }

  // Long names (上海市经济和信息化委员会) are cut on the picture; the tooltip has them whole.
  function shortName(name) {
    return name.length > 8 ? name.slice(0, 7) + "…" : name;
  }

  function network(id, net) {
    if (!net || !net.nodes.length) return empty(id, "还没有实体。");
    // The server sends only the strongest links and the entities they join (at most 30).
    var nodes = net.nodes;
    var edges = net.edges;
    var max = Math.max.apply(null, nodes.map(function (n) { return n.articles; }));
    var kinds = ["ORG", "PER", "LOC", "DOC"];
    var names = { ORG: "机构", PER: "人物", LOC: "地点", DOC: "文件" };
    var labelled = nodes.slice().sort(function (a, b) { return b.articles - a.articles; }).slice(0, 20);
    var showLabel = {};
    labelled.forEach(function (n) { showLabel[n.name] = true; });
    draw(id, {
      tooltip: {
        formatter: function (p) {
          if (p.dataType === "edge") {
            return esc(p.data.source) + " — " + esc(p.data.target) + "：" + esc(p.data.value) + " 篇同时提及";
          }
          return esc(p.data.name) + "：" + esc(p.data.value) + " 篇";
        }
      },
      legend: { data: kinds.map(function (k) { return names[k]; }), bottom: 0 },
      color: kinds.map(function (k) { return typeColours[k]; }),
      series: [{
        type: "graph", layout: "force", roam: true, draggable: true,
        // Room for the legend below and for labels on the right: no node is drawn off the card.
        top: 24, bottom: 48, left: 24, right: 96,
        categories: kinds.map(function (k) { return { name: names[k] }; }),
        force: { repulsion: 260, edgeLength: [50, 140], gravity: 0.12, layoutAnimation: false },
        label: {
          show: true, position: "right", fontSize: 12, color: "#222",
          textBorderColor: "#fff", textBorderWidth: 3,
          formatter: function (p) { return showLabel[p.data.name] ? shortName(p.data.name) : ""; }
        },
        labelLayout: { hideOverlap: true },
        emphasis: { focus: "adjacency", label: { show: true, formatter: function (p) { return p.data.name; } } },
        lineStyle: { color: "source", opacity: 0.4, curveness: 0.1 },
        data: nodes.map(function (n) {
          return { name: n.name, value: n.articles, category: Math.max(0, kinds.indexOf(n.type)),
                   symbolSize: 10 + 26 * Math.sqrt(n.articles / max) };
        }),
        links: edges.map(function (e) {
          return { source: e.source, target: e.target, value: e.weight, lineStyle: { width: Math.min(6, 0.8 + e.weight) } };
        })
      }]
    });
    var el = document.getElementById(id);
    el.setAttribute("data-nodes", String(nodes.length));
    el.setAttribute("data-links", String(edges.length));
    // A click on a node opens that entity's page.
    charts[charts.length - 1].on("click", function (p) {
      if (p.dataType === "node") window.location.href = "/entities/" + encodeURIComponent(p.data.name);
    });
  }

  function months(id, rows) {
    if (!rows || !rows.length) return empty(id, "提及的文章都没有日期。");
    draw(id, {
      tooltip: { trigger: "axis", formatter: monthTooltip },
      grid: { left: 32, right: 12, top: 12, bottom: 28 },
      xAxis: { type: "category", data: rows.map(function (r) { return r.month; }) },
      yAxis: { type: "value", minInterval: 1 },
      series: [{ type: "bar", name: "文章", data: rows.map(function (r) { return r.articles; }), itemStyle: { color: "#9f1d20" }, barMaxWidth: 28 }]
    });
  }

  if (data.technologies) trend("chart-technologies", data.technologies);
  if (data.industries) trend("chart-industries", data.industries);
  // The two trend charts share one month axis: hovering or zooming one moves the other.
  var trendCharts = ["chart-technologies", "chart-industries"].map(function (id) {
    var el = document.getElementById(id);
    return el && echarts.getInstanceByDom(el);
  }).filter(Boolean);
  if (trendCharts.length === 2) echarts.connect(trendCharts);
  if (data.network) network("chart-network", data.network);
  if (data.months) months("chart-months", data.months);
  window.addEventListener("resize", function () { charts.forEach(function (c) { c.resize(); }); });
})();
