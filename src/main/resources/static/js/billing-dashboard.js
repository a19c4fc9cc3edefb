// Billing dashboards: the figures come from /api/billing/dashboard (same origin, the page's session), ECharts draws.
(function () {
  'use strict';

  var MONTHS = ['janv.', 'févr.', 'mars', 'avr.', 'mai', 'juin', 'juil.', 'août', 'sept.', 'oct.', 'nov.', 'déc.'];

  var charts = [];

  function draw(el, option) {
    if (el) {
      var chart = echarts.init(el, null, { renderer: 'canvas' });
      chart.setOption(option);
      charts.push(chart);
    }
  }

  function byMonth(rows, field) {
    var values = MONTHS.map(function () { return 0; });
    rows.forEach(function (row) { values[row.month - 1] = row[field]; });
    return values;
  }

  function bars(categories, series) {
    return {
      tooltip: { trigger: 'axis' },
      legend: { bottom: 0 },
      grid: { left: 48, right: 16, top: 24, bottom: 56 },
      xAxis: { type: 'category', data: categories, axisLabel: { interval: 0, rotate: categories.length > 6 ? 30 : 0 } },
      yAxis: { type: 'value' },
      series: series
    };
  }

  function render(data) {
    var root = document.getElementById('billing-dashboard');
    var chart = function (name) { return root.querySelector('[data-chart="' + name + '"]'); };
    var threshold = Number(data.threshold);
    var rates = bars(data.rates.map(function (r) { return r.name; }), [{
      name: 'Taux d\'absences injustifiées (%)', type: 'bar',
      data: data.rates.map(function (r) {
        return { value: Number(r.rate), itemStyle: { color: Number(r.rate) > threshold ? '#c0392b' : '#2e7d32' } };
      }),
      markLine: { symbol: 'none', lineStyle: { color: '#c0392b', type: 'dashed' },
        label: { position: 'insideEndTop', formatter: 'seuil ' + threshold + ' %' }, data: [{ yAxis: threshold }] }
    }]);
    // The threshold line stays in view when every rate is below it.
    rates.yAxis = { type: 'value', max: function (extent) { return Math.max(Math.ceil(extent.max), Math.ceil(threshold * 1.5)); } };
    draw(chart('rates'), rates);
    draw(chart('months'), bars(MONTHS, [
      { name: 'Prévues', type: 'bar', data: byMonth(data.months, 'planned') },
      { name: 'Effectuées', type: 'bar', data: byMonth(data.months, 'held') },
      { name: 'Absences injustifiées', type: 'line', data: byMonth(data.months, 'unjustified') }
    ]));
    draw(chart('loads'), bars(data.loads.map(function (l) { return l.name; }), [
      { name: 'Heures planifiées', type: 'bar', data: data.loads.map(function (l) { return Number(l.plannedHours); }) },
      { name: 'Plafond (2/3 du temps de travail)', type: 'line', step: 'middle',
        data: data.loads.map(function (l) { return Number(l.capHours); }) }
    ]));
    var deadlines = bars(MONTHS, [
      { name: 'Tenues', type: 'bar', stack: 'd', data: byMonth(data.deadlines, 'met'), itemStyle: { color: '#2e7d32' } },
      { name: 'Manquées', type: 'bar', stack: 'd', data: byMonth(data.deadlines, 'missed'), itemStyle: { color: '#c0392b' } }
    ]);
    draw(chart('deadlines'), deadlines);
    draw(chart('quotas'), bars(data.quotas.map(function (q) { return q.name; }), [
      { name: 'Créneaux du quota', type: 'bar', data: data.quotas.map(function (q) { return Number(q.use.entitledSlots); }) },
      { name: 'Créneaux consommés', type: 'bar', data: data.quotas.map(function (q) { return Number(q.use.consumedSlots); }) },
      { name: 'Actes facturés au-delà', type: 'bar', data: data.quotas.map(function (q) { return q.use.actsBilled; }) }
    ]));
  }

  document.addEventListener('DOMContentLoaded', function () {
    var root = document.getElementById('billing-dashboard');
    if (!root) {
      return;
    }
    fetch(root.dataset.url, { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
      .then(function (response) { return response.json(); })
      .then(render);
    window.addEventListener('resize', function () {
      charts.forEach(function (chart) { chart.resize(); });
    });
  });
})();
