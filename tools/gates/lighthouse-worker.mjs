// The Lighthouse runs of the gates, in one Node process and one Chromium (gates.mjs forks this; it is
// not run by hand). gates.mjs sends one page at a time, { id, url, out }; this runs Lighthouse 12 on it
// as the `lighthouse` command did (its defaults: mobile, simulated throttling; the four categories),
// writes the JSON report to out and answers { id } or { id, error }. Lighthouse opens a new tab for
// each run in the browser it is given and, as in a fresh browser, clears the site's cache and storage
// before it loads the page, so a run here measures what a run of the command in its own Chromium did;
// what is saved is a Node start with Lighthouse's modules and a Chromium start and stop a run.
// A run that fails closes the browser: the next one starts a new one. The browser closes when
// gates.mjs disconnects (or this process is interrupted).
import fs from 'node:fs';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';

let chrome = null;
const close = async () => {
  const c = chrome;
  chrome = null;
  if (c) { try { await c.kill(); } catch { /* already gone */ } }
};

const run = async ({ id, url, out }) => {
  try {
    // The flags the command was given: --chrome-flags="--headless --no-sandbox --disable-gpu" (chrome-launcher
    // adds its own defaults, as it did for the command), CHROME_PATH as gates.mjs found it.
    if (!chrome) chrome = await chromeLauncher.launch({ chromePath: process.env.CHROME_PATH, chromeFlags: ['--headless', '--no-sandbox', '--disable-gpu'], logLevel: 'silent' });
    // Without the full-page screenshot, which only illustrates the report's elements and counts in no score.
    const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'silent', disableFullPageScreenshot: true,
      onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'] });
    if (!result || !result.report) throw new Error('Lighthouse returned no report');
    fs.writeFileSync(out, result.report);
    process.send({ id });
  } catch (e) {
    await close();
    process.send({ id, error: String(e && e.stack || e).slice(0, 2000) });
  }
};

// One run at a time, in the order asked.
let queue = Promise.resolve();
process.on('message', (m) => { queue = queue.then(() => run(m)); });
process.on('disconnect', () => { queue.then(close).then(() => process.exit(0)); });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => { close().then(() => process.exit(1)); });
