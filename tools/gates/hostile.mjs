// Hostile content: a scratch copy of the site with words, addresses and tables no editor means to write,
// built and looked at on a phone. Usage: node hostile.mjs [REPO_DIR] (run via flock /tmp/heavy.lock;
// needs target/folio.jar, from `mvn package`). Copies content/ and templates/ into a temporary folder and
// puts into them: a word of 110 letters with no break (English and Ukrainian) in a point's title, a term's
// name, a source's headline and outlet, a person's name and an event's title; a heading that is a long
// address; a table of 14 columns; the same in the home, glossary and about pages' text. Builds it
// (--allow-stale: the translations' stamps no longer match) and, at 320 and 390 px and at 320 px with text
// at 200 % (WCAG 1.4.4, set as gates.mjs's overflow-320-text200 sets it), fails any page that scrolls
// sideways (a table may scroll in its own box) or whose glossary popover, opened, runs past the window's
// edge. Exits 1 on a failure, 2 when it cannot make the copy.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { chromium } from 'playwright-core';
import { serveSite } from './serve.mjs';
import { browserPath } from '../browser.mjs';

const repo = path.resolve(process.argv[2] || path.join(path.dirname(new URL(import.meta.url).pathname), '../..'));
const jar = path.join(repo, 'target', 'folio.jar');
if (!fs.existsSync(jar)) { console.error(`hostile: ${jar} not found: run mvn package first`); process.exit(2); }
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'folio-hostile-'));
fs.cpSync(path.join(repo, 'content'), path.join(work, 'content'), { recursive: true });
fs.cpSync(path.join(repo, 'templates'), path.join(work, 'templates'), { recursive: true });

const WORD = { en: 'Pneumonoultramicroscopicsilicovolcanoconiosisantidisestablishmentarianismsupercalifragilisticexpialidocious',
  uk: 'Найдовшенерозривнеслововукраїнськійміжурядовійдеклараціїпротериторіальнийустрійідемілітаризованізонинасході' };
const LONG_URL = 'https://www.example.com/news/world/europe/2025/11/21/very-long-article-slug-about-the-twenty-eight-point-peace-plan-for-ukraine-and-russia-with-no-breaks';
const table = (cols = 14, rows = 4) => [
  '| ' + Array.from({ length: cols }, (_, i) => `Колонказаголовок${i}`).join(' | ') + ' |',
  '|' + '---|'.repeat(cols),
  ...Array.from({ length: rows }, (_, r) => '| ' + Array.from({ length: cols }, (_, i) => `значення${r}${i}довге`).join(' | ') + ' |'),
].join('\n');
const body = (w) => `\n\n## ${LONG_URL}\n\nA paragraph with ${w} in it, and a bare address ${LONG_URL} too.\n\n### ${w}\n\n${table()}\n`;

const missing = [];
const edit = (rel, change) => {
  const file = path.join(work, 'content', rel);
  if (!fs.existsSync(file)) { missing.push(rel); return; }
  const before = fs.readFileSync(file, 'utf8');
  const after = change(before);
  if (after === before) missing.push(rel); else fs.writeFileSync(file, after);
};
// The first entry's field of a YAML list: its value becomes the long word.
const field = (name, value) => (s) => s.replace(new RegExp(`^(  ${name}: ).*$`, 'm'), (_, k) => `${k}"${value}"`);
const langOf = (rel) => (rel.includes('.uk.') ? 'uk' : 'en');
for (const rel of ['data/terms.yaml', 'data/terms.uk.yaml']) edit(rel, field('term', WORD[langOf(rel)]));
for (const rel of ['data/actors.yaml', 'data/actors.uk.yaml']) edit(rel, field('name', WORD[langOf(rel)]));
for (const rel of ['data/events/2025.yaml', 'data/events/2025.uk.yaml']) edit(rel, field('title', WORD[langOf(rel)]));
for (const rel of ['data/sources/plan.yaml', 'data/sources/plan.uk.yaml']) edit(rel, field('title', `${WORD[langOf(rel)]} ${WORD[langOf(rel)]}`));
edit('data/sources/plan.yaml', (s) => field('outlet', WORD.en)(s).replace(/^(  url: ).*$/m, `$1${LONG_URL}`));
// A point: its title and its text.
const point = fs.readdirSync(path.join(work, 'content', 'data', 'provisions')).filter((f) => /^\d+\.md$/.test(f)).sort()[0];
for (const rel of [`data/provisions/${point}`, `data/provisions/${point.replace('.md', '.uk.md')}`]) {
  edit(rel, (s) => field('title', WORD[langOf(rel)])(s.replace(/^title: .*$/m, `title: "${WORD[langOf(rel)]}"`)) + body(WORD[langOf(rel)]));
}
for (const page of ['index', 'glossary', 'about']) {
  for (const rel of [`${page}.md`, `${page}.uk.md`]) edit(rel, (s) => s + body(WORD[langOf(rel)]));
}
if (missing.length) { console.error(`hostile: found nothing to change in ${missing.join(', ')}; update hostile.mjs`); process.exit(2); }

const site = path.join(work, 'site');
const built = spawnSync('java', ['-jar', jar, 'build', '--quiet', '--allow-stale', '--content', path.join(work, 'content'),
  '--templates', path.join(work, 'templates'), '--output', site], { encoding: 'utf8' });
const errors = (built.stderr || '').split('\n').filter((l) => l && !/: warning: /.test(l));
if (built.status !== 0) { console.error(`hostile: the build failed (exit ${built.status}):\n${errors.join('\n')}`); process.exit(2); }

const pages = [];
(function walk(dir) {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) walk(p); else if (e.name.endsWith('.html')) pages.push(path.relative(site, p).split(path.sep).join('/'));
  }
})(site);
pages.sort();
const { server, base } = await serveSite(site);
const browser = await chromium.launch({ executablePath: browserPath(), args: ['--no-sandbox', '--disable-gpu'] });
const failures = [];
// textSize: the browser's default font size as a share of 16 px, set as a reader sets it (Chromium's font-size
// setting): the theme's rem sizes and em media queries follow it, which a style on <html> would not move.
for (const { width, textSize } of [{ width: 320, textSize: 1 }, { width: 390, textSize: 1 }, { width: 320, textSize: 2 }]) {
  const ctx = await browser.newContext({ viewport: { width, height: 800 } });
  const page = await ctx.newPage();
  if (textSize !== 1) {
    const cdp = await ctx.newCDPSession(page);
    await cdp.send('Page.setFontSizes', { fontSizes: { standard: Math.round(16 * textSize), fixed: Math.round(13 * textSize) } });
  }
  const size = textSize === 1 ? `${width}` : `${width} text ${textSize * 100} %`;
  for (const p of pages) {
    await page.goto(base + p.replace(/index\.html$/, ''), { waitUntil: 'load' });
    const found = await page.evaluate(async (textSize) => {
      const out = [];
      if (getComputedStyle(document.documentElement).fontSize !== `${16 * textSize}px`) out.push(`the root font size is ${getComputedStyle(document.documentElement).fontSize}: the browser did not take the text size`);
      const scrolls = (el) => /auto|scroll/.test(getComputedStyle(el).overflowX);
      const inScroller = (el) => { for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) if (scrolls(a)) return true; return false; };
      const name = (el) => `${el.tagName.toLowerCase()}${el.className && typeof el.className === 'string' ? '.' + el.className.trim().split(/\s+/).join('.') : ''}`;
      if (document.scrollingElement.scrollWidth > innerWidth) {
        const wide = [...document.body.querySelectorAll('*')].filter((el) => el.getBoundingClientRect().right > innerWidth + 0.5 && !inScroller(el))
          .filter((el, _, all) => !all.includes(el.parentElement)).slice(0, 3).map((el) => `${name(el)} (right ${Math.round(el.getBoundingClientRect().right)})`);
        out.push(`scrolls sideways (${document.scrollingElement.scrollWidth} px): ${wide.join(', ')}`);
      }
      // The first term's popover, opened: inside the window.
      const toggle = document.querySelector('.term-toggle');
      if (toggle && toggle.getClientRects().length) {
        toggle.scrollIntoView({ block: 'center' });
        toggle.click();
        await new Promise((r) => setTimeout(r, 100));
        const pop = document.querySelector('.term-pop:popover-open');
        if (pop) {
          const r = pop.getBoundingClientRect();
          if (r.left < 0 || r.right > innerWidth + 0.5) out.push(`the popover runs past the window (${Math.round(r.left)}..${Math.round(r.right)})`);
          if (pop.scrollWidth > pop.clientWidth + 1) out.push(`the popover's text is wider than it (${pop.scrollWidth}/${pop.clientWidth})`);
          pop.hidePopover();
        }
      }
      return out;
    }, textSize);
    for (const f of found) failures.push(`${size} ${p}: ${f}`);
  }
  await ctx.close();
}
await browser.close();
server.close();
fs.rmSync(work, { recursive: true, force: true });
console.log(`hostile content: ${pages.length} pages at 320 and 390 px and at 320 px with text at 200 %: ${failures.length ? failures.length + ' problem(s)' : 'none scrolls sideways, no popover past the edge'}`);
failures.slice(0, 40).forEach((f) => console.log(`  FAIL ${f}`));
process.exit(failures.length ? 1 : 0);
