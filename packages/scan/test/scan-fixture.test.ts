// @vitest-environment node
// One scan of the fixture site (test/fixture-site: known leaks, gated tags, another consent
// manager, bad inputs), run once in-process through the CLI's main(); every test reads its output.
import { rmSync } from 'node:fs';
import { validateConfig } from '@assent/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ScannedCookie, ScanReport } from '../src/report-types';
import { ensureEmbedBuilt } from './fixture-site/ensure-built';
import { CONFIG_FILE } from './fixture-site/pages';
import { type CliRun, outDir, readOutput, runCli, type ScanOutput } from './fixture-site/run-cli';
import { type FixtureSite, startFixtureSite } from './fixture-site/serve';

let site: FixtureSite;
let dir: string;
let run: CliRun;
let output: ScanOutput;
let report: ScanReport;
let base: string;

beforeAll(async () => {
  ensureEmbedBuilt();
  site = await startFixtureSite();
  base = site.url;
  dir = outDir();
  run = await runCli([
    `${base}/`,
    '--pages',
    '12',
    '--timeout',
    '3',
    '--config',
    CONFIG_FILE,
    '--out',
    dir,
    '--quiet',
  ]);
  output = readOutput(dir);
  report = output.report;
}, 180_000);

afterAll(async () => {
  await site?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const cookie = (name: string): ScannedCookie => {
  const found = report.cookies.find((c) => c.name === name);
  if (!found) throw new Error(`no cookie ${name} in ${report.cookies.map((c) => c.name).join(', ')}`);
  return found;
};
const page = (path: string) => report.pages.find((p) => p.url === `${base}${path}`);

describe('the scan of the fixture site', () => {
  it('exits 0 quietly and writes the three files', () => {
    expect(run).toMatchObject({ code: 0, stdout: '', stderr: '' });
    expect(output.html.startsWith('<!doctype html>')).toBe(true);
    expect(output.html).toContain('_gcl_au');
    expect(report.url).toBe(`${base}/`);
    expect(report.scanner.browser).toMatch(/^Chromium \d+/);
    expect(report.scanner.options).toMatchObject({ pages: 12, timeout: 3, cut: null });
  });

  it('crawls breadth-first within the page limit, skipping non-pages and endless queries', () => {
    expect(report.pages).toHaveLength(12);
    expect(report.pages[0]!.url).toBe(`${base}/`);
    expect(page('/files/terms.pdf')).toBeUndefined(); // the frontier skips it by its extension
    expect(report.pages.filter((p) => p.url.includes('/calendar')).length).toBe(1);
  });

  it('finds the inline leak: _ga before consent and after "Reject all", set by the page itself', () => {
    expect(cookie('_ga')).toMatchObject({
      category: 'analytics',
      vendor: 'Google Analytics',
      setBy: `${base}/`,
      passes: ['before', 'reject', 'accept'],
      firstSeen: `${base}/`,
      declaredBy: null,
      httpOnly: false,
    });
  });

  it('names the response that set the HttpOnly session cookie', () => {
    expect(cookie('sid')).toMatchObject({
      setBy: `${base}/`,
      httpOnly: true,
      expires: null,
      lifetime: 'session',
    });
  });

  it('names the ungated script that sets _gcl_au whatever the visitor chose', () => {
    expect(cookie('_gcl_au')).toMatchObject({
      category: 'advertising',
      setBy: `${base}/js/ads.js`,
      passes: ['before', 'reject', 'accept'],
    });
  });

  it('sees the gated tags only after "Accept all" (Assent releases them in the same page)', () => {
    expect(cookie('_ga_XYZ')).toMatchObject({
      passes: ['accept'],
      setBy: `${base}/js/analytics.js`,
      declaredBy: 'analytics/ga4',
      category: 'analytics',
    });
    expect(cookie('_fbp')).toMatchObject({
      passes: ['accept'],
      setBy: `${base}/js/pixel.js`,
      declaredBy: 'advertising/meta',
      category: 'advertising',
    });
    expect(cookie('assent')).toMatchObject({ passes: ['reject', 'accept'], category: 'essential' });
  });

  it('lists localStorage, sessionStorage and IndexedDB by origin', () => {
    const storage = report.storage.map((s) => [s.kind, s.name, s.origin, s.passes.includes('before')]);
    expect(storage).toContainEqual(['localStorage', '_gcl_ls', base, true]);
    expect(storage).toContainEqual(['sessionStorage', 'app-tab', base, true]);
    expect(storage).toContainEqual(['indexedDB', 'app-cache', base, true]);
  });

  it('counts the tracker request although it failed offline, before consent and after reject', () => {
    const ga = report.requests.find((r) => r.host === 'www.google-analytics.com');
    expect(ga).toMatchObject({ tracker: true, category: 'analytics' });
    expect(ga!.passes).toEqual(expect.arrayContaining(['before', 'reject']));
    expect(ga!.examples).toContain('https://www.google-analytics.com/g/collect');
    expect(report.requests.map((r) => r.host)).toEqual(['www.google-analytics.com']);
  });

  it('reports exactly the high findings the site has', () => {
    const high = report.findings.filter((f) => f.severity === 'high').map((f) => `${f.kind} ${f.subject}`);
    expect(high.sort()).toEqual([
      'after-reject _ga',
      'after-reject _gcl_au',
      'pre-consent _ga',
      'pre-consent _gcl_au',
      'tracker-request www.google-analytics.com',
    ]);
    const subjects = report.findings.map((f) => f.subject);
    expect(subjects).not.toContain('_ga_XYZ');
    expect(subjects).not.toContain('_fbp');
    const kinds = report.findings.map((f) => `${f.kind} ${f.subject}`);
    expect(kinds).toEqual(
      expect.arrayContaining([
        'undeclared _ga',
        'undeclared _gcl_au',
        'unused-declaration functional/youtube',
      ]),
    );
  });

  it('decides through window.Assent on Assent pages and through autoconsent on the partner page', () => {
    expect(page('/')).toMatchObject({
      consentManager: { kind: 'assent', name: 'Assent' },
      undecided: [],
      errors: [],
    });
    expect(page('/partner.html')).toMatchObject({
      consentManager: { kind: 'autoconsent', name: 'Complianz banner' },
      undecided: [],
      status: { before: 200, reject: 200, accept: 200 },
    });
    expect(cookie('_hjSessionUser_1').passes).toEqual(['accept']);
    expect(cookie('cmplz_marketing').passes).toEqual(['reject', 'accept']);
  });

  it('names every bad input and goes on', () => {
    const errors = (path: string) => page(path)?.errors.join(' | ');
    expect(errors('/download')).toContain('not HTML (application/pdf)');
    expect(errors('/api/data')).toContain('not HTML (application/json)');
    expect(errors('/out')).toContain('redirected off the site to https://elsewhere.example/landing');
    expect(errors('/slow')).toContain('timeout after 3 s');
    expect(errors('/broken')).toContain('HTTP 500');
    expect(page('/broken')).toMatchObject({
      consentManager: { kind: 'none' },
      undecided: ['reject', 'accept'],
    });
    expect(page('/broken')!.errors.join(' ')).toContain('no consent banner found that autoconsent knows');
    expect(page('/slow')!.status).toEqual({ before: null });
  });

  it('writes a config that Assent accepts, with the site config kept and the leaks declared', () => {
    const config = output.config as {
      categories: Record<string, { services: Record<string, { cookies?: { name: string }[] }> }>;
    };
    expect(() => validateConfig(config)).not.toThrow();
    expect(config.categories.analytics!.services.ga4).toBeDefined();
    const declared = (category: string) =>
      Object.values(config.categories[category]?.services ?? {}).flatMap((s) =>
        (s.cookies ?? []).map((c) => c.name),
      );
    expect(declared('analytics')).toEqual(expect.arrayContaining(['_ga_*', '_ga']));
    expect(declared('advertising')).toEqual(expect.arrayContaining(['_fbp', '_gcl_au']));
    expect(JSON.stringify(config)).not.toContain('"sid"'); // unknown: left for the owner to decide
  });
});
