#!/usr/bin/env node
// A small static HTTP server for the demo and the browser tests (no dependency).
// Usage: node scripts/serve.mjs [--port 4173] [--host 127.0.0.1] [--root .] [--mount /prefix/=dir …]
// - `handlers` (API only) are (req, res, next) middlewares tried first, e.g. the receipt ledger
// - serves files under --root; each --mount serves a folder under a URL prefix (longest prefix wins);
//   "/" and directories serve index.html
// - a sidecar "<file>.headers.json" adds response headers (e.g. a strict Content-Security-Policy)
// - POST /__csp-report stores CSP violation reports; GET /__csp-report returns them (tests read it)
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.gif': 'image/gif',
  '.ico': 'image/x-icon',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * Starts the server. `routes` maps a pathname to a handler `(req, res) => boolean` (true = handled).
 * @returns {Promise<{ url: string, close: () => Promise<void>, server: import('node:http').Server }>}
 */
export function serve({
  root = '.',
  port = 4173,
  host = '127.0.0.1',
  routes = {},
  mounts = {},
  handlers = [],
  quiet = true,
} = {}) {
  const prefixes = Object.entries({ '/': root, ...mounts })
    .map(([prefix, dir]) => [prefix, resolve(dir)])
    .sort((a, b) => b[0].length - a[0].length);
  const reports = [];
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname === '/__csp-report') {
      if (req.method === 'POST') {
        let body = '';
        req.on('data', (c) => {
          body += c;
        });
        req.on('end', () => {
          reports.push(body);
          res.writeHead(204).end();
        });
      } else if (req.method === 'DELETE') {
        reports.length = 0;
        res.writeHead(204).end();
      } else res.writeHead(200, { 'content-type': TYPES['.json'] }).end(JSON.stringify(reports));
      return;
    }
    // Middleware-style handlers `(req, res, next)` (e.g. the ledger), tried in order.
    let i = 0;
    let passed = true;
    while (passed && i < handlers.length) {
      passed = false;
      handlers[i++](req, res, () => {
        passed = true;
      });
    }
    if (!passed) return;
    const route = routes[url.pathname];
    if (route?.(req, res, url)) return;
    const [prefix, base] =
      prefixes.find(([p]) => url.pathname.startsWith(p)) ?? prefixes[prefixes.length - 1];
    let path = normalize(join(base, decodeURIComponent(url.pathname.slice(prefix.length - 1))));
    if (path !== base && !path.startsWith(base + sep)) return void res.writeHead(403).end('forbidden');
    if (existsSync(path) && statSync(path).isDirectory()) path = join(path, 'index.html');
    if (!existsSync(path) && existsSync(`${path}.html`)) path = `${path}.html`;
    if (!existsSync(path) || !statSync(path).isFile()) {
      if (!quiet) console.log(`404 ${url.pathname}`);
      return void res.writeHead(404, { 'content-type': TYPES['.txt'] }).end('not found');
    }
    const headers = {
      'content-type': TYPES[extname(path)] ?? 'application/octet-stream',
      'cache-control': 'no-store',
    };
    if (existsSync(`${path}.headers.json`))
      Object.assign(headers, JSON.parse(readFileSync(`${path}.headers.json`, 'utf8')));
    res.writeHead(200, headers);
    if (req.method === 'HEAD') return void res.end();
    createReadStream(path).pipe(res);
  });
  return new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(port, host, () => {
      const address = server.address();
      done({
        server,
        url: `http://${host}:${typeof address === 'object' && address ? address.port : port}`,
        close: () => new Promise((r) => server.close(() => r())),
      });
    });
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const arg = (name, fallback) => {
    const i = process.argv.indexOf(`--${name}`);
    return i > 0 ? process.argv[i + 1] : fallback;
  };
  const mounts = {};
  process.argv.forEach((a, i) => {
    if (a === '--mount') {
      const [prefix, dir] = process.argv[i + 1].split('=');
      mounts[prefix] = dir;
    }
  });
  const { url } = await serve({
    root: arg('root', '.'),
    port: Number(arg('port', 4173)),
    host: arg('host', '127.0.0.1'),
    mounts,
  });
  console.log(`serving ${resolve(arg('root', '.'))} at ${url}`);
}
