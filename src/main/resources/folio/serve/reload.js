// Live reload for `folio serve`: reloads the page after a rebuild and shows build errors (and the
// warnings of a good build, such as stale or missing translations) in place.
(function () {
  if (!window.EventSource) { return; }
  var overlay = null;
  function show(text, warning) {
    hide();
    if (!overlay) {
      overlay = document.createElement('div');
      overlay.id = 'folio-error-overlay';
      if (warning) { overlay.className = 'folio-warning'; }
      overlay.setAttribute('role', warning ? 'status' : 'alert');
      var title = document.createElement('p');
      title.className = 'folio-error-title';
      title.textContent = warning ? 'Built, with warnings (a build on CI refuses these):'
        : 'Build failed: the page shows the last good build. Fix the file and save.';
      overlay.appendChild(title);
      var pre = document.createElement('pre');
      overlay.appendChild(pre);
      document.body.appendChild(overlay);
    }
    overlay.querySelector('pre').textContent = text;
  }
  function hide() {
    if (overlay) { overlay.remove(); overlay = null; }
  }
  var events = new EventSource('/_folio/events');
  events.addEventListener('reload', function () { window.location.reload(); });
  events.addEventListener('error', function (event) { if (event.data) { show(event.data, false); } });
  events.addEventListener('warning', function (event) { if (event.data) { show(event.data, true); } });
  events.addEventListener('ok', hide);
})();
