// @vitest-environment node
import { beforeAll, describe, expect, test } from 'vitest';
import { type Classifier, createClassifier } from '../src/classify';
import { TRACKER_HOSTS } from '../src/classify/tracker-hosts';
import { loadCookieDatabase } from '../src/cookie-database';
import { isThirdParty, registrableDomain } from '../src/site-domain';

let classifier: Classifier;
beforeAll(async () => {
  classifier = await createClassifier({ ghostery: false });
});

describe('the vendored cookie database', () => {
  test('loads from the package data folder, from src/', async () => {
    const database = await loadCookieDatabase();
    expect(database.ok).toBe(true);
    if (!database.ok) return;
    expect(database.file).toMatch(/packages\/scan\/data\/open-cookie-database\.json$/);
    expect(database.rows.length).toBeGreaterThan(2000);
    expect(database.rows.find((r) => r.name === '_ga_')).toMatchObject({
      platform: 'Google Analytics',
      wildcard: true,
    });
  });

  test('is found from a module two levels down too (a shared chunk in dist/_chunks/)', async () => {
    const database = await loadCookieDatabase(new URL('../dist/_chunks/chunk.js', import.meta.url).href);
    expect(database.ok && database.file).toMatch(/packages\/scan\/data\/open-cookie-database\.json$/);
  });

  test('a missing database is a message, not an exception', async () => {
    const database = await loadCookieDatabase('file:///nonexistent/a/b/module.js');
    expect(database).toEqual({ ok: false, message: expect.stringContaining('not found') });
  });
});

describe('createClassifier', () => {
  test('lists its sources', () => {
    expect(classifier.sources).toEqual(['open-cookie-database', 'tracker-table']);
    expect(classifier.warnings).toEqual([]);
  });

  test('without @ghostery/trackerdb installed, the optional source is simply absent', async () => {
    expect((await createClassifier()).sources).toEqual(['open-cookie-database', 'tracker-table']);
  });

  test('_ga is Google Analytics, analytics, by its exact name', () => {
    expect(classifier.cookie('_ga', '.example.com')).toMatchObject({
      vendor: 'Google Analytics',
      category: 'analytics',
      pattern: '_ga',
      retention: '2 years',
      source: 'open-cookie-database',
    });
  });

  test('_ga_ABC123 matches the wildcard entry, and its pattern is _ga_*', () => {
    expect(classifier.cookie('_ga_ABC123', '.example.com')).toMatchObject({
      vendor: 'Google Analytics',
      category: 'analytics',
      pattern: '_ga_*',
    });
  });

  test('_fbp is Meta, advertising', () => {
    expect(classifier.cookie('_fbp', '.example.com')).toMatchObject({
      vendor: 'Meta',
      category: 'advertising',
    });
  });

  test('Functional entries are essential, Personalization ones functional', () => {
    expect(classifier.cookie('__cf_bm', '.example.com').category).toBe('essential');
  });

  test('a two-character wildcard prefix does not claim unrelated names', () => {
    // The database has `_s` (Marfeel, a wildcard for events.newsroom.bi); `_session_id` is not it.
    expect(classifier.cookie('_session_id', 'example.com')).toMatchObject({
      vendor: null,
      category: 'unknown',
    });
    expect(classifier.cookie('_sXYZ', 'events.newsroom.bi').vendor).toBe('Marfeel');
  });

  test('an unknown name is unknown, its pattern the name', () => {
    expect(classifier.cookie('zz_totally_unknown_cookie', 'example.com')).toEqual({
      vendor: null,
      category: 'unknown',
      purpose: '',
      retention: '',
      pattern: 'zz_totally_unknown_cookie',
      source: null,
    });
  });

  test("Assent's own cookie and storage are essential", () => {
    expect(classifier.cookie('assent', 'example.com')).toMatchObject({
      vendor: 'Assent',
      category: 'essential',
    });
    expect(classifier.storage('assent-receipts:pending')).toMatchObject({
      vendor: 'Assent',
      category: 'essential',
    });
  });

  test('storage keys are looked up by name', () => {
    expect(classifier.storage('_hjSessionUser_12345')).toMatchObject({ vendor: 'Hotjar' });
    expect(classifier.storage('my-app-state').category).toBe('unknown');
  });

  test('hosts match the tracker table by domain suffix, longest row first', () => {
    expect(classifier.host('region1.google-analytics.com')).toEqual({
      vendor: 'Google Analytics',
      category: 'analytics',
      purpose: expect.any(String),
      source: 'tracker-table',
      tracker: true,
    });
    expect(classifier.host('connect.facebook.net')).toMatchObject({ vendor: 'Meta', tracker: true });
    expect(classifier.host('static.hotjar.com')).toMatchObject({ vendor: 'Hotjar', tracker: true });
    expect(classifier.host('snap.licdn.com')).toMatchObject({ vendor: 'LinkedIn', tracker: true });
    expect(classifier.host('media.licdn.com')).toMatchObject({ vendor: 'LinkedIn', tracker: false });
    expect(classifier.host('plausible.io')).toMatchObject({ category: 'analytics', tracker: false });
    expect(classifier.host('www.youtube-nocookie.com')).toMatchObject({
      category: 'functional',
      tracker: false,
    });
    expect(classifier.host('notgoogle-analytics.com').source).not.toBe('tracker-table');
  });

  test("hosts the table does not know come from the database's Domain column", () => {
    expect(classifier.host('ib.adnxs.com').source).toBe('tracker-table');
    expect(classifier.host('x.nexx360.io')).toMatchObject({
      vendor: 'Nexx360',
      source: 'open-cookie-database',
    });
  });

  test('an unknown host', () => {
    expect(classifier.host('cdn.example.org')).toEqual({
      vendor: null,
      category: 'unknown',
      purpose: '',
      source: null,
      tracker: false,
    });
  });
});

describe('the tracker table', () => {
  test('rows are well-formed and each host is listed once', () => {
    expect(TRACKER_HOSTS.length).toBeGreaterThanOrEqual(60);
    const categories = ['essential', 'analytics', 'advertising', 'functional'];
    for (const row of TRACKER_HOSTS) {
      expect(row.host, row.host).toMatch(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/);
      expect(categories, row.host).toContain(row.category);
      expect(row.vendor && row.purpose, row.host).toBeTruthy();
    }
    expect(new Set(TRACKER_HOSTS.map((r) => r.host)).size).toBe(TRACKER_HOSTS.length);
  });
});

describe('site-domain', () => {
  test('registrable domains', () => {
    expect(registrableDomain('region1.google-analytics.com')).toBe('google-analytics.com');
    expect(registrableDomain('.shop.example.co.uk')).toBe('example.co.uk');
    expect(registrableDomain('alice.github.io')).toBe('alice.github.io');
    expect(registrableDomain('localhost:3000')).toBe('localhost');
  });

  test('third-party cookies', () => {
    expect(isThirdParty('.example.com', 'https://www.example.com/page')).toBe(false);
    expect(isThirdParty('.doubleclick.net', 'https://www.example.com/')).toBe(true);
    expect(isThirdParty('localhost', 'http://localhost:8080/')).toBe(false);
  });
});
