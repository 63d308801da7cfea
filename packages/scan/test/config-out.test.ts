// @vitest-environment node
import { validateConfig } from '@assent/core';
import { describe, expect, test } from 'vitest';
import { buildConfig } from '../src/config-out';
import type { Classification, ScannedCookie, ScannedStorage, ScanReport } from '../src/report-types';
import { serviceId } from '../src/service-id';

const classified = (
  vendor: string | null,
  category: Classification['category'],
  purpose = '',
): Classification => ({
  vendor,
  category,
  purpose,
  retention: '',
  pattern: '',
  source: vendor ? 'open-cookie-database' : null,
});

function cookie(name: string, c: Classification, extra: Partial<ScannedCookie> = {}): ScannedCookie {
  return {
    ...c,
    pattern: c.pattern || name,
    name,
    domain: '.shop.example',
    path: '/',
    expires: null,
    lifetime: 'session',
    httpOnly: false,
    secure: true,
    sameSite: 'Lax',
    thirdParty: false,
    passes: ['accept'],
    firstSeen: 'https://shop.example/',
    setBy: null,
    declaredBy: null,
    ...extra,
  };
}

function storage(
  name: string,
  c: Classification,
  kind: ScannedStorage['kind'] = 'localStorage',
): ScannedStorage {
  return {
    ...c,
    pattern: c.pattern || name,
    kind,
    name,
    origin: 'https://shop.example',
    passes: ['accept'],
    firstSeen: 'https://shop.example/',
    declaredBy: null,
  };
}

type Service = {
  label?: string;
  description?: string;
  cookies?: Array<string | { name: string }>;
  storage?: string[];
};
type Config = Record<string, unknown> & {
  categories: Record<string, { label?: string; description?: string; services: Record<string, Service> }>;
};
const names = (service: Service | undefined) =>
  service?.cookies?.map((c) => (typeof c === 'string' ? c : c.name));

const GA = classified('Google Analytics', 'analytics', 'ID used to identify users');
const report = {
  cookies: [
    cookie('_ga', GA, { lifetime: '13 months' }),
    cookie('_ga_ABC123', { ...GA, pattern: '_ga_*' }, { lifetime: '13 months' }),
    cookie('_ga_XYZ789', { ...GA, pattern: '_ga_*' }),
    cookie('_fbp', classified('Meta', 'advertising', 'Ads'), { lifetime: '3 months' }),
    cookie('__cf_bm', classified('Cloudflare', 'essential', 'Bot protection')),
    cookie('assent', classified('Assent', 'essential', 'Consent decision')),
    cookie('lang', classified('Shop CMS', 'functional', 'Language')),
    cookie('_gcl_au', classified('Google', 'advertising')),
    cookie('NID', classified('Google', 'essential')),
    cookie('own_cookie', classified(null, 'analytics'), { domain: 'stats.other-site.net' }),
    cookie('mystery', classified(null, 'unknown')),
    cookie('bad name(x)', classified('Someone', 'analytics')),
  ],
  storage: [
    storage('_hjSessionUser_1', { ...classified('Hotjar', 'analytics'), pattern: '_hjSessionUser_*' }),
    storage('assent-receipts', classified('Assent', 'essential'), 'indexedDB'),
    storage('unknown-key', classified(null, 'unknown')),
  ],
} as unknown as ScanReport;

describe('buildConfig', () => {
  test('groups by vendor and category, with patterns, purposes and lifetimes', () => {
    expect(buildConfig(report, null)).toEqual({
      categories: {
        essential: {
          services: {
            cloudflare: {
              label: 'Cloudflare',
              cookies: [{ name: '__cf_bm', purpose: 'Bot protection', lifetime: 'session' }],
            },
            assent: {
              label: 'Assent',
              cookies: [{ name: 'assent', purpose: 'Consent decision', lifetime: 'session' }],
            },
            'google-essential': { label: 'Google', cookies: [{ name: 'NID', lifetime: 'session' }] },
          },
        },
        analytics: {
          services: {
            'google-analytics': {
              label: 'Google Analytics',
              cookies: [
                { name: '_ga', purpose: 'ID used to identify users', lifetime: '13 months' },
                { name: '_ga_*', purpose: 'ID used to identify users', lifetime: '13 months' },
              ],
            },
            'other-site-net': {
              label: 'other-site.net',
              cookies: [{ name: 'own_cookie', lifetime: 'session' }],
            },
            hotjar: { label: 'Hotjar', storage: ['_hjSessionUser_*'] },
          },
        },
        advertising: {
          services: {
            meta: { label: 'Meta', cookies: [{ name: '_fbp', purpose: 'Ads', lifetime: '3 months' }] },
            google: { label: 'Google', cookies: [{ name: '_gcl_au', lifetime: 'session' }] },
          },
        },
        functional: {
          label: 'Functional',
          description: expect.any(String),
          services: {
            'shop-cms': {
              label: 'Shop CMS',
              cookies: [{ name: 'lang', purpose: 'Language', lifetime: 'session' }],
            },
          },
        },
      },
    });
  });

  test('leaves out unknown items, IndexedDB databases and names a config refuses', () => {
    const text = JSON.stringify(buildConfig(report, null));
    for (const name of ['mystery', 'unknown-key', 'assent-receipts"', 'bad name(x)'])
      expect(text).not.toContain(name);
  });

  test('the output passes Assent’s own config validator', () => {
    expect(() => validateConfig(buildConfig(report, null))).not.toThrow();
  });

  test('merging keeps the owner’s keys, labels and ids, and adds only what is missing', () => {
    const existing = {
      revision: 3,
      privacyPolicyUrl: '/privacy',
      categories: {
        analytics: {
          label: 'Statistics',
          description: 'Counts visits.',
          services: { ga4: { label: 'GA4 (ours)', description: 'Our GA', cookies: ['_ga'] } },
        },
        // The owner filed Meta under their own category: it stays there and gets nothing twice.
        marketing: {
          label: 'Marketing',
          services: { meta: { label: 'Meta Pixel', cookies: ['_fbp', '_fbc'] } },
        },
        essential: { services: { hotjar: { label: 'Hotjar (owner)', storage: ['_hjSessionUser_1'] } } },
      },
    };
    const before = JSON.stringify(existing);
    const merged = buildConfig(report, existing) as Config;
    expect(JSON.stringify(existing)).toBe(before);
    expect(merged.revision).toBe(3);
    expect(merged.privacyPolicyUrl).toBe('/privacy');
    expect(Object.keys(merged.categories)).toEqual([
      'analytics',
      'marketing',
      'essential',
      'advertising',
      'functional',
    ]);
    expect(merged.categories.analytics?.label).toBe('Statistics');
    expect(merged.categories.analytics?.services.ga4).toEqual(existing.categories.analytics.services.ga4);
    // `_ga` is declared by ga4; `_ga_*` is new, so a google-analytics service is added for it.
    expect(names(merged.categories.analytics?.services['google-analytics'])).toEqual(['_ga_*']);
    expect(merged.categories.marketing).toEqual(existing.categories.marketing);
    expect(merged.categories.essential?.services.hotjar).toEqual(
      existing.categories.essential.services.hotjar,
    );
    expect(merged.categories.advertising?.services.meta).toBeUndefined();
    expect(() => validateConfig(merged)).not.toThrow();
  });

  test('an existing service with the same id gets the new cookies', () => {
    const existing = {
      categories: { analytics: { services: { 'google-analytics': { label: 'GA', cookies: ['_ga'] } } } },
    };
    const merged = buildConfig(report, existing) as Config;
    expect(merged.categories.analytics?.services['google-analytics']).toEqual({
      label: 'GA',
      cookies: ['_ga', { name: '_ga_*', purpose: 'ID used to identify users', lifetime: '13 months' }],
    });
    expect(() => validateConfig(merged)).not.toThrow();
  });
});

describe('serviceId', () => {
  test.each([
    ['Google Analytics', 'google-analytics'],
    ['Yandex.Metrica', 'yandex-metrica'],
    ['33Across', 'vendor-33across'],
    ['Crème Brûlée Ads', 'creme-brulee-ads'],
    ['', 'vendor'],
    ['A very long vendor name that goes on and on forever', 'a-very-long-vendor-name-that-goe'],
  ])('%s → %s', (name, id) => {
    expect(serviceId(name)).toBe(id);
    expect(id).toMatch(/^[a-z][a-z0-9_-]{0,31}$/);
  });
});
