import { createConsent } from '@assent/core';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { clearCookies } from './helpers';

// Both "tabs" share happy-dom's cookie jar, as two tabs of one site share the browser's.
const stores: Array<{ destroy(): void }> = [];
const track = <T extends { destroy(): void }>(s: T) => {
  stores.push(s);
  return s;
};
beforeEach(clearCookies);
afterEach(() => {
  for (const s of stores.splice(0)) s.destroy();
  vi.unstubAllGlobals();
  clearCookies();
});

const until = async (check: () => boolean) => {
  for (let i = 0; i < 100 && !check(); i++) await new Promise((r) => setTimeout(r, 5));
  return check();
};

describe('cross-tab sync', () => {
  test('BroadcastChannel: a decision in one tab reaches the other without a reload', async () => {
    expect(typeof BroadcastChannel).toBe('function');
    const tabA = track(createConsent({}));
    const tabB = track(createConsent({}));
    const seen = vi.fn();
    tabB.subscribe(seen);
    tabA.acceptAll({ source: 'banner' });
    expect(await until(() => tabB.has('analytics'))).toBe(true);
    expect(tabB.getState()).toMatchObject({ decided: true, source: 'sync', id: tabA.getState().id });
    tabA.reset();
    expect(await until(() => !tabB.getState().decided)).toBe(true);
    // The other tab only sees the cookie gone; it cannot tell a reset from a deletion.
    expect(tabB.getState().askReason).toBe('new');
    expect(seen).toHaveBeenCalledTimes(2);
  });

  test('without BroadcastChannel, the storage event carries it', async () => {
    vi.stubGlobal('BroadcastChannel', undefined);
    const tabA = track(createConsent({}));
    const tabB = track(createConsent({}));
    tabA.rejectAll();
    // happy-dom does not deliver storage events between two stores of one window, so we deliver
    // the event another tab's write would cause.
    window.dispatchEvent(new StorageEvent('storage', { key: 'assent:assent' }));
    expect(tabB.getState()).toMatchObject({ decided: true, method: 'reject-all', source: 'sync' });
  });

  test('a message that overtakes the cookie write is caught by a re-read shortly after', async () => {
    // Firefox delivers another tab's message before that tab's cookie write is visible here.
    vi.stubGlobal('BroadcastChannel', undefined);
    const tabA = track(createConsent({}));
    const tabB = track(createConsent({}));
    window.dispatchEvent(new StorageEvent('storage', { key: 'assent:assent' }));
    expect(tabB.getState().decided).toBe(false);
    tabA.rejectAll();
    expect(await until(() => tabB.getState().decided)).toBe(true);
    expect(tabB.getState()).toMatchObject({ method: 'reject-all', source: 'sync' });
  });

  test('a tab becoming visible re-reads the cookie (other subdomain, lost message)', () => {
    const tab = track(createConsent({}));
    track(createConsent({})).acceptAll();
    tab.destroy(); // drop its channel: only the visibility check can tell it now
    const fresh = track(createConsent({ cookie: { name: 'other' } }));
    expect(fresh.getState().decided).toBe(false);
    document.cookie = `other=${document.cookie.split('assent=')[1]?.split(';')[0]}; Path=/`;
    document.dispatchEvent(new Event('visibilitychange'));
    expect(fresh.getState()).toMatchObject({ decided: true, source: 'sync' });
  });

  test('a listener is not called when nothing changed', () => {
    const tab = track(createConsent({}));
    const seen = vi.fn();
    tab.subscribe(seen);
    document.dispatchEvent(new Event('visibilitychange'));
    expect(seen).not.toHaveBeenCalled();
  });
});
