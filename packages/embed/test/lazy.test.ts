// The on-demand files (banner, language packs, vendor adapters, receipts): each is fetched once,
// however often it is asked for while on its way, and fetched again after a failure.

import type { mountBanner } from '@assent/banner';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { lazyValue, loadLazy, registerLazy } from '../src/lazy';

const BASE = 'https://cdn.example/assent/';
// happy-dom cannot run script files (it fails each one at once), so the elements loadLazy appends
// are kept out of the document here, and the test plays the browser: it runs the "file" (by
// registering its export) and fires the element's load or error event.
let appended: HTMLScriptElement[] = [];
beforeEach(() => {
  appended = [];
  vi.spyOn(document.head, 'append').mockImplementation((...nodes) => {
    appended.push(...(nodes as HTMLScriptElement[]));
  });
});
const german = { acceptAll: 'Alle akzeptieren' };
const mount = (() => null) as unknown as typeof mountBanner;
const scripts = (file: string) => appended.filter((s) => s.src === `${BASE}assent.${file}.js`);

afterEach(() => {
  delete (window as { assentLazy?: unknown }).assentLazy;
});

test('asked for twice while on its way: one request, both callers get what the file registered', async () => {
  const first = loadLazy('de', 'de', BASE);
  const second = loadLazy('de', 'de', BASE);
  expect(scripts('de')).toHaveLength(1);
  // The file runs: it registers its export, then the element's load event fires.
  registerLazy('de', german);
  scripts('de')[0]!.dispatchEvent(new Event('load'));
  expect(await first).toBe(german);
  expect(await second).toBe(german);
  // Once registered, nothing more is fetched.
  expect(await loadLazy('de', 'de', BASE)).toBe(german);
  expect(scripts('de')).toHaveLength(1);
});

test('a failed load is reported once to every caller, and the next request fetches the file again', async () => {
  const error = vi.spyOn(console, 'error').mockImplementation(() => {});
  const first = loadLazy('banner', 'banner', BASE);
  const second = loadLazy('banner', 'banner', BASE);
  expect(scripts('banner')).toHaveLength(1);
  scripts('banner')[0]!.dispatchEvent(new Event('error'));
  expect(await first).toBeUndefined();
  expect(await second).toBeUndefined();
  expect(error).toHaveBeenCalledTimes(1);
  expect(error).toHaveBeenCalledWith(`Assent: could not load ${BASE}assent.banner.js`);

  const retry = loadLazy('banner', 'banner', BASE);
  expect(scripts('banner')).toHaveLength(2);
  registerLazy('banner', mount);
  scripts('banner')[1]!.dispatchEvent(new Event('load'));
  expect(await retry).toBe(mount);
  expect(lazyValue('banner')).toBe(mount);
});

test('a file that never answers counts as failed after the timeout', async () => {
  vi.useFakeTimers();
  try {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const load = loadLazy('fr', 'fr', BASE, undefined, 3000);
    await vi.advanceTimersByTimeAsync(3000);
    expect(await load).toBeUndefined();
    loadLazy('fr', 'fr', BASE, undefined, 3000);
    expect(scripts('fr')).toHaveLength(2);
  } finally {
    vi.useRealTimers();
  }
});

test('without a folder to load from, nothing is requested', async () => {
  expect(await loadLazy('es', 'es', null)).toBeUndefined();
  expect(appended).toHaveLength(0);
});

test('names and value types are one typed map (a wrong one does not compile)', () => {
  // @ts-expect-error: a language pack is not the banner's code
  registerLazy('banner', german);
  // @ts-expect-error: the receipts code is not a language pack
  registerLazy('de', mount);
  // @ts-expect-error: no on-demand file registers "tlh"
  lazyValue('tlh');
  const banner: Promise<typeof mountBanner | undefined> = loadLazy('banner', 'banner', null);
  expect(banner).toBeInstanceOf(Promise);
});
