#!/usr/bin/env node
// WebKit smoke suite: WebKitGTK's MiniBrowser (Debian webkit2gtk-driver), driven by WebKitWebDriver
// through webdriverio under Xvfb (WebKitGTK has no headless mode; Playwright cannot drive a stock
// WebKit). Self-contained: builds the bundle when missing, starts the static server, the vendor proxy,
// Xvfb and WebKitWebDriver, runs test/webkit/*.test.mjs with node:test (TAP: "# pass N" / "# fail N"),
// stops everything it started and exits non-zero on any failure.
// Usage: node test/webkit/run.mjs [--name-pattern <regex>]   (MINIBROWSER=… overrides the binary;
// ASSENT_ENGINES without "webkit" skips the suite)
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve } from '../../scripts/serve.mjs';
import { startVendorProxy } from './vendor-proxy.mjs';

const ROOT = join(import.meta.dirname, '..', '..');
const started = Date.now();
// ASSENT_ENGINES (e.g. "chromium") restricts the browser tests to some engines; like the Playwright config.
const engines = (process.env.ASSENT_ENGINES ?? 'webkit').split(',').map((e) => e.trim());
if (!engines.includes('webkit')) {
  console.log(
    `webkit: skipped (ASSENT_ENGINES=${process.env.ASSENT_ENGINES})\n# tests 0\n# pass 0\n# fail 0`,
  );
  process.exit(0);
}
const children = [];
const cleanups = [];
let cleaned = false;
async function cleanup() {
  if (cleaned) return;
  cleaned = true;
  for (const child of children.reverse()) {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      await Promise.race([
        new Promise((r) => child.once('exit', r)),
        new Promise((r) => setTimeout(r, 3000)),
      ]);
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    }
  }
  for (const fn of cleanups.reverse()) await fn().catch(() => {});
}
for (const signal of ['SIGINT', 'SIGTERM'])
  process.once(signal, () => cleanup().then(() => process.exit(130)));

const fail = async (message) => {
  console.error(`webkit: ${message}`);
  await cleanup();
  process.exit(1);
};

const freePort = () =>
  new Promise((done, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => done(port));
    });
  });

const MINIBROWSER =
  process.env.MINIBROWSER ??
  [
    '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
    '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
  ].find(existsSync);
for (const [bin, pkg] of [
  ['/usr/bin/WebKitWebDriver', 'webkit2gtk-driver'],
  ['/usr/bin/Xvfb', 'xvfb'],
  ['/usr/bin/openssl', 'openssl'],
])
  if (!existsSync(bin)) await fail(`${bin} is missing: apt-get install -y ${pkg} (or npm run setup)`);
if (!MINIBROWSER) await fail('MiniBrowser is missing: apt-get install -y webkit2gtk-driver');

// 1. The bundle under test (scripts/test.mjs builds it before; a standalone run may not have).
if (!existsSync(join(ROOT, 'packages/embed/dist/assent.js'))) {
  const built = spawnSync(process.execPath, [join(ROOT, 'scripts/build.mjs')], {
    stdio: 'inherit',
    cwd: ROOT,
  });
  if (built.status !== 0) await fail('the build failed');
}

// 2. The static server (the demo's mounts) and the vendor proxy.
const tmp = mkdtempSync(join(tmpdir(), 'assent-webkit-'));
cleanups.push(async () => rmSync(tmp, { recursive: true, force: true }));
const serverPort = await freePort();
let proxy;
const vendorLog = (req, res) => {
  if (req.method === 'DELETE') {
    proxy.seen.length = 0;
    proxy.blocked.length = 0;
    res.writeHead(204).end();
  } else
    res
      .writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' })
      .end(JSON.stringify({ seen: proxy.seen, blocked: proxy.blocked }));
  return true;
};
// The example site's pages, with the banner watcher (test/webkit/watch-banner.js) as their very
// first script: WebDriver classic has no "init script", and the no-flash checks need one.
const watched = (_req, res, url) => {
  const name = url.pathname.replace(/^\/site\//, '') || 'index.html';
  const file = join(ROOT, 'examples/script-tag', name);
  if (!/^[a-z-]+\.html$/.test(name) || !existsSync(file)) return false;
  const html = readFileSync(file, 'utf8').replace(
    '<head>',
    '<head>\n    <script src="/test/webkit/watch-banner.js"></script>',
  );
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(html);
  return true;
};
const sitePages = Object.fromEntries(
  ['', ...readdirSync(join(ROOT, 'examples/script-tag')).filter((f) => f.endsWith('.html'))].map((f) => [
    `/site/${f}`,
    watched,
  ]),
);
const server = await serve({
  root: ROOT,
  port: serverPort,
  host: '127.0.0.1',
  mounts: { '/site/': join(ROOT, 'examples/script-tag'), '/assent/': join(ROOT, 'packages/embed/dist') },
  routes: { '/__vendors': vendorLog, ...sitePages },
});
cleanups.push(() => server.close());
proxy = await startVendorProxy({ dir: tmp, localPorts: [serverPort] });
cleanups.push(() => proxy.close());

// 3. Xvfb (display number read from -displayfd) and WebKitWebDriver.
const xvfb = spawn('Xvfb', ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], {
  stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
});
children.push(xvfb);
const display = await new Promise((done, reject) => {
  let out = '';
  xvfb.stdio[3].on('data', (d) => {
    out += d;
    if (out.includes('\n')) done(`:${out.trim()}`);
  });
  xvfb.once('exit', (code) => reject(new Error(`Xvfb exited (${code})`)));
  setTimeout(() => reject(new Error('Xvfb did not start in 10 s')), 10_000);
}).catch((e) => fail(e.message));
const driverPort = await freePort();
const driver = spawn('WebKitWebDriver', [`--port=${driverPort}`, '--host=127.0.0.1'], {
  stdio: ['ignore', 'ignore', 'pipe'],
  env: { ...process.env, DISPLAY: display },
});
children.push(driver);
let driverLog = '';
driver.stderr.on('data', (d) => {
  driverLog = (driverLog + d).slice(-4000);
});
const ready = async () => {
  for (let i = 0; i < 100; i++) {
    try {
      const r = await fetch(`http://127.0.0.1:${driverPort}/status`);
      if (r.ok) return true;
    } catch {}
    await new Promise((r) => setTimeout(r, 100));
  }
  return false;
};
if (!(await ready())) await fail(`WebKitWebDriver did not answer on port ${driverPort}\n${driverLog}`);
const version = spawnSync(MINIBROWSER, ['--version'], {
  encoding: 'utf8',
  env: { ...process.env, DISPLAY: display },
});
console.log(
  `webkit: ${version.stdout.trim() || 'MiniBrowser'} via WebKitWebDriver on ${display}, site ${server.url}, vendor proxy :${proxy.port} (setup ${Date.now() - started} ms)`,
);

// 4. The tests, in a child node:test process (TAP output, one file after the other).
const files = readdirSync(import.meta.dirname)
  .filter((f) => f.endsWith('.test.mjs'))
  .sort()
  .map((f) => join(import.meta.dirname, f));
const pattern = process.argv.indexOf('--name-pattern');
const child = spawn(
  process.execPath,
  [
    '--test',
    '--test-reporter=tap',
    '--test-concurrency=1',
    ...(pattern > 0 ? ['--test-name-pattern', process.argv[pattern + 1]] : []),
    ...files,
  ],
  {
    stdio: 'inherit',
    cwd: ROOT,
    env: {
      ...process.env,
      DISPLAY: display,
      ASSENT_WEBKIT_DRIVER: `http://127.0.0.1:${driverPort}`,
      ASSENT_WEBKIT_BINARY: MINIBROWSER,
      ASSENT_WEBKIT_SITE: server.url,
      ASSENT_WEBKIT_PROXY: `http://127.0.0.1:${proxy.port}`,
    },
  },
);
children.push(child);
const code = await new Promise((r) => child.once('exit', (c, s) => r(c ?? (s ? 1 : 0))));
await cleanup();
console.log(`webkit: ${code === 0 ? 'passed' : 'FAILED'} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
process.exit(code);
