// Preview only: refreshes the page after a rebuild that changed it, and shows build problems over the page.
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
  // The page's own path as the server lists changed files: /measures/x/ for /measures/x/index.html.
  function ownPath() {
    return location.pathname.replace(/\/index\.html$/, '/');
  }
  // Scripts of the site itself (search, compare, timeline) bind to the page they ran on, so such pages are
  // reloaded whole; other pages get their new body in place, which is faster and keeps the scroll position.
  function ownScripts(doc) {
    return Array.prototype.some.call(doc.querySelectorAll('script[src]'), function (s) {
      return s.getAttribute('src').indexOf('/__preview/') !== 0;
    });
  }
  function styles(doc) {
    return Array.prototype.map.call(doc.querySelectorAll('link[rel~="stylesheet"]'), function (l) {
      return l.getAttribute('href');
    }).filter(function (href) { return href.indexOf('/__preview/') !== 0; }).join(' ');
  }
  function refresh() {
    if (!window.fetch || !window.DOMParser || ownScripts(document)) { location.reload(); return; }
    fetch(location.href, { cache: 'no-store' }).then(function (r) {
      if (!r.ok) throw new Error(r.status);
      return r.text();
    }).then(function (html) {
      var next = new DOMParser().parseFromString(html, 'text/html');
      if (ownScripts(next) || styles(next) !== styles(document)) { location.reload(); return; }
      var x = window.scrollX, y = window.scrollY;
      hide();
      document.title = next.title;
      document.documentElement.lang = next.documentElement.lang;
      // Scripts parsed by DOMParser never run, so the copy of this script in the new body stays inert.
      document.body.replaceWith(document.adoptNode(next.body));
      window.scrollTo(x, y);
    }).catch(function () { location.reload(); });
  }
  events.addEventListener('reload', function (e) {
    hide();
    var data = {};
    try { data = JSON.parse(e.data); } catch (ignored) { /* a plain reload */ }
    if (data.paths && data.paths.indexOf(ownPath()) < 0) return;
    refresh();
  });
  events.addEventListener('problems', function (e) { show(JSON.parse(e.data)); });
  events.addEventListener('ok', function () { hide(); });
})();
