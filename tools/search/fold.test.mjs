// The query side of the search normalisation: node --test tools/search/  [SITE=site]
// The theme's search-fold.js must fold every case of src/test/resources/search/fold-cases.tsv as
// written (SearchFoldTest holds folio's SearchFold.java, the index side, to the same file). With a
// built site (SITE, default site/ at the repository root), every search index in it is checked too:
// each entry's textKeys, written by Java, must be what the JavaScript makes of its text.
// Node 20, no npm packages.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';

const repo = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');
const context = {};
vm.createContext(context);
vm.runInContext(fs.readFileSync(path.join(repo, 'templates/static/search-fold.js'), 'utf8'), context);
const fold = context.folioFold;

const unescape = (s) => s.replace(/\\u([0-9a-fA-F]{4})/g, (_, h) => String.fromCharCode(parseInt(h, 16)));
const cases = fs.readFileSync(path.join(repo, 'src/test/resources/search/fold-cases.tsv'), 'utf8')
  .split('\n').filter((l) => l && !l.startsWith('#')).map((l) => l.split('\t')).map(([a, b]) => [unescape(a), unescape(b)]);

test('every case folds as written', () => {
  assert.ok(cases.length > 40, 'the cases file is read');
  const wrong = cases.filter(([text, folded]) => fold(text) !== folded).map(([text, folded]) => `${text} -> ${fold(text)} (expected ${folded})`);
  assert.deepEqual(wrong, []);
});

test('folding is idempotent', () => {
  for (const [text, folded] of cases) assert.equal(fold(folded), folded, text);
});

test('a query folded in pieces is found in the folded text', () => {
  const text = fold('Армія до 600\u00a0000 осіб; Словʼянськ, Зеленського, Київ');
  for (const q of ['600000', '600 000', '600,000', "Слов'янськ", 'Slovʼiansk', 'Zelensky', 'зеленський', 'Kiev', 'КИЇВ']) {
    for (const word of fold(q).split(' ')) assert.ok(text.includes(word), `${q}: ${word} in ${text}`);
  }
});

const site = path.resolve(process.env.SITE || path.join(repo, 'site'));
const indexes = [];
if (fs.existsSync(site)) {
  (function walk(dir) {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name === 'search-index.json') indexes.push(p);
    }
  })(site);
}
test('the built index is folded as the query is', { skip: indexes.length ? false : `no search-index.json under ${site}` }, () => {
  for (const file of indexes) {
    const entries = JSON.parse(fs.readFileSync(file, 'utf8'));
    assert.ok(entries.length > 0, file);
    const wrong = entries.filter((e) => fold(e.text) !== e.textKeys || !e.keys.startsWith(fold(e.title)))
      .slice(0, 5).map((e) => `${e.url}: ${JSON.stringify(e.textKeys)} vs ${JSON.stringify(fold(e.text))}`);
    assert.deepEqual(wrong, [], file);
  }
});
