import { createConsent, OPT_IN_COUNTRIES, resolveMode } from '@assent/core';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { clearCookies, cookieValue } from './helpers';

beforeEach(clearCookies);
afterEach(() => {
  vi.unstubAllGlobals();
  clearCookies();
});

const withGpc = (value: unknown) => vi.stubGlobal('navigator', { ...navigator, globalPrivacyControl: value });

describe('jurisdiction', () => {
  test('opt-out mode: granted by default, undecided, nothing written', () => {
    const store = createConsent({ mode: 'opt-out' });
    expect(store.getState()).toMatchObject({ decided: false, mode: 'opt-out' });
    expect(store.getState().categories).toEqual({ essential: true, analytics: true, advertising: true });
    expect(cookieValue('assent')).toBeUndefined();
    store.update({ advertising: false }, { source: 'banner' }); // "Do Not Sell or Share"
    expect(store.getState().categories).toEqual({ essential: true, analytics: true, advertising: false });
    expect(createConsent({ mode: 'opt-out' }).has('advertising')).toBe(false);
  });

  test('auto mode maps EEA/UK/CH to opt-in and US privacy-law states to opt-out', () => {
    expect(createConsent({ mode: 'auto', region: 'DE' }).getState()).toMatchObject({
      mode: 'opt-in',
      region: 'DE',
    });
    expect(createConsent({ mode: 'auto', region: 'gb' }).getState().mode).toBe('opt-in');
    expect(createConsent({ mode: 'auto', region: 'CH' }).getState().mode).toBe('opt-in');
    expect(createConsent({ mode: 'auto', region: 'US-CA' }).getState().mode).toBe('opt-out');
    expect(createConsent({ mode: 'auto', region: 'US-CO' }).getState().mode).toBe('opt-out');
    expect(createConsent({ mode: 'auto', region: 'US-AL' }).getState().mode).toBe('opt-in');
    expect(createConsent({ mode: 'auto', region: 'US-AL', defaultMode: 'opt-out' }).getState().mode).toBe(
      'opt-out',
    );
    expect(createConsent({ mode: 'auto' }).getState().mode).toBe('opt-in');
    expect(
      createConsent({ mode: 'auto', region: 'US-FL', regionModes: { 'US-FL': 'opt-out' } }).getState().mode,
    ).toBe('opt-out');
    expect(
      createConsent({ mode: 'auto', region: 'FR', regionModes: { FR: 'opt-out' } }).getState().mode,
    ).toBe('opt-out');
  });

  test('the EEA list is complete: 27 EU states + IS, LI, NO + GB, CH', () => {
    expect(new Set(OPT_IN_COUNTRIES).size).toBe(32);
    for (const code of OPT_IN_COUNTRIES) expect(resolveMode(code, {}, 'opt-out')).toBe('opt-in');
    expect(resolveMode('BR', {}, 'opt-out')).toBe('opt-out');
  });
});

describe('Global Privacy Control', () => {
  test('opt-out mode: advertising denied by default, nothing written, state says it was honoured', () => {
    withGpc(true);
    const store = createConsent({ mode: 'opt-out' });
    expect(store.getState()).toMatchObject({ decided: false, gpc: true, gpcHonoured: true });
    expect(store.getState().categories).toEqual({ essential: true, analytics: true, advertising: false });
    expect(document.cookie).toBe('');
  });

  test('opt-in mode: "accept all" still leaves advertising off while the signal is on', () => {
    withGpc(true);
    const store = createConsent({});
    store.acceptAll({ source: 'banner' });
    expect(store.getState().categories).toEqual({ essential: true, analytics: true, advertising: false });
    expect(store.getState().gpcHonoured).toBe(true);
  });

  test('an explicit choice in the preferences wins over the signal and is recorded as such', () => {
    withGpc(true);
    const store = createConsent({});
    store.update({ advertising: true }, { source: 'preferences' });
    expect(store.getState()).toMatchObject({ gpc: true, gpcHonoured: false, source: 'preferences' });
    expect(store.has('advertising')).toBe(true);
    // Remembered on the next page view, with the signal still on.
    const next = createConsent({});
    expect(next.has('advertising')).toBe(true);
    expect(next.getState().gpcHonoured).toBe(false);
    // and accepting all again keeps the explicit choice
    next.acceptAll();
    expect(next.has('advertising')).toBe(true);
    // switching it off again gives the signal back its effect
    next.update({ advertising: false });
    next.acceptAll();
    expect(next.has('advertising')).toBe(false);
  });

  test('a browser that starts sending GPC after an earlier "accept all" is honoured', () => {
    createConsent({}).acceptAll();
    withGpc(true);
    const store = createConsent({});
    expect(store.getState()).toMatchObject({ decided: true, gpcHonoured: true });
    expect(store.has('advertising')).toBe(false);
    expect(store.has('analytics')).toBe(true);
  });

  test('only === true counts (undefined, "1", 1 do not)', () => {
    for (const value of [undefined, false, '1', 1]) {
      withGpc(value);
      expect(createConsent({ mode: 'opt-out' }).getState().gpc).toBe(false);
    }
  });

  test('config gpc overrides detection (a server that saw Sec-GPC: 1)', () => {
    expect(createConsent({ gpc: true, mode: 'opt-out' }).has('advertising')).toBe(false);
    withGpc(true);
    expect(createConsent({ gpc: false, mode: 'opt-out' }).has('advertising')).toBe(true);
  });
});
