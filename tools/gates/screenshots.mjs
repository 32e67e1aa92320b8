// Screenshots of one page per layout and language at 390x844 (phone) and 1366x768 (desktop), full
// page, into /tmp/shots: home-390.png for the default language, uk-home-390.png for the edition in uk/.
// Usage: node screenshots.mjs SITE_DIR [OUT_DIR] [--dark] [--nojs]   (run via flock /tmp/heavy.lock)
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { serveSite } from './serve.mjs';
import { browserPath } from '../browser.mjs';

const args = process.argv.slice(2);
const pos = args.filter((a) => !a.startsWith('--'));
const siteDir = path.resolve(pos[0] || '../../site');
const outDir = pos[1] || '/tmp/shots';
const dark = args.includes('--dark');
const nojs = args.includes('--nojs');
fs.mkdirSync(outDir, { recursive: true });

const pages = [];
(function walk(dir) {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) walk(p); else if (e.name.endsWith('.html')) pages.push(path.relative(siteDir, p).split(path.sep).join('/'));
  }
})(siteDir);
// A folder with its own home page and search index is another language's edition (uk/).
const editions = fs.readdirSync(siteDir, { withFileTypes: true })
  .filter((e) => e.isDirectory() && /^[a-z]{2,3}(-[A-Za-z0-9]+)?$/.test(e.name)
    && fs.existsSync(path.join(siteDir, e.name, 'index.html')) && fs.existsSync(path.join(siteDir, e.name, 'search-index.json')))
  .map((e) => e.name);
const byLayout = new Map();
for (const p of pages.sort()) {
  const edition = editions.find((f) => p.startsWith(f + '/'));
  const l = (edition ? edition + '-' : '') + ((fs.readFileSync(path.join(siteDir, p), 'utf8').match(/<body[^>]*class="[^"]*layout-([\w-]+)/) || [])[1] || 'unknown');
  if (!byLayout.has(l) || (l.endsWith('provision') && p.includes('/21/'))) byLayout.set(l, p);
}
const { server, base } = await serveSite(siteDir);
const browser = await chromium.launch({ executablePath: browserPath(), args: ['--no-sandbox', '--disable-gpu'] });
for (const [w, h] of [[390, 844], [1366, 768]]) {
  const ctx = await browser.newContext({ viewport: { width: w, height: h }, colorScheme: dark ? 'dark' : 'light', javaScriptEnabled: !nojs, deviceScaleFactor: 1 });
  const page = await ctx.newPage();
  for (const [layout, p] of byLayout) {
    await page.goto(base + (p === 'index.html' ? '' : p.replace(/index\.html$/, '')), { waitUntil: 'load' });
    await page.waitForTimeout(150);
    const file = path.join(outDir, `${layout}-${w}${dark ? '-dark' : ''}${nojs ? '-nojs' : ''}.png`);
    await page.screenshot({ path: file, fullPage: true });
    console.log(file);
    if (args.includes('--parts')) {
      // Viewable slices: the first few screens and the last one.
      const total = await page.evaluate(() => document.documentElement.scrollHeight);
      const step = w < 800 ? 1400 : 1100;
      const starts = [];
      for (let y = 0; y < total && starts.length < 4; y += step) starts.push(y);
      if (total > step * 4) starts.push(total - step);
      for (const [i, y] of starts.entries()) {
        await page.screenshot({ path: file.replace('.png', `-part${i}.png`), fullPage: true, clip: { x: 0, y, width: w, height: Math.min(step, total - y) } });
      }
    }
  }
  await ctx.close();
}
await browser.close();
server.close();
