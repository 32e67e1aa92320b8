// Cuts a region out of a PNG, to look at part of a tall full-page shot at its own size (a viewing aid
// for look.mjs): node crop.mjs IN.png OUT.png X Y W H. Run it via flock /tmp/heavy.lock.
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { browserPath } from '../browser.mjs';
const [inp, out, x, y, w, h] = process.argv.slice(2);
const html = path.resolve(out) + '.html';
fs.writeFileSync(html, `<body style="margin:0;overflow:hidden"><div style="width:${w}px;height:${h}px;background:url('file://${path.resolve(inp)}') -${x}px -${y}px no-repeat"></div>`);
const browser = await chromium.launch({ executablePath: browserPath(), args: ['--no-sandbox', '--disable-gpu'] });
const page = await (await browser.newContext({ viewport: { width: Number(w), height: Number(h) } })).newPage();
await page.goto('file://' + html, { waitUntil: 'load' });
await page.screenshot({ path: out });
await browser.close();
fs.rmSync(html);
