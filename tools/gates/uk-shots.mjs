// Screenshots of named pages at 390x844 and 1366x768 (the first screens of each, as PNG slices)
// and contact sheets that put them side by side, for reviewing an edition by eye.
// Usage: node uk-shots.mjs SITE_DIR OUT_DIR PAGE... (PAGE: a site path such as uk/ or uk/provisions/21/)
// Run it via flock /tmp/heavy.lock. Prints, per page and width, anything wider than the window.
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { serveSite } from './serve.mjs';
import { browserPath } from '../browser.mjs';

const [siteArg, outDir, ...wanted] = process.argv.slice(2);
const siteDir = path.resolve(siteArg);
fs.mkdirSync(outDir, { recursive: true });
const { server, base } = await serveSite(siteDir);
const browser = await chromium.launch({ executablePath: browserPath(), args: ['--no-sandbox', '--disable-gpu'] });
const shots = [];
for (const [w, h, screens] of [[390, 844, 3], [1366, 768, 2]]) {
  const ctx = await browser.newContext({ viewport: { width: w, height: h }, deviceScaleFactor: 1 });
  const page = await ctx.newPage();
  for (const p of wanted) {
    const url = base + (p === '404' ? 'no-such-page/' : p);
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForTimeout(150);
    const wide = await page.evaluate(() => {
      const out = [];
      const vw = document.documentElement.clientWidth;
      for (const el of document.querySelectorAll('body *')) {
        const r = el.getBoundingClientRect();
        if (r.width > 0 && r.right > vw + 1 && !el.closest('.table-scroll, [tabindex="0"][role="region"], svg')) {
          out.push(`${el.tagName.toLowerCase()}${el.className && typeof el.className === 'string' ? '.' + el.className.split(' ')[0] : ''} right=${Math.round(r.right)} "${(el.textContent || '').trim().slice(0, 40)}"`);
        }
      }
      return { scroll: document.scrollingElement.scrollWidth, vw, out: out.slice(0, 5) };
    });
    console.log(`${p} @${w}: scrollWidth ${wide.scroll}/${wide.vw}${wide.out.length ? ' WIDE: ' + wide.out.join(' | ') : ''}`);
    const total = await page.evaluate(() => document.documentElement.scrollHeight);
    const name = (p === '' ? 'home' : p.replace(/\/$/, '').replace(/\//g, '_')) + `-${w}`;
    for (let i = 0; i < screens && i * h < total; i++) {
      const file = path.join(outDir, `${name}-${i}.png`);
      await page.screenshot({ path: file, fullPage: true, clip: { x: 0, y: i * h, width: w, height: Math.min(h, total - i * h) } });
      shots.push({ file, w, p, i });
    }
  }
  await ctx.close();
}
// Contact sheets: the phone slices of a few pages per sheet, the desktop ones two per sheet.
const sheet = async (name, items, cols, scale) => {
  const html = `<!doctype html><meta charset="utf-8"><style>body{margin:0;background:#888;font:12px sans-serif}
  .g{display:grid;grid-template-columns:repeat(${cols},auto);gap:6px;padding:6px}figure{margin:0;background:#fff}
  img{display:block;width:${scale}px}figcaption{padding:2px 4px}</style><div class="g">${items.map((s) =>
    `<figure><img src="file://${s.file}"><figcaption>${s.p} ${s.w} #${s.i}</figcaption></figure>`).join('')}</div>`;
  const f = path.join(outDir, `${name}.html`);
  fs.writeFileSync(f, html);
  const ctx = await browser.newContext({ viewport: { width: cols * (scale + 6) + 6, height: 600 } });
  const pg = await ctx.newPage();
  await pg.goto('file://' + f, { waitUntil: 'load' });
  await pg.screenshot({ path: path.join(outDir, `${name}.png`), fullPage: true });
  await ctx.close();
  console.log(path.join(outDir, `${name}.png`));
};
const phone = shots.filter((s) => s.w === 390);
for (let k = 0; k < phone.length; k += 9) await sheet(`sheet-390-${k / 9}`, phone.slice(k, k + 9), 9, 390);
const desk = shots.filter((s) => s.w === 1366);
for (let k = 0; k < desk.length; k += 4) await sheet(`sheet-1366-${k / 4}`, desk.slice(k, k + 4), 2, 900);
await browser.close();
server.close();
