import { ConsentConfigError, createConsent, isSafeUrl, validateConfig } from '@assent/core';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { clearCookies } from './helpers';

const issuesOf = (config: unknown): readonly string[] => {
  try {
    validateConfig(config);
  } catch (error) {
    expect(error).toBeInstanceOf(ConsentConfigError);
    return (error as ConsentConfigError).issues;
  }
  throw new Error('expected validateConfig to throw');
};

afterEach(clearCookies);

describe('validateConfig', () => {
  test('accepts the documented config and normalizes it', () => {
    const config = validateConfig({
      revision: 3,
      mode: 'opt-in',
      region: 'de',
      cookie: { name: 'consent', domain: '.example.com', path: '/', maxAgeDays: 30, sameSite: 'strict' },
      privacyPolicyUrl: '/privacy',
      categories: {
        analytics: {
          label: 'Statistics',
          services: {
            ga4: {
              label: 'Google Analytics',
              cookies: ['_ga', { name: '_ga_*', purpose: 'Session', lifetime: '2 years' }],
            },
          },
        },
        advertising: { services: { meta: { cookies: ['_fbp', '_fbc'], storage: ['fb_*'] } } },
        functional: { description: 'Remembers your settings' },
      },
    });
    expect(config.revision).toBe(3);
    expect(config.region).toBe('DE');
    expect(config.cookie).toEqual({
      name: 'consent',
      domain: 'example.com',
      path: '/',
      maxAgeDays: 30,
      sameSite: 'Strict',
    });
    expect(config.categoryIds).toEqual(['essential', 'analytics', 'advertising', 'functional']);
    expect(config.categories.essential?.required).toBe(true);
    expect(config.categories.analytics?.label).toBe('Statistics');
    expect(config.categories.analytics?.services[0]?.cookies).toEqual([
      { name: '_ga', purpose: '', lifetime: '' },
      { name: '_ga_*', purpose: 'Session', lifetime: '2 years' },
    ]);
    expect(config.categories.advertising?.services[0]).toMatchObject({
      id: 'meta',
      label: 'meta',
      storage: ['fb_*'],
    });
    expect(Object.isFrozen(config)).toBe(true);
    expect(Object.isFrozen(config.categories.analytics)).toBe(true);
  });

  test('defaults: essential, analytics and advertising exist, 182-day Lax cookie named assent', () => {
    const config = validateConfig({});
    expect(config.categoryIds).toEqual(['essential', 'analytics', 'advertising']);
    expect(config.cookie).toEqual({
      name: 'assent',
      path: '/',
      maxAgeDays: 182,
      sameSite: 'Lax',
      domain: undefined,
    });
    expect(config.mode).toBe('opt-in');
    expect(config.revision).toBe(0);
  });

  test('names the unknown key and lists the allowed ones', () => {
    expect(issuesOf({ revison: 2 })).toEqual([
      expect.stringMatching(/^revison: unknown key \(allowed: revision, mode/),
    ]);
    expect(issuesOf({ cookie: { maxAge: 3 } })[0]).toMatch(/^cookie\.maxAge: unknown key/);
    expect(issuesOf({ categories: { analytics: { servces: {} } } })[0]).toMatch(
      /^categories\.analytics\.servces: unknown key/,
    );
  });

  test('a service outside a category is refused', () => {
    expect(issuesOf({ services: { ga4: { cookies: ['_ga'] } } })[0]).toMatch(/^services: unknown key/);
    expect(issuesOf({ categories: { analytics: { services: ['ga4'] } } })[0]).toMatch(
      /^categories\.analytics\.services: expected an object of service id → service, got an array/,
    );
  });

  test('wrong types name the key and what was expected', () => {
    expect(issuesOf({ revision: 1.5 })).toEqual(['revision: expected a non-negative integer, got 1.5']);
    expect(issuesOf({ revision: '2' })).toEqual(['revision: expected a non-negative integer, got "2"']);
    expect(issuesOf({ revision: -1 })).toEqual(['revision: expected a non-negative integer, got -1']);
    expect(issuesOf({ mode: 'gdpr' })).toEqual(['mode: expected "opt-in", "opt-out" or "auto", got "gdpr"']);
    expect(issuesOf({ region: 'Germany' })[0]).toMatch(/^region: expected an ISO 3166 code/);
    expect(issuesOf({ cookie: { maxAgeDays: 500 } })[0]).toMatch(
      /^cookie\.maxAgeDays: expected a number of days/,
    );
    expect(issuesOf({ cookie: { name: 'a b' } })[0]).toMatch(/^cookie\.name: expected letters/);
    expect(issuesOf({ cookie: { sameSite: 'lots' } })[0]).toMatch(/^cookie\.sameSite/);
    expect(issuesOf({ categories: { analytics: { services: { ga4: { cookies: [42] } } } } })[0]).toMatch(
      /^categories\.analytics\.services\.ga4\.cookies\[0\]: expected a cookie name or/,
    );
    expect(issuesOf({ categories: { Bad: {} } })[0]).toMatch(/^categories\.Bad: expected a category id/);
    expect(issuesOf({ onChange: 'alert(1)' })).toEqual(['onChange: expected a function, got "alert(1)"']);
    expect(issuesOf(null)).toEqual(['config: expected an object, got null']);
    expect(issuesOf([])).toEqual(['config: expected an object, got an array']);
  });

  test('every problem is reported at once', () => {
    expect(issuesOf({ revision: 'x', mode: 1, cookie: { path: 'relative' } })).toHaveLength(3);
  });

  test('more categories than the cookie and a receipt can hold are refused', () => {
    const own = (n: number) => Object.fromEntries(Array.from({ length: n }, (_, i) => [`c${i}`, {}]));
    // 3 built-in + 61 own = 64: the most a decision can store.
    expect(validateConfig({ categories: own(61) }).categoryIds).toHaveLength(64);
    expect(() => validateConfig({ categories: own(62) })).toThrow(
      'categories: expected at most 64 categories (essential included), got 65',
    );
  });

  test('a service declared in two categories is refused', () => {
    expect(
      issuesOf({
        categories: { analytics: { services: { x: {} } }, advertising: { services: { x: {} } } },
      })[0],
    ).toMatch(/service "x" is declared in two categories/);
  });

  test('refuses javascript:, data: and other non-http links', () => {
    for (const url of [
      'javascript:alert(1)',
      ' JavaScript:alert(1)',
      'java\tscript:alert(1)',
      'data:text/html,x',
      'vbscript:x',
    ]) {
      expect(issuesOf({ privacyPolicyUrl: url })[0]).toMatch(
        /^privacyPolicyUrl: expected an http\(s\) or relative URL/,
      );
    }
    for (const url of [
      '/privacy',
      'privacy.html',
      'https://example.com/p',
      'http://example.com',
      '#terms',
      '?a=b',
    ]) {
      expect(validateConfig({ privacyPolicyUrl: url }).privacyPolicyUrl).toBe(url);
    }
    expect(isSafeUrl('\u0001javascript:alert(1)')).toBe(false);
  });

  test('a "__proto__" category from JSON is refused and reaches no prototype', () => {
    expect(issuesOf(JSON.parse('{"categories":{"__proto__":{"label":"x"}}}'))[0]).toMatch(
      /^categories\.__proto__: expected a category id/,
    );
    expect(issuesOf(JSON.parse('{"regionModes":{"__proto__":"opt-out"}}'))[0]).toMatch(
      /^regionModes\.__proto__/,
    );
    expect(({} as Record<string, unknown>).label).toBeUndefined();
  });
});

describe('createConsent with a wrong config fails safe', () => {
  test('nothing optional is granted, the error is in the state and logged, decisions are ignored', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const store = createConsent({ revision: 'two' } as never);
    expect(error).toHaveBeenCalledWith(expect.stringContaining('revision: expected a non-negative integer'));
    expect(store.getState().configError).toMatch(/revision/);
    expect(store.getState().categories).toEqual({ essential: true, analytics: false, advertising: false });
    store.acceptAll();
    expect(store.has('analytics')).toBe(false);
    expect(store.getState().decided).toBe(false);
    expect(document.cookie).toBe('');
  });

  test('even a valid stored decision is not trusted while the config is wrong', () => {
    createConsent({}).acceptAll();
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const store = createConsent({ mode: 'whatever' } as never);
    expect(store.has('analytics')).toBe(false);
    expect(store.has('essential')).toBe(true);
  });
});

describe('issues found by a wrapper', () => {
  test('put the store in fail-safe mode, reported together with core issues', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const store = createConsent(
      { revision: -1 },
      { issues: ['googleAnalytics.measurementId: expected "G-…", got "UA-1"'] },
    );
    expect(store.getState().configError).toBe(
      'Invalid Assent config:\n- revision: expected a non-negative integer, got -1\n- googleAnalytics.measurementId: expected "G-…", got "UA-1"',
    );
    expect(error).toHaveBeenCalledTimes(1);
    store.acceptAll();
    expect(store.has('analytics')).toBe(false);
    const alone = createConsent({}, { issues: ['layout: expected "bar", "box" or "modal", got "popup"'] });
    expect(alone.getState().configError).toMatch(/layout: expected/);
  });
});
