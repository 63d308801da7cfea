// @vitest-environment node
// Bad input never crashes the scan: a start URL that cannot be loaded is exit 3 with one line;
// TLS errors name --ignore-https-errors (and it works); an endless calendar is cut by the
// frontier; --sitemap adds pages no link leads to; --max-time cuts the scan and says so.
// (Bad pages met during a crawl are in scan-fixture.test.ts.) Each case is one small scan.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer as createHttpServer } from 'node:http';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureEmbedBuilt } from './fixture-site/ensure-built';
import { outDir, readOutput, runCli } from './fixture-site/run-cli';
import { type FixtureSite, startFixtureSite } from './fixture-site/serve';

let site: FixtureSite;
/** A port nothing listens on (a server's, closed again). */
let closedPort = 0;
const dirs: string[] = [];
const out = () => {
  const dir = outDir();
  dirs.push(dir);
  return dir;
};

beforeAll(async () => {
  ensureEmbedBuilt();
  site = await startFixtureSite();
  const probe = createHttpServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  closedPort = (probe.address() as AddressInfo).port;
  await new Promise((resolve) => probe.close(resolve));
}, 180_000);

afterAll(async () => {
  await site?.close();
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describe('a start URL that cannot be loaded: exit 3, one line, nothing written', () => {
  const cases: Array<[string, () => string, RegExp]> = [
    ['refused', () => `http://127.0.0.1:${closedPort}/`, /did not load \(ERR_CONNECTION_REFUSED\)/],
    ['not HTML', () => `${site.url}/download`, /not HTML \(application\/pdf\)/],
    ['HTTP 500', () => `${site.url}/broken`, /HTTP 500/],
    ['hanging', () => `${site.url}/slow`, /timeout after 1 s/],
    ['redirected to a host that does not resolve', () => `${site.url}/out`, /ERR_NAME_NOT_RESOLVED/],
  ];
  for (const [name, url, reason] of cases)
    it(name, async () => {
      const dir = out();
      const run = await runCli([url(), '--timeout', '1', '--out', dir, '--quiet']);
      expect(run.code).toBe(3);
      expect(run.stderr).toMatch(/^assent-scan: cannot load \S+: .+\n$/);
      expect(run.stderr).toMatch(reason);
      expect(readdirSync(dir)).toEqual([]);
    }, 30_000);
});

describe('TLS errors', () => {
  let server: Server | null = null;
  let url = '';
  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'assent-scan-tls-'));
    dirs.push(dir);
    const made = spawnSync('openssl', [
      ...['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', '/CN=127.0.0.1'],
      ...[
        '-addext',
        'subjectAltName=IP:127.0.0.1',
        '-keyout',
        join(dir, 'key.pem'),
        '-out',
        join(dir, 'cert.pem'),
      ],
    ]);
    if (made.status !== 0) return; // no openssl: the tests below are skipped
    const tls = { key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) };
    server = createServer(tls, (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html', 'set-cookie': 'tls=1; Path=/; Secure' });
      res.end('<!doctype html><title>Self-signed</title><p>Hello</p>');
    });
    await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    url = `https://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/`;
  }, 30_000);
  afterAll(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

  it('names the flag when the certificate is not valid', async (context) => {
    if (!server) return context.skip();
    const run = await runCli([url, '--out', out(), '--quiet']);
    expect(run.code).toBe(3);
    expect(run.stderr).toContain(
      'TLS error (ERR_CERT_AUTHORITY_INVALID); --ignore-https-errors scans it anyway',
    );
  }, 30_000);

  it('scans the site with --ignore-https-errors', async (context) => {
    if (!server) return context.skip();
    const dir = out();
    const run = await runCli([url, '--ignore-https-errors', '--out', dir, '--quiet']);
    expect(run.code).toBe(0);
    const { report } = readOutput(dir);
    expect(report.pages[0]).toMatchObject({ url, status: { before: 200, reject: 200, accept: 200 } });
    expect(report.cookies.map((c) => [c.name, c.setBy, c.secure])).toEqual([['tls', url, true]]);
  }, 60_000);
});

describe('the crawl stays bounded', () => {
  it('visits an endless calendar only a few times, and adds the sitemap pages with --sitemap', async () => {
    const dir = out();
    const run = await runCli([
      `${site.url}/calendar?month=2026-01`,
      '--pages',
      '6',
      '--sitemap',
      '--out',
      dir,
      '--quiet',
    ]);
    expect(run.code).toBe(0);
    const urls = readOutput(dir).report.pages.map((p) => p.url.replace(site.url, ''));
    expect(urls.filter((u) => u.startsWith('/calendar'))).toHaveLength(3);
    expect(urls).toEqual(expect.arrayContaining(['/sitemap-only.html', '/articles/7.html']));
    expect(urls).toHaveLength(6);
  }, 120_000);

  it('stops starting pages at --max-time and says the scan was cut', async () => {
    const dir = out();
    const run = await runCli([`${site.url}/articles/`, '--pages', '20', '--max-time', '1', '--out', dir]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('(cut: --max-time (1 s) reached)');
    const { report } = readOutput(dir);
    expect(report.scanner.options.cut).toBe('--max-time (1 s) reached');
    expect(report.pages.length).toBeLessThan(20);
    // The pages it started were finished: every listed page has its three passes.
    for (const p of report.pages)
      expect(Object.keys(p.status).sort()).toEqual(['accept', 'before', 'reject']);
  }, 120_000);
});
