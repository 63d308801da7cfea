// @vitest-environment node
import { beforeAll, describe, expect, test } from 'vitest';
import { buildReport } from '../src/build-report';
import { type Classifier, createClassifier } from '../src/classify';
import type { PassObservation, RawCookie, RawStorage, SiteDeclarations } from '../src/observation-types';
import type { Pass, ScanReport } from '../src/report-types';

const SITE = 'https://shop.example/';
const ABOUT = 'https://shop.example/about';
const startedAt = '2026-06-01T12:00:00.000Z';
const finishedAt = '2026-06-01T12:01:00.000Z'; // 6 observations: one every 10 s
const start = Date.parse(startedAt) / 1000;
const DAY = 86400;

const cookie = (name: string, extra: Partial<RawCookie> = {}): RawCookie => ({
  name,
  domain: '.shop.example',
  path: '/',
  expires: -1,
  httpOnly: false,
  secure: true,
  sameSite: 'Lax',
  setBy: SITE,
  ...extra,
});
const local = (name: string, kind: RawStorage['kind'] = 'localStorage'): RawStorage => ({
  kind,
  name,
  origin: 'https://shop.example',
});
const request = (url: string) => ({ url, failed: false, resourceType: 'script' });

function observation(page: string, pass: Pass, parts: Partial<PassObservation>): PassObservation {
  return {
    page,
    pass,
    status: 200,
    errors: [],
    consentManager: pass === 'before' ? { kind: 'none', name: null } : { kind: 'assent', name: null },
    decided: true,
    cookies: [],
    storage: [],
    requests: [],
    links: [],
    ...parts,
  };
}

const observations: PassObservation[] = [
  observation(SITE, 'before', {
    cookies: [
      cookie('_ga', { expires: start + 400 * DAY }), // an inline gtag snippet, before consent
      cookie('shop_sid', { domain: 'shop.example', httpOnly: true }),
      cookie('__cf_bm', { expires: start + 1800 }),
    ],
    storage: [local('shop-theme')],
    requests: [
      request('https://www.google-analytics.com/g/collect?v=2&tid=G-ABC123&cid=1.2'),
      request('https://fonts.googleapis.com/css2?family=Inter'),
      request('https://shop.example/app.js'),
      request('https://cdn.shop.example/lib.js'),
      request('data:image/png;base64,AAAA'),
    ],
  }),
  observation(SITE, 'reject', {
    cookies: [
      cookie('_fbp', { expires: start + 90 * DAY, setBy: 'https://connect.facebook.net/en_US/fbevents.js' }),
      cookie('assent', { expires: start + 182 * DAY }),
    ],
    storage: [local('assent-receipts', 'indexedDB'), local('assent-receipts:pending')],
    requests: [request('https://connect.facebook.net/en_US/fbevents.js')],
  }),
  observation(SITE, 'accept', {
    cookies: [
      cookie('_ga', { expires: start + 400 * DAY }),
      cookie('_ga_ABC123', { expires: start + 400 * DAY }),
      cookie('_fbp', { expires: start + 90 * DAY }),
      cookie('assent', { expires: start + 182 * DAY }),
      cookie('zz_seg_custom', { setBy: 'https://cdn.segment.com/analytics.js/v1/x/analytics.min.js' }),
    ],
  }),
  observation(ABOUT, 'before', {
    cookies: [cookie('_ga', { expires: start + 60 + 400 * DAY })],
    requests: [request('https://www.google-analytics.com/g/collect?v=2&tid=G-ABC123&cid=1.2')],
  }),
  // The banner could not be clicked here: what this pass holds proves nothing about rejecting.
  observation(ABOUT, 'reject', {
    decided: false,
    consentManager: { kind: 'none', name: null },
    cookies: [cookie('_gcl_au')],
  }),
  observation(ABOUT, 'accept', {
    decided: false,
    status: null,
    errors: ['timeout after 15 s'],
    consentManager: { kind: 'none', name: null },
  }),
];

const declared: SiteDeclarations = {
  entries: [
    { category: 'analytics', service: 'ga4', cookies: ['_ga', '_ga_*'], storage: [] },
    { category: 'advertising', service: 'meta', cookies: ['_fbp', '_fbc'], storage: [] },
    { category: 'functional', service: 'prefs', cookies: [], storage: ['shop-theme'] },
  ],
};

let classifier: Classifier;
let report: ScanReport;
const scanner = {
  version: '0.1.0',
  browser: 'Chromium 140',
  sources: [],
  options: {},
} satisfies ScanReport['scanner'];

beforeAll(async () => {
  classifier = await createClassifier({ ghostery: false });
  report = buildReport({ url: SITE, startedAt, finishedAt, observations, declared, classifier, scanner });
});

describe('buildReport', () => {
  test('findings: exactly what the site owner must act on, in severity order', () => {
    expect(
      report.findings.map(({ kind, severity, subject, page }) => [kind, severity, subject, page]),
    ).toEqual([
      ['pre-consent', 'high', '_ga', SITE],
      ['after-reject', 'high', '_fbp', SITE],
      ['tracker-request', 'high', 'connect.facebook.net', SITE],
      ['tracker-request', 'high', 'www.google-analytics.com', SITE],
      ['pre-consent', 'medium', 'shop-theme', SITE],
      ['pre-consent', 'medium', 'shop_sid', SITE],
      ['undeclared', 'medium', '__cf_bm', SITE],
      ['undeclared', 'medium', '_gcl_au', ABOUT],
      ['undeclared', 'medium', 'shop_sid', SITE],
      ['undeclared', 'medium', 'zz_seg_custom', SITE],
      ['unused-declaration', 'low', 'advertising/meta', null],
    ]);
  });

  test('each finding is a sentence naming the item, the page and the pass', () => {
    const detail = (kind: string, subject: string) =>
      report.findings.find((f) => f.kind === kind && f.subject === subject)?.detail;
    expect(detail('pre-consent', '_ga')).toBe(
      `Cookie "_ga" on .shop.example (Google Analytics, analytics) was set before consent on ${SITE}; it must wait until the visitor accepts analytics.`,
    );
    expect(detail('after-reject', '_fbp')).toContain(`after "Reject all" on ${SITE}`);
    expect(detail('pre-consent', 'shop_sid')).toContain('unknown — check it');
    expect(detail('tracker-request', 'connect.facebook.net')).toBe(
      `The site contacted the tracker connect.facebook.net (Meta, advertising) after "Reject all" (first on ${SITE}).`,
    );
    expect(detail('unused-declaration', 'advertising/meta')).toContain('"_fbc"');
  });

  test('cookies are merged per name, domain and path over pages and passes', () => {
    expect(report.cookies.map((c) => c.name)).toEqual([
      '_ga',
      'shop_sid',
      '__cf_bm',
      '_fbp',
      'assent',
      '_ga_ABC123',
      'zz_seg_custom',
      '_gcl_au',
    ]);
    const ga = report.cookies.find((c) => c.name === '_ga')!;
    expect(ga).toMatchObject({
      vendor: 'Google Analytics',
      category: 'analytics',
      passes: ['before', 'accept'],
      firstSeen: SITE,
      declaredBy: 'analytics/ga4',
      thirdParty: false,
      // The latest expiry wins, measured from its sighting (the 4th observation, at 40 s).
      expires: new Date((start + 60 + 400 * DAY) * 1000).toISOString(),
      lifetime: '13 months',
    });
    expect(report.cookies.find((c) => c.name === '_ga_ABC123')).toMatchObject({
      pattern: '_ga_*',
      declaredBy: 'analytics/ga4',
    });
    expect(report.cookies.find((c) => c.name === '_fbp')).toMatchObject({
      passes: ['reject', 'accept'],
      setBy: 'https://connect.facebook.net/en_US/fbevents.js',
      lifetime: '3 months',
    });
    expect(report.cookies.find((c) => c.name === 'shop_sid')).toMatchObject({
      lifetime: 'session',
      expires: null,
    });
  });

  test('an unknown cookie set by a tracker script takes the tracker’s vendor and category', () => {
    expect(report.cookies.find((c) => c.name === 'zz_seg_custom')).toMatchObject({
      vendor: 'Segment',
      category: 'analytics',
      source: 'set-by',
    });
  });

  test('storage is merged per kind, name and origin; Assent’s own is essential', () => {
    expect(report.storage.map((s) => [s.kind, s.name, s.category, s.declaredBy])).toEqual([
      ['localStorage', 'shop-theme', 'unknown', 'functional/prefs'],
      ['indexedDB', 'assent-receipts', 'essential', null],
      ['localStorage', 'assent-receipts:pending', 'essential', null],
    ]);
  });

  test('requests: other sites only, per host, queries cut from the examples', () => {
    expect(report.requests.map((r) => [r.host, r.count, r.tracker, r.passes])).toEqual([
      ['www.google-analytics.com', 2, true, ['before']],
      ['fonts.googleapis.com', 1, false, ['before']],
      ['connect.facebook.net', 1, true, ['reject']],
    ]);
    expect(report.requests[0]!.examples).toEqual(['https://www.google-analytics.com/g/collect']);
  });

  test('pages: status per pass, errors with their pass, undecided passes', () => {
    expect(report.pages).toEqual([
      {
        url: SITE,
        status: { before: 200, reject: 200, accept: 200 },
        errors: [],
        consentManager: { kind: 'assent', name: null },
        undecided: [],
      },
      {
        url: ABOUT,
        status: { before: 200, reject: 200, accept: null },
        errors: ['accept: timeout after 15 s'],
        consentManager: { kind: 'none', name: null },
        undecided: ['reject', 'accept'],
      },
    ]);
  });

  test('without a config there are no declaration findings and no declaredBy', () => {
    const plain = buildReport({
      url: SITE,
      startedAt,
      finishedAt,
      observations,
      declared: null,
      classifier,
      scanner,
    });
    expect(plain.findings.some((f) => f.kind === 'undeclared' || f.kind === 'unused-declaration')).toBe(
      false,
    );
    expect(plain.findings).toHaveLength(6);
    expect(plain.cookies.every((c) => c.declaredBy === null)).toBe(true);
  });

  test('the same input gives the same report', () => {
    const again = buildReport({
      url: SITE,
      startedAt,
      finishedAt,
      observations,
      declared,
      classifier,
      scanner,
    });
    expect(JSON.stringify(again)).toBe(JSON.stringify(report));
  });
});
