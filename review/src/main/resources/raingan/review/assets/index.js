// The index of a review report: a paged, filtered table over window.RAINGAN_DOCUMENTS (documents.js),
// so that an archive of 10 000 documents opens at once. Rows are built with textContent: a value
// is never read as HTML.
(function () {
  'use strict';
  var PAGE_SIZE = 100;
  // The fields of each document, by position (IndexRow).
  var HREF = 0, FILE = 1, CODE = 2, NAME = 3, AGENCY = 4, FY = 5, STATUS = 6, PROGRESS = 7, METHOD = 8,
      OCR = 9, ERRORS = 10, WARNINGS = 11, INFOS = 12, RULES = 13, NOTE = 14;
  var all = window.RAINGAN_DOCUMENTS;
  var haystacks = all.map(function (d) {
    return [d[FILE], d[CODE], d[NAME], d[AGENCY], d[RULES]].join('\n').toLowerCase();
  });
  var controls = {
    search: document.getElementById('search'),
    status: document.getElementById('status'),
    method: document.getElementById('method'),
    severity: document.getElementById('severity')
  };
  var body = document.querySelector('#documents tbody');
  var shown = [];
  var page = 0;

  function matches(d, i, words) {
    if (controls.status.value && d[STATUS] !== controls.status.value) { return false; }
    if (controls.method.value && d[METHOD] !== controls.method.value) { return false; }
    switch (controls.severity.value) {
      case 'error': if (!d[ERRORS]) { return false; } break;
      case 'warning': if (!d[WARNINGS]) { return false; } break;
      case 'info': if (!d[INFOS]) { return false; } break;
      case 'none': if (d[ERRORS] + d[WARNINGS] + d[INFOS] > 0) { return false; } break;
    }
    for (var w = 0; w < words.length; w++) {
      if (haystacks[i].indexOf(words[w]) < 0) { return false; }
    }
    return true;
  }

  function filter() {
    var words = controls.search.value.toLowerCase().split(/\s+/).filter(Boolean);
    shown = [];
    for (var i = 0; i < all.length; i++) {
      if (matches(all[i], i, words)) { shown.push(i); }
    }
    page = 0;
    draw();
  }

  function cell(row, text, className) {
    var td = row.insertCell();
    td.textContent = text === null || text === undefined ? '' : String(text);
    if (className) { td.className = className; }
    return td;
  }

  function count(row, n, severity) {
    cell(row, n, 'count sev-' + severity + (n ? '' : ' zero'));
  }

  function draw() {
    var pages = Math.max(1, Math.ceil(shown.length / PAGE_SIZE));
    page = Math.min(page, pages - 1);
    var rows = document.createDocumentFragment();
    var end = Math.min(shown.length, (page + 1) * PAGE_SIZE);
    for (var k = page * PAGE_SIZE; k < end; k++) {
      var d = all[shown[k]];
      var tr = document.createElement('tr');
      cell(tr, shown[k] + 1);
      var file = cell(tr, '');
      if (d[HREF]) {
        var a = document.createElement('a');
        a.href = d[HREF];
        a.textContent = d[FILE];
        file.appendChild(a);
      } else {
        file.textContent = d[FILE];
        file.title = d[NOTE] || '';
      }
      cell(tr, d[CODE]);
      cell(tr, d[NAME] || d[NOTE]);
      cell(tr, d[AGENCY]);
      cell(tr, d[FY]);
      cell(tr, d[STATUS], d[STATUS] === 'ok' ? '' : 'sev-error');
      cell(tr, d[PROGRESS]);
      cell(tr, d[METHOD]);
      cell(tr, d[OCR] === null ? '' : d[OCR].toFixed(2), 'count');
      count(tr, d[ERRORS], 'error');
      count(tr, d[WARNINGS], 'warning');
      count(tr, d[INFOS], 'info');
      rows.appendChild(tr);
    }
    body.replaceChildren(rows);
    document.getElementById('shown').textContent = shown.length + ' of ' + all.length + ' documents';
    document.getElementById('page').textContent = 'page ' + (page + 1) + ' of ' + pages;
    document.getElementById('previous').disabled = page === 0;
    document.getElementById('next').disabled = page >= pages - 1;
  }

  controls.search.addEventListener('input', filter);
  controls.status.addEventListener('change', filter);
  controls.method.addEventListener('change', filter);
  controls.severity.addEventListener('change', filter);
  document.getElementById('previous').addEventListener('click', function () { page--; draw(); });
  document.getElementById('next').addEventListener('click', function () { page++; draw(); });
  filter();
})();
