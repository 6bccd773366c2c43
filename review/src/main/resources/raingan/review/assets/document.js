// The progress chart of a document page: progress % and cumulative disbursement of each dated
// entry, over the fiscal year's window. The data comes from the page (data-chart), made by raingan.
(function () {
  'use strict';
  var element = document.getElementById('progress-chart');
  if (!element) {
    return;
  }
  var data = JSON.parse(element.getAttribute('data-chart'));
  var dates = data.points.map(function (p) { return p.date; });
  var fy = data.fiscalYear;
  if (fy) {
    dates.push(fy.start, fy.end);
  }
  dates.sort();
  var progress = {
    name: 'Progress %', type: 'line', yAxisIndex: 0, symbolSize: 7,
    data: data.points.map(function (p) { return [p.date, p.progress, p.label]; })
  };
  if (fy) {
    progress.markArea = {
      silent: true, itemStyle: { color: 'rgba(21,101,192,0.07)' },
      label: { show: true, position: 'insideTopLeft', color: '#1565c0' },
      data: [[{ name: fy.label, xAxis: fy.start }, { xAxis: fy.end }]]
    };
  }
  var disbursed = {
    name: 'Disbursed (cumulative, baht)', type: 'line', step: 'end', yAxisIndex: 1, symbolSize: 7,
    data: data.points.map(function (p) { return [p.date, p.disbursed, p.label]; })
  };
  if (data.budget !== null && data.budget !== undefined) {
    disbursed.markLine = { silent: true, symbol: 'none', lineStyle: { type: 'dashed' },
      label: { formatter: 'budget received', position: 'insideEndTop' }, data: [{ yAxis: data.budget }] };
  }
  var chart = echarts.init(element, null, { renderer: 'svg' });
  chart.setOption({
    animation: false,
    textStyle: { fontFamily: 'Laksaman, sans-serif' },
    legend: { top: 0 },
    grid: { left: 50, right: 90, top: 40, bottom: 30 },
    tooltip: { trigger: 'axis' },
    xAxis: { type: 'time', min: dates[0], max: dates[dates.length - 1] },
    yAxis: [
      { type: 'value', name: '%', min: 0, max: function (v) { return Math.max(100, v.max); } },
      { type: 'value', name: 'baht', splitLine: { show: false } }
    ],
    series: [progress, disbursed]
  });
  window.addEventListener('resize', function () { chart.resize(); });
})();
