// Full-page screenshots of named pages at named widths, cut into columns on one contact sheet per
// page and width (a tall phone page is readable on one image), for reviewing a site by eye.
// Usage: node look.mjs SITE_DIR OUT_DIR [--widths=320,375,768,1280] [--dark] [--nojs] [--zoom=2] [--print] PAGE...
// PAGE: a site path such as uk/provisions/21/ ('' or / for the home page, 404 for a missing page).
// Prints, per page and width, the page's height and anything that sticks out past the window.
// Run it via flock /tmp/heavy.lock.
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { serveSite } from './serve.mjs';
import { browserPath } from '../browser.mjs';

const args = process.argv.slice(2);
const opt = (name, dflt) => (args.find((a) => a.startsWith(`--${name}=`)) || `=${dflt}`).split('=')[1];
const [siteArg, outDir, ...wanted] = args.filter((a) => !a.startsWith('--'));
const widths = opt('widths', '320,375,768,1280').split(',').map(Number);
const zoom = Number(opt('zoom', '1'));
const dark = args.includes('--dark');
const nojs = args.includes('--nojs');
const print = args.includes('--print');
const COLUMN = Number(opt('column', '1800')); // px of page per column on a sheet
const siteDir = path.resolve(siteArg);
fs.mkdirSync(outDir, { recursive: true });
const { server, base } = await serveSite(siteDir);
const browser = await chromium.launch({ executablePath: browserPath(), args: ['--no-sandbox', '--disable-gpu'] });
const suffix = `${dark ? '-dark' : ''}${nojs ? '-nojs' : ''}${zoom !== 1 ? `-zoom${zoom}` : ''}${print ? '-print' : ''}`;
for (const w of widths) {
  const ctx = await browser.newContext({ viewport: { width: w, height: 800 }, colorScheme: dark ? 'dark' : 'light', javaScriptEnabled: !nojs, deviceScaleFactor: 1 });
  const page = await ctx.newPage();
  // Text zoom as a browser's "text size" setting (Chromium's default font size, as gates.mjs sets it for
  // text at 200 %): rem and the theme's em media queries grow with it, the window does not. A style on
  // <html> moved rem but left every em media query at 16 px.
  if (zoom !== 1) await (await ctx.newCDPSession(page)).send('Page.setFontSizes', { fontSizes: { standard: Math.round(16 * zoom), fixed: Math.round(13 * zoom) } });
  if (print) await page.emulateMedia({ media: 'print' });
  for (const p of wanted) {
    await page.goto(base + (p === '404' ? 'no-such-page/' : p.replace(/^\//, '')), { waitUntil: 'load' });
    await page.waitForTimeout(150);
    const info = await page.evaluate(() => {
      const out = [];
      const vw = document.documentElement.clientWidth;
      const scrolls = (el) => { for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) if (/auto|scroll/.test(getComputedStyle(a).overflowX)) return true; return false; };
      for (const el of document.querySelectorAll('body *')) {
        const r = el.getBoundingClientRect();
        if (r.width > 0 && (r.right > vw + 1 || r.left < -1) && !scrolls(el) && !el.closest('svg') && !el.closest('.vh')) {
          out.push(`${el.tagName.toLowerCase()}${el.className && typeof el.className === 'string' ? '.' + el.className.trim().split(/\s+/)[0] : ''} ${Math.round(r.left)}..${Math.round(r.right)} "${(el.textContent || '').trim().slice(0, 40)}"`);
        }
      }
      // Text cut off by a box that hides its overflow.
      const clipped = [];
      for (const el of document.querySelectorAll('body *')) {
        const s = getComputedStyle(el);
        if ((s.overflowX === 'hidden' || s.overflowX === 'clip') && el.scrollWidth > el.clientWidth + 1 && el.clientWidth > 0 && !el.closest('.vh') && !el.matches('.vh')) clipped.push(`${el.tagName.toLowerCase()}.${el.className} ${el.scrollWidth}/${el.clientWidth}`);
      }
      return { scroll: document.scrollingElement.scrollWidth, vw, height: document.documentElement.scrollHeight, out: out.slice(0, 6), clipped: clipped.slice(0, 4) };
    });
    console.log(`${p || '/'} @${w}${suffix}: h=${info.height} scrollWidth ${info.scroll}/${info.vw}${info.out.length ? ' WIDE: ' + info.out.join(' | ') : ''}${info.clipped.length ? ' CLIPPED: ' + info.clipped.join(' | ') : ''}`);
    const name = (p === '' || p === '/' ? 'home' : p.replace(/^\/|\/$/g, '').replace(/\//g, '_')) + `-${w}${suffix}`;
    const full = path.join(outDir, `${name}-full.png`);
    if (zoom === 1) await page.screenshot({ path: full, fullPage: true });
    else {
      // A full-page shot lays the page out again at the default text size (Playwright resets the font sizes for it:
      // the sheets of --zoom=2 showed text at 100 %). So the page is shot a window at a time, scrolled, and the
      // windows are laid one under the other on a page of their own, shot whole.
      const tiles = [];
      for (let y = 0; y < info.height; y += 800) {
        const at = await page.evaluate((top) => { scrollTo({ top, behavior: 'instant' }); return scrollY; }, y); // the theme scrolls smoothly
        const file = path.join(outDir, `.${name}-${tiles.length}.png`);
        await page.screenshot({ path: file });
        tiles.push({ at, file });
      }
      await page.evaluate(() => scrollTo({ top: 0, behavior: 'instant' }));
      const html = path.join(outDir, `.${name}.html`);
      fs.writeFileSync(html, `<!doctype html><style>body{margin:0;position:relative;height:${info.height}px}img{position:absolute;left:0}</style>${
        tiles.map((t) => `<img src="file://${t.file}" style="top:${t.at}px">`).join('')}`);
      const tctx = await browser.newContext({ viewport: { width: w, height: 800 }, deviceScaleFactor: 1 });
      const tp = await tctx.newPage();
      await tp.goto('file://' + html, { waitUntil: 'load' });
      await tp.screenshot({ path: full, fullPage: true });
      await tctx.close();
      for (const t of tiles) fs.rmSync(t.file);
      fs.rmSync(html);
    }
    // A sheet: the full page cut into columns of COLUMN px (one column at desktop widths if short).
    const col = w >= 1000 ? Math.max(COLUMN, 2400) : COLUMN;
    const cols = Math.ceil(info.height / col);
    const PER = Number(process.env.LOOK_PER || (w >= 1000 ? 4 : 9)); // columns a sheet
    for (let sheet = 0; sheet * PER < cols; sheet++) {
    const first = sheet * PER, n = Math.min(PER, cols - first);
    const html = `<!doctype html><style>body{margin:0;background:#777}.g{display:flex;gap:8px;padding:8px;align-items:flex-start}
      .c{width:${w}px;height:${col}px;overflow:hidden;background:#fff;position:relative;outline:1px solid #f0f}.c img{position:absolute;left:0}</style><div class="g">${
      Array.from({ length: n }, (_, k) => first + k).map((i) => `<div class="c" style="height:${Math.min(col, info.height - i * col)}px"><img src="file://${full}" style="top:-${i * col}px"></div>`).join('')}</div>`;
    const sheetName = `${name}${cols > PER ? '-s' + sheet : ''}`;
    const sheetHtml = path.join(outDir, `${sheetName}.html`);
    fs.writeFileSync(sheetHtml, html);
    const sctx = await browser.newContext({ viewport: { width: n * (w + 8) + 8, height: 400 }, deviceScaleFactor: 1 });
    const sp = await sctx.newPage();
    await sp.goto('file://' + sheetHtml, { waitUntil: 'load' });
    await sp.screenshot({ path: path.join(outDir, `${sheetName}.png`), fullPage: true });
    await sctx.close();
    }
  }
  await ctx.close();
}
await browser.close();
server.close();
