/* Timeline page: show the events of one state only, keeping the choice in the URL (?state=oregon). Without this
   script every event is listed. */
(function () {
  'use strict';
  var form = document.getElementById('timeline-filters');
  var list = document.getElementById('timeline-list');
  if (!form || !list || !window.URLSearchParams || !history.replaceState) return;
  var select = form.elements.state;
  var items = Array.prototype.slice.call(list.children);
  var count = document.getElementById('timeline-count');

  function apply() {
    var want = select.value;
    var shown = 0;
    items.forEach(function (li) {
      li.hidden = !!want && li.dataset.state !== want;
      if (!li.hidden) shown++;
    });
    // The messages come from the page (data-all, data-some), in its language.
    count.textContent = (shown === items.length ? count.getAttribute('data-all') : count.getAttribute('data-some'))
      .replace('{shown}', String(shown)).replace('{n}', String(items.length))
      .replace('{place}', select.options[select.selectedIndex].text);
  }

  var initial = new URLSearchParams(location.search).get('state') || '';
  select.value = Array.prototype.some.call(select.options, function (o) { return o.value === initial; }) ? initial : '';
  select.addEventListener('change', function () {
    apply();
    history.replaceState(null, '', location.pathname + (select.value ? '?state=' + encodeURIComponent(select.value) : ''));
  });
  form.addEventListener('submit', function (e) { e.preventDefault(); });
  form.hidden = false;
  apply();
})();
