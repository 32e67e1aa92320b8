/* Progressive enhancement only: the theme filter on the provisions page and site search.
   Without JavaScript the filter is a list of anchor links and the search page lists the indexes. */
(function () {
  'use strict';
  var script = document.currentScript;
  var root = new URL('.', script ? script.src : location.href);
  /* The words come from the page (data- attributes its template writes in the page's language);
     a count's text is the form Intl.PluralRules picks for the page's language, {count} filled in. */
  var plural = new Intl.PluralRules(document.documentElement.lang || 'en');
  var words = function (el, name, fill) {
    var text = el.getAttribute('data-' + name) || '';
    Object.keys(fill || {}).forEach(function (k) { text = text.split('{' + k + '}').join(fill[k]); });
    return text;
  };
  var counted = function (el, name, count, fill) {
    var form = el.getAttribute('data-' + name + '-' + plural.select(count)) !== null ? plural.select(count) : 'other';
    fill = fill || {};
    fill.count = String(count);
    return words(el, name + '-' + form, fill);
  };

  /* Theme filter: turn the jump links into toggle buttons. */
  var filter = document.querySelector('[data-filter]');
  if (filter) {
    var sections = Array.prototype.slice.call(document.querySelectorAll('.theme-sec'));
    var list = filter.querySelector('ul');
    var status = filter.querySelector('.tf-status');
    var heading = filter.querySelector('.tf-h');
    heading.textContent = words(filter, 'heading');
    var group = document.createElement('ul');
    group.className = 'chips';
    var buttons = [];
    var make = function (label, id) {
      var li = document.createElement('li');
      var b = document.createElement('button');
      b.type = 'button';
      b.textContent = label;
      b.setAttribute('aria-pressed', id ? 'false' : 'true');
      b.addEventListener('click', function () { show(id, b); });
      li.appendChild(b);
      group.appendChild(li);
      buttons.push(b);
    };
    make(words(filter, 'all'), '');
    Array.prototype.forEach.call(list.querySelectorAll('a[data-theme]'), function (a) {
      /* ASCII white space only: the chip's no-break spaces («і НАТО») stay. */
      make(a.textContent.replace(/[ \t\n\r\f]+/g, ' ').trim(), a.getAttribute('data-theme'));
    });
    group.setAttribute('aria-labelledby', 'tf-h');
    list.parentNode.replaceChild(group, list);
    var show = function (id, button) {
      var count = 0;
      sections.forEach(function (s) {
        var on = !id || s.id === id;
        s.hidden = !on;
        if (on) { count += s.querySelectorAll('.pcard').length; }
      });
      buttons.forEach(function (b) { b.setAttribute('aria-pressed', b === button ? 'true' : 'false'); });
      var name = id ? button.textContent.replace(/\s*\(\d+\)$/, '') : words(filter, 'all-name');
      status.textContent = counted(filter, 'showing', count, { name: name });
      if (history.replaceState) { history.replaceState(null, '', id ? '#' + id : location.pathname + location.search); }
    };
    var start = location.hash.slice(1);
    buttons.forEach(function (b, i) {
      if (i > 0 && sections[i - 1] && sections[i - 1].id === start) { show(start, b); }
    });
  }

  /* Search */
  var form = document.querySelector('.search-form');
  if (!form) { return; }
  var input = form.querySelector('input');
  var out = document.querySelector('.results');
  var info = document.querySelector('.search-status');
  var index = null;

  /* What a reader types is folded as the index was (search-fold.js, the same rules as the
     generator's SearchFold): case, accents, the apostrophe forms, thousands separators,
     Cyrillic in Latin and common other spellings. */
  var fold = window.folioFold;
  var href = function (u) {
    var link = new URL(u, root);
    if (location.protocol === 'file:' && /\/$/.test(link.pathname)) { link.pathname += 'index.html'; }
    return link.href;
  };
  /* A shown text in pieces: words (a number with its thousands separators is one), and the space
     between them; a word is marked when its folded form holds one of the folded query words. */
  var pieces = function (text) {
    return text.match(/\d{1,3}(?:[ \u00a0\u202f\u2009,.]\d{3})+(?!\d)|[^\s]+|\s+/g) || [];
  };
  var hit = function (piece, keys) {
    var f = fold(piece);
    return f !== '' && keys.some(function (k) { return f.indexOf(k) >= 0; });
  };
  var snippet = function (text, keys) {
    var parts = pieces(text);
    var at = 0, i;
    for (i = 0; i < parts.length; i++) {
      if (hit(parts[i], keys)) { break; }
      at += parts[i].length;
    }
    var start = i < parts.length ? Math.max(0, at - 60) : 0;
    if (start > 0) { start = text.indexOf(' ', start) + 1 || start; }
    return (start > 0 ? '…' : '') + text.slice(start, start + 180) + (start + 180 < text.length ? '…' : '');
  };
  var mark = function (el, text, keys) {
    var plain = '';
    pieces(text).forEach(function (p) {
      if (!/\S/.test(p) || !hit(p, keys)) { plain += p; return; }
      /* Punctuation around the word stays unmarked. */
      var core = /^([^\p{L}\p{N}]*)(.*?)([^\p{L}\p{N}]*)$/u.exec(p);
      plain += core[1];
      if (plain) { el.appendChild(document.createTextNode(plain)); plain = ''; }
      var m = document.createElement('mark');
      m.textContent = core[2];
      el.appendChild(m);
      plain += core[3];
    });
    if (plain) { el.appendChild(document.createTextNode(plain)); }
  };
  var run = function () {
    var q = fold(input.value);
    while (out.firstChild) { out.removeChild(out.firstChild); }
    if (!q) { info.textContent = ''; return; }
    /* No index yet: it is on its way, or the last request failed and this search asks again. */
    if (!index) { load(); info.textContent = words(form, 'loading'); return; }
    var keys = q.split(' ');
    var hits = [];
    index.forEach(function (item) {
      var score = 0;
      for (var k = 0; k < keys.length; k++) {
        var inTitle = item.keys.indexOf(keys[k]) >= 0;
        var inText = item.textKeys.indexOf(keys[k]) >= 0;
        if (!inTitle && !inText) { return; }
        score += (inTitle ? 5 : 0) + (inText ? 1 : 0);
      }
      hits.push({ item: item, score: score });
    });
    hits.sort(function (a, b) { return b.score - a.score; });
    var shown = hits.slice(0, 40);
    shown.forEach(function (h) {
      var li = document.createElement('li');
      var a = document.createElement('a');
      a.href = href(h.item.url);
      mark(a, h.item.title, keys);
      li.appendChild(a);
      if (h.item.kind) {
        var k = document.createElement('span');
        k.className = 'rk';
        k.textContent = h.item.kind;
        li.appendChild(k);
      }
      if (h.item.text) {
        var p = document.createElement('p');
        mark(p, snippet(h.item.text, keys), keys);
        li.appendChild(p);
      }
      out.appendChild(li);
    });
    info.textContent = hits.length === 0 ? words(form, 'none', { query: input.value.trim() })
      : counted(form, 'results', hits.length) + (hits.length > shown.length ? words(form, 'first', { count: shown.length }) : '') + '.';
  };
  /* The index (about 90 KB compressed per edition) is fetched when a reader starts to search, not
     with the page: a reader who only browses the lists below, or who is on a slow phone connection,
     does not pay for it, and the page's first paint does not wait behind it. */
  var requested = false;
  var load = function () {
    if (requested) { return; }
    requested = true;
    fetch(form.getAttribute('data-index'))
      .then(function (r) { if (!r.ok) { throw new Error(r.status); } return r.json(); })
      .then(function (data) {
        index = data;
        run();
      })
      .catch(function () {
        /* Offline for a moment, say: the reader's next search tries again. */
        requested = false;
        info.textContent = words(form, 'failed');
      });
  };
  var timer;
  input.addEventListener('focus', load);
  input.addEventListener('input', function () { load(); clearTimeout(timer); timer = setTimeout(run, 150); });
  form.addEventListener('submit', function (e) { e.preventDefault(); load(); run(); });
  var params = new URLSearchParams(location.search);
  if (params.get('q')) { input.value = params.get('q'); load(); }
}());
