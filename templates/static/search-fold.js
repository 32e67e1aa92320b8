/* The one normalisation of search text ("Search" in folio's docs/templates.md), step for step the
   same as folio's SearchFold.java, which folds the index; both are checked against the same cases.
   Defines folioFold(text) for search.js. */
var folioFold = (function () {
  'use strict';
  var SPELLINGS = {
    kiev: 'kyiv', kyev: 'kyiv', kieva: 'kyiv', kyieva: 'kyiv', kyievi: 'kyiv', kyievom: 'kyiv',
    donbass: 'donbas', kharkov: 'kharkiv', lugansk: 'luhansk', odessa: 'odesa', dnepr: 'dnipro',
    dnepropetrovsk: 'dnipropetrovsk', zaporozhye: 'zaporizhzhia', zaporozhe: 'zaporizhzhia',
    zaporizhia: 'zaporizhzhia', zaporizhzhya: 'zaporizhzhia', zaporozhia: 'zaporizhzhia',
    nikolaev: 'mykolaiv', nykolaev: 'mykolaiv', kupyansk: 'kupiansk', slavyansk: 'sloviansk',
    slaviansk: 'sloviansk', slovyansk: 'sloviansk', artemovsk: 'bakhmut',
    krym: 'crimea', krymu: 'crimea', krymom: 'crimea',
    ukraina: 'ukraine', ukrainy: 'ukraine', ukraini: 'ukraine', ukrainu: 'ukraine', ukrainoiu: 'ukraine',
    rosiia: 'russia', rosii: 'russia', rosiiu: 'russia', rosiieiu: 'russia',
    sibiga: 'sybiha', dmitriyev: 'dmitriev', dmytriiev: 'dmitriev', dmytryev: 'dmitriev',
    witkof: 'witkoff', vitkoff: 'witkoff', tramp: 'trump', umierov: 'umerov', pieskov: 'peskov',
    medvediev: 'medvedev', yuliia: 'yulia'
  };
  /* а..я, then ё є і ї ґ: the Latin of each lower-case Cyrillic letter not at a word's start. */
  var LETTERS = {};
  'a b v h d e zh z y i k l m n o p r s t u f kh ts ch sh shch - y - e iu ia'.split(' ').forEach(function (l, i) {
    LETTERS[String.fromCharCode(0x430 + i)] = l === '-' ? '' : l;
  });
  LETTERS['ё'] = 'io'; LETTERS['є'] = 'ie'; LETTERS['і'] = 'i'; LETTERS['ї'] = 'i'; LETTERS['ґ'] = 'g';
  var FIRST = { 'є': 'ye', 'ї': 'yi', 'й': 'y', 'ю': 'yu', 'я': 'ya', 'ё': 'yo' };
  var LETTER = /\p{L}/u;
  var latin = function (t) {
    var out = '';
    for (var i = 0; i < t.length; i++) {
      var c = t.charAt(i);
      var l = Object.prototype.hasOwnProperty.call(LETTERS, c) ? LETTERS[c] : null;
      if (l === null) { out += c; continue; }
      if (i === 0 || !LETTER.test(t.charAt(i - 1))) {
        if (FIRST[c]) { l = FIRST[c]; }
      } else if (c === 'г' && t.charAt(i - 1) === 'з') {
        l = 'gh';
      }
      out += l;
    }
    return out;
  };
  var canonical = function (w) {
    if (Object.prototype.hasOwnProperty.call(SPELLINGS, w)) { return SPELLINGS[w]; }
    var m = /^([a-z]{2,}sk)(?:oho|ogo|omu|ym|im|yi|yy|iy|ii|i)$/.exec(w);
    if (m) { return m[1] + 'y'; }
    m = /^([a-z]{3,})(?:yy|yi|iy|ii)$/.exec(w);
    return m ? m[1] + 'y' : w;
  };
  return function (text) {
    var t = (text || '').replace(/\u2060/g, '').normalize('NFC').toLowerCase();
    t = t.normalize('NFD').replace(/([a-z])[\u0300-\u036f]+/g, '$1').normalize('NFC');
    t = t.replace(/['\u2019\u02bc\u2018`]s(?![\p{L}\p{N}])/gu, '').replace(/['\u2019\u02bc\u2018`]/g, '');
    t = t.replace(/([0-9])[ \u00a0\u202f\u2009,.](?=[0-9]{3}(?![0-9]))/g, '$1');
    t = latin(t).replace(/[a-z]+/g, canonical);
    return t.replace(/\s+/g, ' ').trim();
  };
}());
