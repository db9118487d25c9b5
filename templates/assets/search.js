/* Search page: loads the index the generator wrote (search/index.json) and ranks pages in the browser. Nothing
   typed here is sent anywhere. words() and stem() must split text exactly as SearchIndex.java does. */
(function () {
  'use strict';
  var form = document.getElementById('search-form');
  if (!form || !window.fetch || !window.URLSearchParams) return;
  var input = form.elements.q;
  var status = document.getElementById('search-status');
  var results = document.getElementById('search-results');
  var root = form.getAttribute('data-root');
  // Every message shown to readers comes from the page (data-* attributes written from templates/i18n), so the
  // script speaks the page's language.
  var text = function (name, values) {
    return (form.getAttribute('data-' + name) || '').replace(/\{(\w+)\}/g, function (m, k) {
      return values && Object.prototype.hasOwnProperty.call(values, k) ? values[k] : m;
    });
  };
  // Words too common to search for, in the page's language: the index lists the ones it left out.
  var STOP = {};
  var index = null;
  var keys = [];
  var timer = 0;

  function stem(w) {
    if (w.length > 4 && /ies$/.test(w)) return w.slice(0, -3) + 'y';
    if (w.length > 3 && /s$/.test(w) && !/(ss|us|is)$/.test(w)) return w.slice(0, -1);
    return w;
  }

  function words(text) {
    return text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/['\u2019]/g, '')
      .split(/[^a-z0-9]+/).filter(function (w) { return w.length > 1 && !STOP[w]; }).map(stem);
  }

  /** The position of the first index word not less than w (the words are sorted). */
  function lowerBound(w) {
    var lo = 0, hi = keys.length;
    while (lo < hi) {
      var mid = (lo + hi) >> 1;
      if (keys[mid] < w) lo = mid + 1; else hi = mid;
    }
    return lo;
  }

  function rank(query) {
    var tokens = words(query).filter(function (w, i, all) { return all.indexOf(w) === i; });
    if (!tokens.length) return [];
    var n = index.docs.length;
    var total = {}, hits = {};
    tokens.forEach(function (t) {
      var best = {};
      function collect(term, factor) {
        var p = index.terms[term];
        if (!p) return;
        var idf = Math.log(1 + n / (p.length / 2));
        for (var i = 0; i < p.length; i += 2) {
          var s = p[i + 1] * factor * idf;
          if (!(best[p[i]] >= s)) best[p[i]] = s;
        }
      }
      collect(t, 1);
      // Words that start with the query word ("mask" → "masked") count for less than the word itself.
      if (t.length >= 3) {
        for (var i = lowerBound(t); i < keys.length && keys[i].lastIndexOf(t, 0) === 0; i++) {
          if (keys[i] !== t) collect(keys[i], 0.5);
        }
      }
      Object.keys(best).forEach(function (d) {
        total[d] = (total[d] || 0) + best[d];
        hits[d] = (hits[d] || 0) + 1;
      });
    });
    var phrase = query.trim().toLowerCase().replace(/\s+/g, ' ');
    return Object.keys(total).map(function (d) {
      var doc = index.docs[d];
      var coverage = hits[d] / tokens.length;
      // Pages with every word rank above pages with some; a title holding the exact phrase ranks above both.
      var bonus = tokens.length > 1 && doc.t.toLowerCase().indexOf(phrase) >= 0 ? 2 : 1;
      return { doc: doc, score: total[d] * coverage * coverage * bonus };
    }).sort(function (a, b) {
      return b.score - a.score || (a.doc.t < b.doc.t ? -1 : a.doc.t > b.doc.t ? 1 : 0);
    });
  }

  function show(query) {
    results.textContent = '';
    if (!query.trim()) { status.textContent = ''; return; }
    var found = rank(query).slice(0, 20);
    status.textContent = found.length
      ? text(found.length === 1 ? 'results-one' : 'results-other',
        { n: found.length + (found.length === 20 ? '+' : ''), q: query.trim() })
      : text('none', { q: query.trim() });
    found.forEach(function (r) {
      var li = document.createElement('li');
      var h = document.createElement('h2');
      h.className = 'result-title';
      var a = document.createElement('a');
      a.href = root + r.doc.u;
      a.textContent = r.doc.t;
      h.appendChild(a);
      var meta = document.createElement('p');
      meta.className = 'result-meta';
      var kind = text('kind-' + r.doc.k) || text('kind-page');
      meta.textContent = kind + (r.doc.c && r.doc.c !== kind ? ' · ' + r.doc.c : '');
      var desc = document.createElement('p');
      desc.className = 'result-summary';
      desc.textContent = r.doc.d;
      li.appendChild(h);
      li.appendChild(meta);
      li.appendChild(desc);
      results.appendChild(li);
    });
  }

  function run() {
    var q = input.value;
    history.replaceState(null, '', location.pathname + (q.trim() ? '?q=' + encodeURIComponent(q.trim()) : ''));
    if (index) show(q);
  }

  input.addEventListener('input', function () {
    clearTimeout(timer);
    timer = setTimeout(run, 120);
  });
  form.addEventListener('submit', function (e) {
    e.preventDefault();
    clearTimeout(timer);
    run();
  });

  input.value = new URLSearchParams(location.search).get('q') || '';
  status.textContent = text('loading');
  fetch(form.getAttribute('data-index'))
    .then(function (r) { if (!r.ok) throw new Error(r.status); return r.json(); })
    .then(function (data) {
      index = data;
      (data.stop || []).forEach(function (w) { STOP[w] = true; });
      keys = Object.keys(data.terms).sort();
      form.classList.add('ready');
      status.textContent = '';
      show(input.value);
    })
    .catch(function () { status.textContent = text('failed'); });
})();
