// The browser for the Node tools: CHROME_PATH when the calling script has set it, else the one
// tools/find-browser.sh finds (the single place that knows where browsers live).
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export function browserPath() {
  if (process.env.CHROME_PATH) return process.env.CHROME_PATH;
  const script = fileURLToPath(new URL('./find-browser.sh', import.meta.url));
  const r = spawnSync('bash', [script], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  if (r.status !== 0) process.exit(2); // the script has printed what it looked for
  process.env.CHROME_PATH = r.stdout.trim(); // Lighthouse, started later, reads it too
  return process.env.CHROME_PATH;
}
