// The script tag's `languages` key: the languages the site offers. The visitor's language is chosen
// among them (else the first listed), the banner's menu lists them and loads a missing pack file on
// a pick, the visitor's pick is kept for the visit, and each receipt records the language shown.
import { mountBanner, resolveTranslation, type TranslationOverrides } from '@assent/banner';
import { ar } from '@assent/banner/i18n/ar';
import { de } from '@assent/banner/i18n/de';
import { fr } from '@assent/banner/i18n/fr';
import type { createReceiptLog, ReceiptOptions } from '@assent/core/receipts';
import { fireEvent } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { splitConfig } from '../src/embed-config';
import { registerLazy } from '../src/lazy';
import { loadLanguage, wantedLanguage } from '../src/load-language';
import { type AssentInstance, type StartEnv, startAssent } from '../src/start-assent';

let instance: AssentInstance | null = null;
beforeEach(() => {
  // The pack files, as if assent.de.js, assent.fr.js and assent.ar.js had run.
  registerLazy('de', de);
  registerLazy('fr', fr);
  registerLazy('ar', ar);
});
afterEach(() => {
  instance?.destroy();
  instance = null;
  delete (window as { assentLazy?: unknown }).assentLazy;
  document.body.innerHTML = '';
  document.documentElement.lang = '';
  sessionStorage.clear();
  vi.restoreAllMocks();
  for (const part of document.cookie.split(';')) {
    const name = part.split('=')[0]?.trim();
    if (name) document.cookie = `${name}=; Max-Age=0; Path=/`;
  }
});

const env: StartEnv = { baseUrl: null, languages: {}, loadBanner: () => Promise.resolve(mountBanner) };
const browser = (...languages: string[]) =>
  vi.spyOn(navigator, 'languages', 'get').mockReturnValue(languages);
const start = async (config: Record<string, unknown>) => {
  instance = startAssent({ categories: { analytics: {} }, ...config }, env);
  await vi.waitFor(() => expect(instance!.banner()).not.toBeNull());
  return instance.banner()!;
};
/** Only these pack files have run (in a page, only the files assent.js loaded register). */
const only = (...codes: Array<'de' | 'fr' | 'ar'>) => {
  delete (window as { assentLazy?: unknown }).assentLazy;
  for (const code of codes) registerLazy(code, { de, fr, ar }[code]);
};
const root = () => instance!.banner()!.element!.shadowRoot!;
const firstButton = () => root().querySelector('button')!.textContent;
const menu = () => root().querySelector('select');
const openMenu = () => {
  instance!.showPreferences();
  return menu()!;
};

describe('the languages key restricts the automatic choice', () => {
  test('the first of the visitor languages that is offered', async () => {
    browser('fr-CA', 'de');
    const banner = await start({ languages: ['de', 'fr'] });
    expect(banner.shownLanguage()).toBe('fr');
    expect(firstButton()).toBe(fr.acceptAll);
  });

  test('none offered: the first listed, even for an English browser (English only if listed)', async () => {
    browser('en-US');
    document.documentElement.lang = 'en';
    const banner = await start({ languages: ['de', 'fr'] });
    expect(banner.shownLanguage()).toBe('de');
    expect(firstButton()).toBe(de.acceptAll);
  });

  test('the config language counts only when offered', async () => {
    browser('en-US');
    expect(wantedLanguage('ar', ['de', 'en'], null)).toBe('en');
    expect(wantedLanguage('ar', ['de', 'ar'], null)).toBe('ar');
    const banner = await start({ language: 'ar', languages: ['de', 'en'] });
    expect(banner.shownLanguage()).toBe('en');
  });

  test('the script tag and the banner choose alike', () => {
    const packs: Record<string, TranslationOverrides> = { de, fr, ar };
    for (const [visitor, offered] of [
      [['fr-CA'], ['de', 'fr']],
      [['en-US'], ['de', 'fr']],
      [['en-GB'], ['fr', 'en']],
      [
        ['ar-EG', 'de'],
        ['de', 'ar'],
      ],
    ] as const) {
      browser(...visitor);
      const banner = resolveTranslation({ languages: packs, allowedLanguages: offered }).lang;
      expect(wantedLanguage(undefined, offered, null)).toBe(banner);
    }
  });

  test('without the key, every language with a pack (as before), English for the rest', async () => {
    browser('it-IT', 'fr');
    expect(wantedLanguage(undefined, undefined, null)).toBe('it');
    browser('xx');
    expect(wantedLanguage(undefined, undefined, null)).toBe('en');
  });
});

describe('the menu', () => {
  test('lists the offered languages, in their order', async () => {
    browser('de');
    await start({ languages: ['en', 'de', 'ar'] });
    expect([...openMenu().options].map((o) => o.textContent)).toEqual(['English', 'Deutsch', 'العربية']);
  });

  test('without the key: English and the pack loaded for the visitor', async () => {
    browser('de');
    only('de');
    await start({});
    expect([...openMenu().options].map((o) => o.value)).toEqual(['en', 'de']);
  });

  test('without the key, an English visitor has no menu (one language)', async () => {
    browser('en-US');
    only();
    await start({});
    instance!.showPreferences();
    expect(root().querySelector('[role=dialog]')).not.toBeNull();
    expect(menu()).toBeNull();
  });

  test('a pick loads the pack file the banner does not have yet', async () => {
    browser('en-US');
    const loaded: string[] = [];
    // Only English is there at first: fr registers when its file is "loaded".
    only();
    const banner = await start({ languages: ['en', 'fr'], assetsUrl: '/assent/' });
    const append = vi.spyOn(document.head, 'append').mockImplementation((script) => {
      const s = script as HTMLScriptElement;
      loaded.push(new URL(s.src).pathname);
      registerLazy('fr', fr);
      queueMicrotask(() => s.onload?.(new Event('load')));
    });
    fireEvent.change(openMenu(), { target: { value: 'fr' } });
    await vi.waitFor(() => expect(banner.shownLanguage()).toBe('fr'));
    expect(loaded).toEqual(['/assent/assent.fr.js']);
    append.mockRestore();
  });
});

describe('kept for the visit', () => {
  test('the pick wins on the next page, and both packs are there for the menu', async () => {
    browser('de');
    await start({ languages: ['de', 'en', 'ar'] });
    fireEvent.change(openMenu(), { target: { value: 'ar' } });
    expect(sessionStorage.getItem('assent:language')).toBe('ar');
    instance!.destroy();
    expect(wantedLanguage(undefined, ['de', 'en', 'ar'])).toBe('ar');
    const banner = await start({ languages: ['de', 'en', 'ar'] });
    expect(banner.shownLanguage()).toBe('ar');
    expect(banner.element!.shadowRoot!.querySelector('[lang]')!.getAttribute('dir')).toBe('rtl');
  });

  test('without the key, the automatic language is loaded too, so the menu offers it again', async () => {
    browser('de');
    sessionStorage.setItem('assent:language', 'en');
    only();
    const srcs: string[] = [];
    const append = vi.spyOn(document.head, 'append').mockImplementation((script) => {
      const s = script as HTMLScriptElement;
      srcs.push(new URL(s.src).pathname);
      registerLazy('de', de);
      queueMicrotask(() => s.onload?.(new Event('load')));
    });
    const packs = await loadLanguage(undefined, { ...env, baseUrl: 'https://example.com/assent/' });
    expect(srcs).toEqual(['/assent/assent.de.js']);
    expect(Object.keys(packs)).toEqual(['de']);
    append.mockRestore();
  });

  test('a kept language the site does not offer is ignored', async () => {
    browser('en-US');
    sessionStorage.setItem('assent:language', 'fr');
    const banner = await start({ languages: ['de', 'ar'] });
    expect(banner.shownLanguage()).toBe('de');
  });
});

describe('a wrong languages value', () => {
  test.each([
    ['de', 'languages: expected a list of language tags such as ["de", "en"], got "de"; the default is used'],
    [
      [],
      'languages: expected a list of language tags such as ["de", "en"], got an array; the default is used',
    ],
    [['de', 5], 'languages[1]: expected a language tag such as "de", got 5; the default is used'],
    [
      ['de', 'not a tag'],
      'languages[1]: expected a language tag such as "de", got "not a tag"; the default is used',
    ],
  ])('%j warns and is left out', (value, warning) => {
    const { embed, warnings } = splitConfig({ languages: value });
    expect(warnings).toEqual([warning]);
    expect(embed.languages).toBeUndefined();
  });

  test('the visitor then gets every language with a pack, as without the key', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    browser('fr');
    const banner = await start({ languages: ['de', 5] });
    expect(instance!.store.getState().configWarnings).toEqual([
      'languages[1]: expected a language tag such as "de", got 5; the default is used',
    ]);
    expect(banner.shownLanguage()).toBe('fr');
  });
});

describe('receipts', () => {
  test('record the language the banner showed when the visitor decided', async () => {
    const seen: ReceiptOptions[] = [];
    registerLazy('receipts', ((_store: unknown, options: ReceiptOptions) => {
      seen.push(options);
      return { destroy() {} };
    }) as unknown as typeof createReceiptLog);
    browser('en-US');
    await start({ languages: ['en', 'de'] });
    fireEvent.change(openMenu(), { target: { value: 'de' } });
    instance!.store.acceptAll();
    await vi.waitFor(() => expect(seen).toHaveLength(1));
    expect(seen[0]!.backlog![0]!.language).toBe('de');
    expect(seen[0]!.backlog![0]!.text).toContain(de.save);
    expect(seen[0]!.language!()).toBe('de');
  });

  test('no banner shown: no language (as no text)', async () => {
    const seen: ReceiptOptions[] = [];
    registerLazy('receipts', ((_store: unknown, options: ReceiptOptions) => {
      seen.push(options);
      return { destroy() {} };
    }) as unknown as typeof createReceiptLog);
    instance = startAssent(
      { categories: { analytics: {} } },
      { ...env, loadBanner: () => new Promise(() => {}) },
    );
    instance.store.rejectAll();
    await vi.waitFor(() => expect(seen).toHaveLength(1));
    expect(seen[0]!.backlog![0]).toMatchObject({ text: null, language: null });
  });
});
