// The language menu of the preferences dialog: the languages the site offers, each by its own name;
// a pick re-renders both layers in place (loading the pack first when needed), sets lang and dir,
// keeps focus on the menu, announces nothing extra, and is kept for the visit in sessionStorage.
import { cleanup, fireEvent } from '@testing-library/preact';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { ar } from '../src/i18n/ar';
import { de } from '../src/i18n/de';
import { fr } from '../src/i18n/fr';
import { type BannerOptions, resolveTranslation } from '../src/index';
import { LANGUAGE_KEY } from '../src/languages';
import { focused, type Mounted, setup, teardown } from './helpers';

afterEach(() => {
  cleanup();
  teardown();
  sessionStorage.clear();
  vi.restoreAllMocks();
});

const config = { categories: { analytics: {} } };

/** Mounts the banner and opens the preferences from the first layer's third button. */
const openPreferences = (options: BannerOptions): Mounted => {
  const m = setup(config, options);
  m.banner.showPreferences();
  return m;
};
const menu = (m: Mounted) => m.ui().queryByRole('combobox') as HTMLSelectElement | null;
const pick = (m: Mounted, code: string) => fireEvent.change(menu(m)!, { target: { value: code } });
const buttons = (m: Mounted) =>
  m
    .ui()
    .getAllByRole('button')
    .map((b) => b.textContent);
const wrapper = (m: Mounted) => m.root().querySelector('[lang]')!;

describe('the menu', () => {
  test('is hidden while only one language is offered', () => {
    expect(menu(openPreferences({}))).toBeNull();
    teardown();
    expect(menu(openPreferences({ languages: { de }, allowedLanguages: ['de'] }))).toBeNull();
  });

  test('lists the offered languages by their own names, labelled, the one shown selected', () => {
    const m = openPreferences({
      languages: { de, ar },
      allowedLanguages: ['de', 'en', 'ar'],
      language: 'de',
    });
    const select = m.ui().getByRole('combobox', { name: 'Sprache' }) as HTMLSelectElement;
    expect([...select.options].map((o) => [o.value, o.textContent, o.lang])).toEqual([
      ['de', 'Deutsch', 'de'],
      ['en', 'English', 'en'],
      ['ar', 'العربية', 'ar'],
    ]);
    expect(select.value).toBe('de');
  });

  test('without allowedLanguages: English and every pack passed in', () => {
    const m = openPreferences({ languages: { fr } });
    expect([...menu(m)!.options].map((o) => o.textContent)).toEqual(['English', 'Français']);
  });

  test('a language Intl does not name is listed by its code', () => {
    const DisplayNames = Intl.DisplayNames;
    vi.stubGlobal('Intl', { ...Intl, DisplayNames: undefined });
    try {
      const m = openPreferences({ languages: { de } });
      expect([...menu(m)!.options].map((o) => o.textContent)).toEqual(['en', 'de']);
    } finally {
      vi.unstubAllGlobals();
      expect(Intl.DisplayNames).toBe(DisplayNames);
    }
  });
});

describe('picking a language', () => {
  test('re-renders both layers in it, in place, focus staying on the menu', () => {
    const m = setup(config, { languages: { de }, allowedLanguages: ['en', 'de'] });
    fireEvent.click(m.ui().getByRole('button', { name: 'Customize' }));
    const select = menu(m)!;
    select.focus();
    pick(m, 'de');
    expect(menu(m)).toBe(select);
    expect(focused(m)).toBe(select);
    expect(select.value).toBe('de');
    expect(m.ui().getByRole('dialog', { name: 'Datenschutz-Einstellungen' })).toBeTruthy();
    expect(buttons(m)).toContain('Auswahl speichern');
    expect(wrapper(m).getAttribute('lang')).toBe('de');
    expect(m.banner.shownLanguage()).toBe('de');
    // Closing the dialog shows the first layer in German, Reject all beside Accept all as before.
    fireEvent.keyDown(m.ui().getByRole('dialog'), { key: 'Escape' });
    expect(buttons(m)).toEqual(['Alle akzeptieren', 'Alle ablehnen', 'Anpassen']);
    const [accept, reject] = m.ui().getAllByRole('button');
    expect(reject!.className).toBe(accept!.className);
  });

  test('loads a missing pack through loadLanguage first', async () => {
    const loadLanguage = vi.fn(async (code: string) => (code === 'fr' ? fr : undefined));
    const m = openPreferences({ allowedLanguages: ['en', 'fr'], loadLanguage });
    pick(m, 'fr');
    await vi.waitFor(() => expect(buttons(m)).toContain('Tout refuser'));
    expect(loadLanguage).toHaveBeenCalledWith('fr');
    // Loaded once: back and forth needs no second load.
    pick(m, 'en');
    pick(m, 'fr');
    expect(buttons(m)).toContain('Tout refuser');
    expect(loadLanguage).toHaveBeenCalledTimes(1);
  });

  test('a pack that cannot be had keeps the language shown (and the menu says so)', async () => {
    const loadLanguage = vi.fn(() => Promise.reject(new Error('offline')));
    const m = openPreferences({ allowedLanguages: ['en', 'fr'], loadLanguage });
    pick(m, 'fr');
    await vi.waitFor(() => expect(loadLanguage).toHaveBeenCalled());
    await vi.waitFor(() => expect(menu(m)!.value).toBe('en'));
    expect(buttons(m)).toContain('Reject all');
    expect(sessionStorage.getItem(LANGUAGE_KEY)).toBeNull();
  });

  test('a right-to-left language sets dir="rtl", and back', () => {
    const m = openPreferences({ languages: { ar } });
    pick(m, 'ar');
    expect(wrapper(m).getAttribute('dir')).toBe('rtl');
    expect(wrapper(m).getAttribute('lang')).toBe('ar');
    pick(m, 'en');
    expect(wrapper(m).getAttribute('dir')).toBe('ltr');
  });

  test('announces nothing extra: an earlier "saved" is not said again in the new language', () => {
    const m = setup(config, { languages: { de }, floatingButton: true });
    fireEvent.click(m.ui().getByRole('button', { name: 'Reject all' }));
    const status = m.ui().getByRole('status');
    expect(status.textContent).toBe('Preferences saved');
    m.banner.showPreferences();
    pick(m, 'de');
    expect(status.textContent).toBe('');
  });
});

describe('kept for the visit', () => {
  test('the pick is kept in sessionStorage and wins on the next page', () => {
    const options = { languages: { de, fr }, allowedLanguages: ['en', 'de', 'fr'], language: 'fr' };
    const m = openPreferences(options);
    expect(menu(m)!.value).toBe('fr');
    pick(m, 'de');
    expect(sessionStorage.getItem(LANGUAGE_KEY)).toBe('de');
    teardown();
    // The next page: the config still says fr, the visitor's pick wins.
    const next = setup(config, options);
    expect(buttons(next)).toEqual(['Alle akzeptieren', 'Alle ablehnen', 'Anpassen']);
    expect(resolveTranslation(options).lang).toBe('de');
  });

  test('a kept language the site no longer offers is ignored', () => {
    sessionStorage.setItem(LANGUAGE_KEY, 'fr');
    // The browser says en-US, not offered: the first offered.
    const m = setup(config, { languages: { de, fr, ar }, allowedLanguages: ['de', 'ar'] });
    expect(m.banner.shownLanguage()).toBe('de');
    sessionStorage.setItem(LANGUAGE_KEY, 'xx');
    expect(resolveTranslation({ languages: { de } }).lang).toBe('en');
  });

  test('blocked storage: the pick still applies to this page', () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('blocked', 'SecurityError');
    });
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('blocked', 'SecurityError');
    });
    const m = openPreferences({ languages: { de } });
    pick(m, 'de');
    expect(buttons(m)).toContain('Auswahl speichern');
  });
});

describe('the automatic choice among allowedLanguages', () => {
  test('the first of the visitor languages that is offered, else the first offered', () => {
    vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['fr-CA', 'de']);
    expect(resolveTranslation({ languages: { de, fr }, allowedLanguages: ['de', 'fr'] }).lang).toBe('fr');
    expect(resolveTranslation({ languages: { de, fr }, allowedLanguages: ['de'] }).lang).toBe('de');
    vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['en-US']);
    // English only when listed.
    expect(resolveTranslation({ languages: { de, fr }, allowedLanguages: ['fr', 'de'] }).lang).toBe('fr');
    expect(resolveTranslation({ languages: { de, fr }, allowedLanguages: ['fr', 'en'] }).lang).toBe('en');
  });

  test("the banner's own choice without a pack yet: loaded before anything is shown", async () => {
    document.documentElement.lang = 'de';
    const loadLanguage = vi.fn(async () => de);
    const m = setup(config, { allowedLanguages: ['en', 'de'], loadLanguage });
    expect(m.banner.element).toBeNull();
    expect(m.banner.shownLanguage()).toBeNull();
    await vi.waitFor(() => expect(m.banner.element).not.toBeNull());
    expect(buttons(m)).toEqual(['Alle akzeptieren', 'Alle ablehnen', 'Anpassen']);
    expect(m.banner.shownLanguage()).toBe('de');
    expect(loadLanguage).toHaveBeenCalledWith('de');
  });
});
