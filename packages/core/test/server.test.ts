// readConsent builds, from a request's Cookie header, the very state the browser store builds from
// the same cookie, so a server renders gated content as the page will.
import { type ConsentConfig, createConsent, encodeDecision, type StoredDecision } from '@assent/core';
import { cookieFromHeader, createConsentReader, readConsent } from '@assent/core/server';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { clearCookies } from './helpers';

const config: ConsentConfig = { revision: 3, categories: { analytics: {}, functional: {} } };
const DAY = 86_400_000;
const decision = (over: Partial<StoredDecision> = {}): StoredDecision => ({
  revision: 3,
  updatedAt: Math.floor((Date.now() - DAY) / 1000) * 1000,
  id: '8c1f2a4e-0b7d-4c3e-9f1a-2b3c4d5e6f70',
  method: 'custom',
  gpcOverride: false,
  categories: { analytics: true, advertising: false, functional: false },
  ...over,
});

afterEach(clearCookies);

/** The state the browser store reads at start from `value`. */
function browserState(value: string | null, cfg = config) {
  clearCookies();
  if (value !== null) document.cookie = `assent=${value}; Path=/`;
  const store = createConsent(cfg);
  const state = store.getState();
  store.destroy();
  return state;
}

describe('readConsent equals the browser store’s state for the same cookie', () => {
  test.each([
    ['a valid decision', encodeDecision(decision())],
    ['another revision (ask again)', encodeDecision(decision({ revision: 2 }))],
    [
      'expired (older than the cookie lifetime)',
      encodeDecision(decision({ updatedAt: Date.now() - 400 * DAY })),
    ],
    [
      'accept all',
      encodeDecision(
        decision({
          method: 'accept-all',
          categories: { analytics: true, advertising: true, functional: true },
        }),
      ),
    ],
    ['a tampered value', '1.3.zzz.short.x.0.'],
  ])('%s', (_name, value) => {
    const header = `theme=dark; assent=${value}; other="x y"`;
    expect(readConsent(header, config)).toEqual(browserState(value));
  });

  test('no cookie: a new visitor', () => {
    const state = readConsent('theme=dark', config);
    expect(state).toEqual(browserState(null));
    expect(state).toMatchObject({ decided: false, askReason: 'new', source: 'default' });
    expect(readConsent(undefined, config)).toEqual(state);
  });

  test('a custom cookie name and opt-out mode', () => {
    const cfg: ConsentConfig = {
      mode: 'opt-out',
      cookie: { name: 'consent' },
      categories: { analytics: {} },
    };
    expect(readConsent('assent=x', cfg).categories).toEqual({
      essential: true,
      analytics: true,
      advertising: true,
    });
  });
});

describe('Global Privacy Control from Sec-GPC', () => {
  test('Sec-GPC: 1 holds advertising off, even after "Accept all"', () => {
    const value = encodeDecision(
      decision({ method: 'accept-all', categories: { analytics: true, advertising: true } }),
    );
    const state = readConsent(`assent=${value}`, config, { secGpc: '1' });
    expect(state).toMatchObject({ gpc: true, gpcHonoured: true });
    expect(state.categories.advertising).toBe(false);
    expect(readConsent(`assent=${value}`, config, { secGpc: '0' }).categories.advertising).toBe(true);
  });

  test('the config’s gpc setting wins over the header', () => {
    expect(readConsent('', { ...config, gpc: false }, { secGpc: '1' }).gpc).toBe(false);
  });
});

describe('createConsentReader', () => {
  test('checks the config once: a wrong one logs once and reads every request as fail-safe', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const read = createConsentReader({ revision: 'x' } as never);
    const value = encodeDecision(decision());
    for (let i = 0; i < 5; i++) expect(read(`assent=${value}`).categories.analytics).toBe(false);
    expect(error).toHaveBeenCalledTimes(1);
  });

  test('`now` judges the age', () => {
    const value = encodeDecision(decision());
    expect(readConsent(`assent=${value}`, config, { now: Date.now() + 400 * DAY }).askReason).toBe('expired');
  });
});

describe('cookieFromHeader', () => {
  test.each([
    ['a=1; assent=x; b=2', 'x'],
    ['assent=first; assent=second', 'first'],
    ['assent="quoted"', 'quoted'],
    ['assent=a%3Ab', 'a:b'],
    ['assent=%E0%A4%A', '%E0%A4%A'],
    ['xassent=1; assent=2', '2'],
    ['assent', undefined],
    ['', undefined],
  ])('%j → %j', (header, value) => {
    expect(cookieFromHeader(header, 'assent')).toBe(value);
  });
});
