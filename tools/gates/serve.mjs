// A tiny static file server for a built site: serve.mjs DIR PORT [PREFIX]. Serves DIR at PREFIX (default /),
// index.html for directories and 404.html (status 404) for anything missing.
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.css': 'text/css; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8', '.xml': 'application/xml; charset=utf-8', '.svg': 'image/svg+xml',
  '.png': 'image/png', '.jpg': 'image/jpeg', '.txt': 'text/plain; charset=utf-8', '.ico': 'image/x-icon',
  '.webp': 'image/webp', '.pdf': 'application/pdf', '.woff2': 'font/woff2',
};

// The base path a built site is served at: its 404 page links its stylesheet from there (it is served at any depth).
export function sitePrefix(siteDir) {
  const notFound = path.join(siteDir, '404.html');
  if (!fs.existsSync(notFound)) return '/';
  return (fs.readFileSync(notFound, 'utf8').match(/<link[^>]+rel="stylesheet"[^>]*href="(\/[^"]*?)[^"/]*\.css"/) || [])[1] || '/';
}

export function serve(root, port = 0, prefix = '/') {
  root = path.resolve(root);
  const server = http.createServer((req, res) => {
    let pathname;
    try { pathname = decodeURIComponent(new URL(req.url, 'http://x').pathname); } catch { res.writeHead(400).end(); return; }
    if (!pathname.startsWith(prefix)) {
      if (prefix.startsWith(pathname) || pathname === prefix.slice(0, -1)) { res.writeHead(301, { Location: prefix }).end(); return; }
      pathname = '/__outside_base_path__';
    } else {
      pathname = '/' + pathname.slice(prefix.length);
    }
    let file = path.join(root, pathname);
    if (!file.startsWith(root)) { res.writeHead(403).end(); return; }
    if (fs.existsSync(file) && fs.statSync(file).isDirectory()) {
      if (!pathname.endsWith('/')) { res.writeHead(301, { Location: pathname + '/' }).end(); return; }
      file = path.join(file, 'index.html');
    }
    let status = 200;
    if (!fs.existsSync(file)) { status = 404; file = path.join(root, '404.html'); }
    if (!fs.existsSync(file)) { res.writeHead(404).end('not found'); return; }
    const type = TYPES[path.extname(file)] || 'application/octet-stream';
    const headers = { 'Content-Type': type, 'Cache-Control': 'max-age=3600' };
    // Compress text like GitHub Pages does, so performance audits see realistic transfer sizes.
    if (/text|json|xml|svg|javascript/.test(type) && /\bgzip\b/.test(req.headers['accept-encoding'] || '')) {
      res.writeHead(status, { ...headers, 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' });
      fs.createReadStream(file).pipe(zlib.createGzip()).pipe(res);
    } else {
      res.writeHead(status, headers);
      fs.createReadStream(file).pipe(res);
    }
  });
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}

// A built site served on a free port at its own base path: the server, the path and the address of its root.
export async function serveSite(siteDir) {
  const prefix = sitePrefix(siteDir);
  const server = await serve(siteDir, 0, prefix);
  return { server, prefix, base: `http://127.0.0.1:${server.address().port}${prefix}` };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [dir = '../../site', port = '8080', prefix = '/'] = process.argv.slice(2);
  serve(dir, Number(port), prefix).then((s) => console.log(`serving ${path.resolve(dir)} on http://127.0.0.1:${s.address().port}${prefix}`));
}
