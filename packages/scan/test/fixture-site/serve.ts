// The fixture site over real HTTP on 127.0.0.1 (a free port): the pages of pages.ts, Assent's
// script-tag files from packages/embed/dist under /assent/, and the bad inputs. Every HTML response
// sets the session cookie `sid` (HttpOnly). `/slow` never answers (its socket is closed with the
// server). Started by the tests (startFixtureSite); scan-example.mjs serves examples/script-tag.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { join, resolve } from 'node:path';
import {
  ARTICLES,
  about,
  article,
  articleIndex,
  broken,
  calendar,
  home,
  PDF,
  partner,
  SCRIPTS,
  sitemapIndex,
  sitemapOnly,
  sitemapPages,
} from './pages';

export const EMBED_DIST = resolve(import.meta.dirname, '../../../embed/dist');

export interface FixtureSite {
  /** e.g. `http://127.0.0.1:40123` (no trailing slash). */
  readonly url: string;
  /** Paths requested so far, in order. */
  readonly hits: string[];
  close(): Promise<void>;
}

const HTML = 'text/html; charset=utf-8';

function html(res: ServerResponse, body: string, status = 200) {
  res.writeHead(status, {
    'content-type': HTML,
    'cache-control': 'no-store',
    'set-cookie': 'sid=s3ss10n; Path=/; HttpOnly; SameSite=Lax',
  });
  res.end(body);
}

/**
 * Assent's script-tag files, read into memory once: a build elsewhere in the checkout (which
 * empties dist/ first) cannot pull them from under a running scan.
 */
function readAssentFiles(): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  for (const name of readdirSync(EMBED_DIST))
    if (/^assent(\.[\w.-]+)?\.js$/.test(name)) files.set(name, readFileSync(join(EMBED_DIST, name)));
  return files;
}

/** Answers one request; `false` for a path the site does not have. */
function route(req: IncomingMessage, res: ServerResponse, url: URL, assent: Map<string, Buffer>): boolean {
  const path = url.pathname;
  const articleMatch = /^\/articles\/(\d+)\.html$/.exec(path);
  if (path === '/' || path === '/index.html') html(res, home());
  else if (path === '/about.html') html(res, about());
  else if (path === '/articles/') html(res, articleIndex());
  else if (path === '/partner.html') html(res, partner());
  else if (articleMatch && Number(articleMatch[1]) >= 1 && Number(articleMatch[1]) <= ARTICLES)
    html(res, article(Number(articleMatch[1])));
  else if (path === '/calendar') html(res, calendar(url.searchParams.get('month') ?? '2026-01'));
  else if (path === '/broken') html(res, broken(), 500);
  else if (path === '/sitemap-only.html') html(res, sitemapOnly());
  else if (path === '/sitemap.xml' || path === '/sitemap-pages.xml') {
    const base = `http://${req.headers.host}`;
    const xml = path === '/sitemap.xml' ? sitemapIndex(base) : sitemapPages(base);
    res.writeHead(200, { 'content-type': 'application/xml' }).end(xml);
  } else if (path === '/out') res.writeHead(302, { location: 'https://elsewhere.example/landing' }).end();
  else if (path === '/files/terms.pdf' || path === '/download')
    res.writeHead(200, { 'content-type': 'application/pdf' }).end(PDF);
  else if (path === '/api/data')
    res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}');
  else if (path === '/slow')
    req.resume(); // never answered
  else if (SCRIPTS[path] !== undefined)
    res.writeHead(200, { 'content-type': 'text/javascript', 'cache-control': 'no-store' }).end(SCRIPTS[path]);
  else if (path.startsWith('/assent/') && assent.has(path.slice('/assent/'.length)))
    res
      .writeHead(200, { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'no-store' })
      .end(assent.get(path.slice('/assent/'.length)));
  else return false;
  return true;
}

/** Starts the site; fails with a clear message when Assent's script-tag build is missing. */
export function startFixtureSite(): Promise<FixtureSite> {
  if (!existsSync(join(EMBED_DIST, 'assent.js')))
    throw new Error(`${EMBED_DIST}/assent.js is missing: build it first (node scripts/build.mjs)`);
  const assent = readAssentFiles();
  const hits: string[] = [];
  const sockets = new Set<Socket>();
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://fixture');
    hits.push(url.pathname + url.search);
    if (!route(req, res, url, assent)) res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  return new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      done({
        url: `http://127.0.0.1:${port}`,
        hits,
        close: () =>
          new Promise<void>((closed) => {
            for (const socket of sockets) socket.destroy();
            server.close(() => closed());
          }),
      });
    });
  });
}
