// A wrong value turns off only its own key; only the keys a decision depends on fail safe.
import { type ConsentConfig, createConsent } from '@assent/core';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { clearCookies, cookieValue } from './helpers';

const categories = { analytics: {}, functional: {} };
let errors: ReturnType<typeof vi.spyOn>;
beforeEach(() => {
  clearCookies();
  errors = vi.spyOn(console, 'error').mockImplementation(() => {});
});
afterEach(clearCookies);

describe('a wrong optional key is left out; the store works', () => {
  test.each([
    ['privacyPolicyUrl', 'javascript:alert(1)', /^privacyPolicyUrl: expected an http\(s\) or relative URL/],
    ['gpc', 'yes', /^gpc: expected true, false or "auto", got "yes"/],
    ['region', 'Germany', /^region: expected an ISO 3166 code/],
    ['onChange', 'alert(1)', /^onChange: expected a function, got "alert\(1\)"/],
    ['onFirstConsent', 42, /^onFirstConsent: expected a function/],
    ['languag', 'de', /^languag: unknown key \(allowed: /],
  ])('%s: %j', (key, value, message) => {
    const store = createConsent({ revision: 2, categories, [key]: value } as ConsentConfig);
    const state = store.getState();
    expect(state.configError).toBeNull();
    expect(state.configWarnings).toHaveLength(1);
    expect(state.configWarnings[0]).toMatch(message);
    expect(state.configWarnings[0]).toMatch(/; ignored$/);
    // One console error for the problem, naming the key.
    expect(errors).toHaveBeenCalledTimes(1);
    expect(errors.mock.calls[0]![0]).toBe(`Assent config: ${state.configWarnings[0]}`);
    // Consent still works: the banner would ask, a decision is stored and grants what it says.
    expect(state.decided).toBe(false);
    store.update({ analytics: true, functional: false });
    expect(store.has('analytics')).toBe(true);
    expect(store.has('functional')).toBe(false);
    expect(cookieValue('assent')).toMatch(/^1\.2\./);
    expect(store.getState().configWarnings).toBe(state.configWarnings);
  });

  test('the default applies in place of the wrong value', () => {
    const store = createConsent({ categories, privacyPolicyUrl: 'javascript:x', gpc: 'yes' } as never);
    expect(store.config.privacyPolicyUrl).toBeNull();
    expect(store.config.gpc).toBe('auto');
  });

  test('a wrong callback is never called, a right one still is', () => {
    const onFirstConsent = vi.fn();
    const store = createConsent({ categories, onChange: 'x', onFirstConsent } as never);
    store.acceptAll();
    expect(onFirstConsent).toHaveBeenCalledTimes(1);
  });

  test('a right config has no warnings', () => {
    expect(createConsent({ revision: 1, categories }).getState().configWarnings).toEqual([]);
    expect(errors).not.toHaveBeenCalled();
  });

  test("a wrapper's warnings are listed after core's own and logged", () => {
    const store = createConsent({ categories, gpc: 1 } as never, {
      warnings: ['metaPixel.pixelId: bad; off'],
    });
    expect(store.getState().configWarnings).toEqual([
      'gpc: expected true, false or "auto", got 1; ignored',
      'metaPixel.pixelId: bad; off',
    ]);
    expect(store.getState().configError).toBeNull();
  });
});

describe('a wrong key the decision depends on fails safe', () => {
  test.each([
    ['categories', { Analytics: {} }],
    ['cookie', { maxAgeDays: 900 }],
    ['revision', '2'],
    ['mode', 'gdpr'],
    ['defaultMode', 'maybe'],
    ['regionModes', { DE: 'sometimes' }],
  ])('%s: %j', (key, value) => {
    const store = createConsent({ categories, [key]: value } as ConsentConfig);
    expect(store.getState().configError).toMatch(new RegExp(`${key}`));
    store.acceptAll();
    expect(store.has('analytics')).toBe(false);
    expect(document.cookie).toBe('');
  });

  test('fatal and optional problems are both reported', () => {
    const store = createConsent({ revision: -1, privacyPolicyUrl: 'javascript:x' } as never);
    expect(store.getState().configError).toMatch(/revision/);
    expect(store.getState().configWarnings[0]).toMatch(/^privacyPolicyUrl/);
  });
});
