// Preview only: reloads the page after a rebuild and shows build problems over the page.
// Served by `explainer serve`; never part of the built site.
(function () {
  var overlay = null;
  function show(problems) {
    hide();
    overlay = document.createElement('div');
    overlay.className = 'explainer-preview-overlay';
    overlay.setAttribute('role', 'alert');
    var h = document.createElement('h2');
    h.textContent = problems.length + (problems.length === 1 ? ' problem' : ' problems') +
      ' — showing the last good version of this page';
    overlay.appendChild(h);
    problems.forEach(function (p) {
      var item = document.createElement('div');
      item.className = 'problem';
      var where = document.createElement('code');
      where.textContent = p.file + (p.line ? ':' + p.line + ':' + p.column : '');
      var what = document.createElement('p');
      what.textContent = p.severity + ': ' + p.message;
      item.appendChild(where);
      item.appendChild(what);
      if (p.hint) {
        var hint = document.createElement('p');
        hint.className = 'hint';
        hint.textContent = 'hint: ' + p.hint;
        item.appendChild(hint);
      }
      overlay.appendChild(item);
    });
    document.body.appendChild(overlay);
  }
  function hide() {
    if (overlay) { overlay.remove(); overlay = null; }
  }
  var css = document.createElement('link');
  css.rel = 'stylesheet';
  css.href = '/__preview/overlay.css';
  document.head.appendChild(css);
  var events = new EventSource('/__preview/events');
  events.addEventListener('reload', function () { location.reload(); });
  events.addEventListener('problems', function (e) { show(JSON.parse(e.data)); });
  events.addEventListener('ok', function () { hide(); });
})();
