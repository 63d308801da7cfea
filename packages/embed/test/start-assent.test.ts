// startAssent's wiring, as a visitor meets it: the banner's code is asked for only when something
// must be shown, a [data-assent-open] element opens the preferences before the banner is there, the
// receipts record the text the banner showed, and destroy() undoes every listener.
import { mountBanner } from '@assent/banner';
import type { createReceiptLog, ReceiptOptions } from '@assent/core/receipts';
import { afterEach, expect, test, vi } from 'vitest';
import { EMBED_KEYS } from '../src/embed-config';
import { registerLazy } from '../src/lazy';
import { type AssentInstance, type StartEnv, startAssent } from '../src/start-assent';

let instance: AssentInstance | null = null;
afterEach(() => {
  instance?.destroy();
  instance = null;
  delete (window as { assentLazy?: unknown }).assentLazy;
  document.body.innerHTML = '';
  for (const part of document.cookie.split(';')) {
    const name = part.split('=')[0]?.trim();
    if (name) document.cookie = `${name}=; Max-Age=0; Path=/`;
  }
});

/** No folder to load from (nothing is fetched), and the real banner. */
const env = () => {
  const loadBanner = vi.fn<StartEnv['loadBanner']>(() => Promise.resolve(mountBanner));
  return { loadBanner, env: { baseUrl: null, languages: {}, loadBanner } satisfies StartEnv };
};
const config = { categories: { analytics: {} } };
const start = (e: StartEnv) => {
  instance = startAssent(config, e);
  return instance;
};
/** A visitor who decided on an earlier page. */
const returning = () => {
  start(env().env).store.acceptAll();
  instance!.destroy();
};
const shadowText = () => instance!.banner()?.element?.shadowRoot?.textContent ?? '';

test('a visitor who must be asked: the banner code is requested before startAssent returns', async () => {
  const { loadBanner, env: e } = env();
  start(e);
  expect(loadBanner).toHaveBeenCalledTimes(1);
  await vi.waitFor(() => expect(instance!.banner()).not.toBeNull());
  expect(shadowText()).toContain('Accept all');
});

test('a returning visitor: no banner code until the visitor points at a [data-assent-open] element', async () => {
  returning();
  document.body.innerHTML = '<button type="button" data-assent-open><span>Cookie settings</span></button>';
  const { loadBanner, env: e } = env();
  start(e);
  await new Promise((r) => setTimeout(r, 20));
  expect(loadBanner).not.toHaveBeenCalled();
  const label = document.querySelector('span')!;
  label.dispatchEvent(new Event('pointerover', { bubbles: true }));
  expect(loadBanner).toHaveBeenCalledTimes(1);
  const click = new MouseEvent('click', { bubbles: true, cancelable: true });
  label.dispatchEvent(click);
  expect(click.defaultPrevented).toBe(true);
  await vi.waitFor(() => expect(shadowText()).toContain('Save'));
  expect(loadBanner).toHaveBeenCalledTimes(1);
});

test('the receipts record the text the banner showed when the visitor decided', async () => {
  const seen: ReceiptOptions[] = [];
  const fake = ((_store: unknown, options: ReceiptOptions) => {
    seen.push(options);
    return { destroy() {} };
  }) as unknown as typeof createReceiptLog;
  registerLazy('receipts', fake);
  start(env().env);
  await vi.waitFor(() => expect(instance!.banner()).not.toBeNull());
  const shown = instance!.banner()!.shownText();
  expect(shown).toContain('Accept all');
  instance!.store.acceptAll();
  await vi.waitFor(() => expect(seen).toHaveLength(1));
  expect(seen[0]!.backlog![0]!.text).toBe(shown);
  expect(seen[0]!.backlog![0]!.language).toBe('en');
  expect(seen[0]!.text!()).toBe(instance!.banner()!.shownText());
});

test('destroy() stops answering [data-assent-open] and removes the banner', async () => {
  const { loadBanner, env: e } = env();
  start(e);
  await vi.waitFor(() => expect(instance!.banner()).not.toBeNull());
  instance!.destroy();
  expect(document.querySelector('assent-banner')).toBeNull();
  returning();
  document.body.innerHTML = '<a href="#" data-assent-open>Cookies</a>';
  const { loadBanner: later, env: e2 } = env();
  start(e2).destroy();
  document.querySelector('a')!.dispatchEvent(new Event('pointerover', { bubbles: true }));
  const click = new MouseEvent('click', { bubbles: true, cancelable: true });
  document.querySelector('a')!.dispatchEvent(click);
  expect(click.defaultPrevented).toBe(false);
  expect(later).not.toHaveBeenCalled();
  expect(loadBanner).toHaveBeenCalledTimes(1);
});

test('the banner gets the config keys as options, never a polluted Object.prototype', async () => {
  Object.defineProperty(Object.prototype, 'theme', { value: 'dark', configurable: true, writable: true });
  try {
    instance = startAssent({ ...config, layout: 'box' }, env().env);
    await vi.waitFor(() => expect(instance!.banner()).not.toBeNull());
    const host = instance.banner()!.element!;
    expect(host.getAttribute('data-theme')).toBe('auto');
    expect(host.shadowRoot!.querySelector('.box, [class~="box"]')).not.toBeNull();
  } finally {
    delete (Object.prototype as { theme?: unknown }).theme;
  }
});

test('a wrong key inside an adapter option: that adapter runs with its defaults, the rest works', () => {
  const error = vi.spyOn(console, 'error').mockImplementation(() => {});
  const w = window as { dataLayer?: unknown[] };
  w.dataLayer = [];
  // As JSON from a page would have it: the types are not checked there.
  const json = JSON.parse(
    '{ "googleConsentMode": { "waitForUpdate": -5 }, "scriptTags": { "observe": "yes" } }',
  );
  instance = startAssent({ ...config, ...json }, env().env);
  const state = instance.store.getState();
  expect(state.configError).toBeNull();
  expect(state.configWarnings).toEqual([
    'googleConsentMode.waitForUpdate: expected a whole number of milliseconds (0 or more), got -5; the default is used',
    'scriptTags.observe: expected true or false, got "yes"; the default is used',
  ]);
  for (const warning of state.configWarnings) expect(error).toHaveBeenCalledWith(`Assent config: ${warning}`);
  const pushed = () => w.dataLayer!.map((args) => Array.from(args as ArrayLike<unknown>));
  // The all-denied default is on the dataLayer, so Google tags on the page stay cookieless …
  expect(pushed()).toContainEqual([
    'consent',
    'default',
    expect.objectContaining({ analytics_storage: 'denied' }),
  ]);
  // … and a decision still counts and reaches Consent Mode.
  instance.store.acceptAll();
  expect(instance.store.has('analytics')).toBe(true);
  expect(pushed()).toContainEqual([
    'consent',
    'update',
    expect.objectContaining({ analytics_storage: 'granted' }),
  ]);
  delete w.dataLayer;
});

test.each([...EMBED_KEYS])(
  'a wrong %s only warns: the banner is asked for and a decision counts',
  async (key) => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const e = env();
    instance = startAssent({ ...config, [key]: 12345 } as never, e.env);
    const state = instance.store.getState();
    expect(state.configError).toBeNull();
    expect(state.configWarnings).toHaveLength(1);
    expect(state.configWarnings[0]).toMatch(new RegExp(`^${key}: expected .*, got 12345; `));
    await vi.waitFor(() => expect(e.loadBanner).toHaveBeenCalled());
    instance.store.acceptAll();
    expect(instance.store.has('analytics')).toBe(true);
  },
);
