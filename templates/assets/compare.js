/* Compare page: filter rows by state, level, type and status, sort by any column, and keep both in the URL
   (?state=illinois&sort=adopted&dir=desc) so a view can be shared and restored. Without this script the full
   table is shown in its default order. */
(function () {
  'use strict';
  var form = document.getElementById('compare-filters');
  var table = document.getElementById('compare-table');
  if (!form || !table || !window.URLSearchParams || !history.replaceState) return;
  var body = table.tBodies[0];
  var rows = Array.prototype.slice.call(body.rows);
  var heads = Array.prototype.slice.call(table.tHead.rows[0].cells);
  var count = document.getElementById('compare-count');
  var empty = document.getElementById('compare-empty');
  var fields = ['state', 'level', 'type', 'status'];
  var state = { sort: '', dir: 'asc' };

  rows.forEach(function (row, i) { row.dataset.order = String(i); });

  // Each heading becomes a button; aria-sort on the heading tells screen readers the current order.
  heads.forEach(function (th, col) {
    var button = document.createElement('button');
    button.type = 'button';
    button.className = 'sort';
    button.textContent = th.textContent;
    var arrow = document.createElement('span');
    arrow.className = 'sort-arrow';
    arrow.setAttribute('aria-hidden', 'true');
    button.appendChild(arrow);
    th.textContent = '';
    th.appendChild(button);
    button.addEventListener('click', function () {
      var key = th.dataset.key;
      state.dir = state.sort === key && state.dir === 'asc' ? 'desc' : 'asc';
      state.sort = key;
      apply(true);
    });
    th.dataset.col = String(col);
  });

  function sortValue(row, col) {
    var cell = row.cells[col];
    return cell.hasAttribute('data-sort') ? cell.getAttribute('data-sort') : cell.textContent.trim().toLowerCase();
  }

  function compare(a, b, col) {
    var x = sortValue(a, col), y = sortValue(b, col);
    // Empty values (a measure never adopted) go last whichever way the column is sorted.
    if (x === '' || y === '') return x === y ? 0 : (x === '' ? 1 : -1) * (state.dir === 'desc' ? -1 : 1);
    var nx = Number(x), ny = Number(y);
    if (!isNaN(nx) && !isNaN(ny)) return nx - ny;
    return x < y ? -1 : x > y ? 1 : 0;
  }

  function apply(push) {
    var shown = 0;
    rows.forEach(function (row) {
      var match = fields.every(function (f) {
        var want = form.elements[f].value;
        return !want || row.dataset[f] === want;
      });
      row.hidden = !match;
      if (match) shown++;
    });
    var th = heads.filter(function (h) { return h.dataset.key === state.sort; })[0];
    var sorted = rows.slice();
    if (th) {
      var col = Number(th.dataset.col);
      var sign = state.dir === 'desc' ? -1 : 1;
      sorted.sort(function (a, b) {
        return sign * compare(a, b, col) || Number(a.dataset.order) - Number(b.dataset.order);
      });
    }
    sorted.forEach(function (row) { body.appendChild(row); });
    heads.forEach(function (h) {
      var active = h === th;
      if (active) h.setAttribute('aria-sort', state.dir === 'desc' ? 'descending' : 'ascending');
      else h.removeAttribute('aria-sort');
      h.querySelector('.sort-arrow').textContent = active ? (state.dir === 'desc' ? ' ▼' : ' ▲') : '';
    });
    // The messages come from the page (data-all, data-some), in its language.
    count.textContent = (shown === rows.length ? count.getAttribute('data-all') : count.getAttribute('data-some'))
      .replace('{shown}', String(shown)).replace('{n}', String(rows.length));
    empty.hidden = shown !== 0;
    table.hidden = shown === 0;
    if (push) writeUrl();
  }

  function writeUrl() {
    var params = new URLSearchParams();
    fields.forEach(function (f) { if (form.elements[f].value) params.set(f, form.elements[f].value); });
    if (state.sort) {
      params.set('sort', state.sort);
      params.set('dir', state.dir);
    }
    var query = params.toString();
    history.replaceState(null, '', location.pathname + (query ? '?' + query : ''));
  }

  function readUrl() {
    var params = new URLSearchParams(location.search);
    fields.forEach(function (f) {
      var select = form.elements[f];
      var value = params.get(f) || '';
      // Ignore values that name no option, such as a state removed since the link was shared.
      select.value = Array.prototype.some.call(select.options, function (o) { return o.value === value; }) ? value : '';
    });
    var sort = params.get('sort') || '';
    state.sort = heads.some(function (h) { return h.dataset.key === sort; }) ? sort : '';
    state.dir = params.get('dir') === 'desc' ? 'desc' : 'asc';
  }

  form.addEventListener('change', function () { apply(true); });
  form.addEventListener('submit', function (e) { e.preventDefault(); });
  form.addEventListener('reset', function () {
    // The reset event fires before the form's values are cleared.
    setTimeout(function () { state.sort = ''; state.dir = 'asc'; apply(true); }, 0);
  });
  readUrl();
  form.hidden = false;
  document.getElementById('compare-hint').hidden = false;
  table.classList.add('sortable');
  apply(false);
})();
