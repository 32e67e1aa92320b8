/* Progressive enhancement only: the theme filter on the provisions page and site search.
   Without JavaScript the filter is a list of anchor links and the search page lists the indexes. */
(function () {
  'use strict';
  var script = document.currentScript;
  var root = new URL('.', script ? script.src : location.href);

  /* Theme filter: turn the jump links into toggle buttons. */
  var filter = document.querySelector('[data-filter]');
  if (filter) {
    var sections = Array.prototype.slice.call(document.querySelectorAll('.theme-sec'));
    var list = filter.querySelector('ul');
    var status = filter.querySelector('.tf-status');
    var heading = filter.querySelector('.tf-h');
    heading.textContent = 'Show points by theme';
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
    make('All themes', '');
    Array.prototype.forEach.call(list.querySelectorAll('a[data-theme]'), function (a) {
      make(a.textContent.replace(/\s+/g, ' ').trim(), a.getAttribute('data-theme'));
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
      var name = id ? button.textContent.replace(/\s*\(\d+\)$/, '') : 'all themes';
      status.textContent = 'Showing ' + count + ' point' + (count === 1 ? '' : 's') + ': ' + name + '.';
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

  var norm = function (s) {
    return (s || '').toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  };
  /* Spellings readers type for the same thing, matched as one: older or Russian-based
     transliterations of Ukrainian names, and numbers with or without thousands separators. */
  var SPELLINGS = [
    [/\bkiev\b/g, 'kyiv'], [/\bdonbass\b/g, 'donbas'], [/\bzelensk(?:iy|yi|i|y)\b/g, 'zelenskyy'],
    [/\bkharkov\b/g, 'kharkiv'], [/\blugansk\b/g, 'luhansk'], [/\bzaporo(?:zh|z)(?:h?ye|ia|ya)\b/g, 'zaporizhzhia'],
    [/\bodessa\b/g, 'odesa'], [/\bdnepr\b/g, 'dnipro'], [/\bkupyansk\b/g, 'kupiansk'], [/\bslavyansk\b/g, 'sloviansk'],
    [/\bartemovsk\b/g, 'bakhmut'], [/\bnikolaev\b/g, 'mykolaiv'], [/\bsibiga\b/g, 'sybiha'],
    [/\bdmitriyev\b/g, 'dmitriev'], [/\bwitkof\b/g, 'witkoff'],
    [/(\d)[,.\u00a0\u202f'](?=\d{3}(?!\d))/g, '$1']
  ];
  var fold = function (s) {
    var t = norm(s);
    SPELLINGS.forEach(function (r) { t = t.replace(r[0], r[1]); });
    return t;
  };
  var href = function (u) {
    var link = new URL(u, root);
    if (location.protocol === 'file:' && /\/$/.test(link.pathname)) { link.pathname += 'index.html'; }
    return link.href;
  };
  var snippet = function (text, word) {
    var i = norm(text).indexOf(word);
    var start = Math.max(0, i - 60);
    var s = (start > 0 ? '…' : '') + text.slice(start, start + 180) + (start + 180 < text.length ? '…' : '');
    return s;
  };
  var mark = function (el, text, words) {
    var lower = norm(text);
    var pos = 0;
    while (pos < text.length) {
      var best = -1, len = 0;
      words.forEach(function (w) {
        var j = lower.indexOf(w, pos);
        if (j >= 0 && (best < 0 || j < best)) { best = j; len = w.length; }
      });
      if (best < 0) { el.appendChild(document.createTextNode(text.slice(pos))); break; }
      el.appendChild(document.createTextNode(text.slice(pos, best)));
      var m = document.createElement('mark');
      m.textContent = text.slice(best, best + len);
      el.appendChild(m);
      pos = best + len;
    }
  };
  var run = function () {
    var q = norm(input.value).trim();
    while (out.firstChild) { out.removeChild(out.firstChild); }
    if (!q) { info.textContent = ''; return; }
    if (!index) { info.textContent = 'Loading the search index…'; return; }
    var words = q.split(/\s+/).filter(function (w) { return w.length > 0; });
    var keys = fold(input.value).trim().split(/\s+/).filter(function (w) { return w.length > 0; });
    var hits = [];
    index.forEach(function (item) {
      var score = 0;
      for (var k = 0; k < keys.length; k++) {
        var inTitle = item._t.indexOf(keys[k]) >= 0;
        var inText = item._x.indexOf(keys[k]) >= 0;
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
      mark(a, h.item.title, words);
      li.appendChild(a);
      if (h.item.kind) {
        var k = document.createElement('span');
        k.className = 'rk';
        k.textContent = h.item.kind;
        li.appendChild(k);
      }
      if (h.item.text) {
        var p = document.createElement('p');
        mark(p, snippet(h.item.text, words[0]), words);
        li.appendChild(p);
      }
      out.appendChild(li);
    });
    info.textContent = hits.length === 0 ? 'No results for “' + input.value.trim() + '”.'
      : hits.length + ' result' + (hits.length === 1 ? '' : 's') + (hits.length > shown.length ? ', showing the first ' + shown.length : '') + '.';
  };
  var timer;
  input.addEventListener('input', function () { clearTimeout(timer); timer = setTimeout(run, 150); });
  form.addEventListener('submit', function (e) { e.preventDefault(); run(); });
  var params = new URLSearchParams(location.search);
  if (params.get('q')) { input.value = params.get('q'); }
  fetch(form.getAttribute('data-index'))
    .then(function (r) { if (!r.ok) { throw new Error(r.status); } return r.json(); })
    .then(function (data) {
      index = data.map(function (d) { d._t = fold(d.title + ' ' + (d.also || '')); d._x = fold(d.text); return d; });
      run();
    })
    .catch(function () {
      info.textContent = 'The search index could not be loaded. Use the lists below instead.';
    });
}());
