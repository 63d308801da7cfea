// The WebKit runs' network guard: MiniBrowser is started with --proxy pointing here, because
// WebKitWebDriver (WebDriver classic) has no request interception. Plain-http requests for the
// local test server are forwarded; HTTPS tunnels (CONNECT) to the known vendor hosts end at a local
// TLS server that answers with the demo's stand-ins (examples/script-tag/vendor-stand-ins.js, the
// same ones the Playwright suites use); every other host is refused. Every vendor request is recorded.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer as createHttp, request as httpRequest } from 'node:http';
import { createServer as createHttps } from 'node:https';
import { connect } from 'node:net';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';

export const VENDOR_HOSTS = [
  'www.googletagmanager.com',
  'www.google-analytics.com',
  'connect.facebook.net',
  'www.facebook.com',
  'www.youtube-nocookie.com',
];

const ROOT = join(import.meta.dirname, '..', '..');

function standIns() {
  const sandbox = { self: {} };
  runInNewContext(readFileSync(join(ROOT, 'examples/script-tag/vendor-stand-ins.js'), 'utf8'), sandbox);
  return sandbox.self.ASSENT_DEMO_STAND_INS;
}

/** A throwaway self-signed certificate for the vendor hosts (Debian's openssl). */
function certificate(dir) {
  const key = join(dir, 'vendors.key');
  const crt = join(dir, 'vendors.crt');
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-days',
      '2',
      '-subj',
      '/CN=assent-test-vendors',
      '-keyout',
      key,
      '-out',
      crt,
      '-addext',
      `subjectAltName=${VENDOR_HOSTS.map((h) => `DNS:${h}`).join(',')}`,
    ],
    { stdio: 'ignore' },
  );
  return { key: readFileSync(key), cert: readFileSync(crt) };
}

const listen = (server) =>
  new Promise((done) => server.listen(0, '127.0.0.1', () => done(server.address().port)));

/**
 * Starts the proxy.
 * @param {{ dir: string, localPorts: number[] }} options - a temp folder for the certificate; the
 *   ports on 127.0.0.1 that may be reached (the static server).
 * @returns {Promise<{ port: number, seen: string[], blocked: string[], close: () => Promise<void> }>}
 */
export async function startVendorProxy({ dir, localPorts }) {
  const js = standIns();
  const seen = [];
  const blocked = [];
  const vendors = createHttps(certificate(dir), (req, res) => {
    const url = new URL(req.url ?? '/', `https://${req.headers.host}`);
    seen.push(url.hostname + url.pathname + url.search);
    const body =
      url.pathname.startsWith('/gtag/js') || url.pathname === '/gtm.js'
        ? js.GTAG
        : url.pathname.endsWith('/fbevents.js')
          ? js.FBEVENTS
          : null;
    if (body === null) return void res.writeHead(204).end();
    res.writeHead(200, { 'content-type': 'text/javascript', 'cache-control': 'no-store' }).end(body);
  });
  const vendorPort = await listen(vendors);
  const sockets = new Set();
  const proxy = createHttp((req, res) => {
    // Plain http through the proxy: only the local test server.
    const url = new URL(req.url ?? '/');
    if (url.hostname !== '127.0.0.1' || !localPorts.includes(Number(url.port))) {
      blocked.push(url.host);
      return void res.writeHead(403).end('blocked by the test proxy');
    }
    const upstream = httpRequest(
      {
        host: '127.0.0.1',
        port: url.port,
        path: url.pathname + url.search,
        method: req.method,
        headers: req.headers,
      },
      (r) => {
        res.writeHead(r.statusCode ?? 502, r.headers);
        r.pipe(res);
      },
    );
    upstream.on('error', () => res.writeHead(502).end());
    req.pipe(upstream);
  });
  proxy.on('connect', (req, client, head) => {
    const [host, port] = (req.url ?? '').split(':');
    if (!VENDOR_HOSTS.includes(host ?? '') || port !== '443') {
      blocked.push(req.url ?? '');
      return void client.end('HTTP/1.1 403 Forbidden\r\n\r\n');
    }
    const upstream = connect(vendorPort, '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      if (head.length) upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    for (const s of [client, upstream]) {
      sockets.add(s);
      s.on('close', () => sockets.delete(s));
      s.on('error', () => s.destroy());
    }
  });
  proxy.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  vendors.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  const port = await listen(proxy);
  return {
    port,
    seen,
    blocked,
    close: async () => {
      for (const s of sockets) s.destroy();
      await Promise.all([proxy, vendors].map((s) => new Promise((r) => s.close(() => r()))));
    },
  };
}
