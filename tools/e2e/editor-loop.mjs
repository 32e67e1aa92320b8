// The editor's loop, as a person would do it, in Chrome or Chromium (tools/find-browser.sh):
// open the preview, change a sentence and see it without reloading by hand, break a reference
// and see the error over the page, fix it and see the error go away.
// Usage: node editor-loop.mjs <project dir> (needs target/folio.jar built there).
import { chromium } from 'playwright-core';
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { browserPath } from '../browser.mjs';

const project = resolve(process.argv[2] ?? '.');
const work = mkdtempSync(join(tmpdir(), 'folio-e2e-'));
cpSync(join(project, 'content'), join(work, 'content'), { recursive: true });
cpSync(join(project, 'templates'), join(work, 'templates'), { recursive: true });
const page = join(work, 'content', 'about.md');
const original = readFileSync(page, 'utf8');

const server = spawn('java', ['-jar', join(project, 'target', 'folio.jar'), 'serve', '--port', '0'], { cwd: work });
let output = '';
server.stderr.on('data', (d) => { output += d; });
const baseUrl = await new Promise((ok, fail) => {
  const timer = setTimeout(() => fail(new Error('serve did not start:\n' + output)), 60000);
  server.stdout.on('data', (d) => {
    output += d;
    const m = /serving (http:\/\/127\.0\.0\.1:\d+\/)/.exec(output);
    if (m) { clearTimeout(timer); ok(m[1]); }
  });
});

const browser = await chromium.launch({
  executablePath: browserPath(),
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync'],
});
let failures = 0;
function check(ok, what) {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}`);
  if (!ok) failures++;
}
try {
  const tab = await browser.newPage();
  // Edits start once the page's live-reload connection is open (its EventSource reports 'open'),
  // however long a loaded machine takes to get there.
  await tab.addInitScript(() => {
    const Native = window.EventSource;
    window.EventSource = function (url) {
      const events = new Native(url);
      events.addEventListener('open', () => { window.folioReloadOpen = true; });
      return events;
    };
    window.EventSource.prototype = Native.prototype;
  });
  await tab.goto(baseUrl + 'about/');
  await tab.waitForFunction(() => window.folioReloadOpen === true, null, { timeout: 10000 });

  let started = Date.now();
  writeFileSync(page, original + '\n\nE2E sentence one.\n');
  await tab.waitForFunction(() => document.body.innerText.includes('E2E sentence one.'), null, { timeout: 10000 });
  check(true, `edit shown without a manual reload (${Date.now() - started} ms after saving)`);

  started = Date.now();
  writeFileSync(page, original + '\n\nE2E broken [[page:no-such-page]].\n');
  // An edit to English makes its translation stale: serve then shows that warning in the same overlay
  // (class folio-warning), so the error is told apart from it.
  const overlay = await tab.waitForSelector('#folio-error-overlay:not(.folio-warning)', { timeout: 10000 });
  const text = await overlay.innerText();
  check(/content\/about\.md:\d+:\d+: error: unknown page 'no-such-page'/.test(text),
    `error overlay names the file and line (${Date.now() - started} ms): ${text.split('\n')[1] ?? text}`);
  check((await tab.innerText('body')).includes('E2E sentence one.'), 'the last good page is still shown under the overlay');

  started = Date.now();
  writeFileSync(page, original + '\n\nE2E sentence two.\n');
  await tab.waitForFunction(() => document.body.innerText.includes('E2E sentence two.'), null, { timeout: 10000 });
  check(await tab.$('#folio-error-overlay:not(.folio-warning)') === null, `fixing the file clears the error (${Date.now() - started} ms)`);
  // The reloaded page learns of the warning from its new live-reload connection, a moment after
  // its text is shown: wait for it rather than look once.
  const warning = await tab.waitForSelector('#folio-error-overlay.folio-warning', { timeout: 10000 })
    .catch(() => null);
  check(warning !== null && /content\/about\.uk\.md/.test(await warning.innerText()),
    'the stale Ukrainian translation is shown as a warning, not an error');
} catch (error) {
  check(false, String(error));
  console.log(output);
} finally {
  await browser.close();
  server.kill('SIGINT');
  rmSync(work, { recursive: true, force: true });
}
console.log(`editor loop: ${failures === 0 ? 'passed' : failures + ' failed'}`);
process.exit(failures === 0 ? 0 : 1);
