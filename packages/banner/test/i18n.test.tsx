import { cleanup, fireEvent } from '@testing-library/preact';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { ar } from '../src/i18n/ar';
import { de } from '../src/i18n/de';
import { es } from '../src/i18n/es';
import { fr } from '../src/i18n/fr';
import { en, resolveTranslation } from '../src/index';
import { setup, teardown } from './helpers';

afterEach(() => {
  cleanup();
  teardown();
});

const packs = { de, fr, es, ar };

describe('language choice', () => {
  test('the `language` option picks a pack', () => {
    const m = setup({}, { language: 'de', languages: packs });
    expect(
      m
        .ui()
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['Alle akzeptieren', 'Alle ablehnen', 'Anpassen']);
    expect(m.root().querySelector('[lang]')!.getAttribute('lang')).toBe('de');
  });

  test('else <html lang>, matching the primary subtag', () => {
    document.documentElement.lang = 'fr-CA';
    const m = setup({}, { languages: packs });
    expect(m.ui().getByRole('button', { name: 'Tout refuser' })).toBeTruthy();
  });

  test('else navigator.languages', () => {
    // happy-dom's navigator is fixed to en-US; this stands in for a Spanish browser.
    vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['it-IT', 'es-MX']);
    expect(resolveTranslation({ languages: packs }).lang).toBe('es');
  });

  test('only among the packs passed in; English when nothing matches', () => {
    const m = setup({}, { language: 'de' });
    expect(m.ui().getByRole('button', { name: 'Accept all' })).toBeTruthy();
    expect(resolveTranslation({ language: 'pt', languages: packs }).lang).toBe('en');
  });

  test('site overrides are merged over the pack, including category texts', () => {
    const m = setup(
      {},
      {
        language: 'de',
        languages: packs,
        translations: {
          de: { acceptAll: 'Alles erlauben', categories: { analytics: { label: 'Messung' } } },
        },
      },
    );
    expect(m.ui().getByRole('button', { name: 'Alles erlauben' })).toBeTruthy();
    expect(m.ui().getByRole('button', { name: 'Alle ablehnen' })).toBeTruthy();
    fireEvent.click(m.ui().getByRole('button', { name: 'Anpassen' }));
    expect(m.ui().getByRole('switch', { name: 'Messung' })).toBeTruthy();
    // The description of the pack stays where the override left it out.
    expect(m.ui().getByText(de.categories!.analytics!.description!)).toBeTruthy();
  });

  test('a missing string falls back to English', () => {
    const t = resolveTranslation({ language: 'xx', languages: { xx: { title: 'Titel' } } }).t;
    expect(t.title).toBe('Titel');
    expect(t.rejectAll).toBe('Reject all');
  });

  test('every shipped pack translates every key', () => {
    const keys = Object.keys(en).filter((k) => k !== 'dir' && k !== 'categories');
    for (const [name, pack] of Object.entries(packs)) {
      for (const key of keys) expect(pack, `${name}.${key}`).toHaveProperty(key);
      for (const id of ['essential', 'analytics', 'advertising'])
        expect(pack.categories?.[id], `${name}.categories.${id}`).toMatchObject({
          label: expect.any(String),
          description: expect.any(String),
        });
    }
  });

  test('Arabic is right-to-left', () => {
    document.documentElement.lang = 'en';
    const m = setup({}, { language: 'ar', languages: packs });
    const root = m.root().querySelector('[lang]')!;
    expect(root.getAttribute('dir')).toBe('rtl');
    expect(root.getAttribute('lang')).toBe('ar');
    expect(m.ui().getByRole('button', { name: 'رفض الكل' })).toBeTruthy();
  });
});

describe('strings are text, links are checked', () => {
  test('markup in a string is shown as text, never parsed', () => {
    const m = setup({}, { translations: { en: { title: '<img src=x onerror=alert(1)>Hi' } } });
    expect(m.root().querySelector('img')).toBeNull();
    expect(m.ui().getByRole('heading').textContent).toBe('<img src=x onerror=alert(1)>Hi');
  });

  test('an unsafe privacy policy link is refused', () => {
    const m = setup({}, { translations: { en: { privacyPolicyUrl: 'javascript:alert(1)' } } });
    expect(m.ui().queryByRole('link')).toBeNull();
  });

  test('an unsafe per-language link falls back to the config URL', () => {
    const m = setup(
      { privacyPolicyUrl: '/privacy' },
      { translations: { en: { privacyPolicyUrl: ' jav\tascript:alert(1)' } } },
    );
    expect(m.ui().getByRole('link', { name: 'Privacy policy' }).getAttribute('href')).toBe('/privacy');
  });

  test('a safe per-language link wins over the config URL', () => {
    const m = setup(
      { privacyPolicyUrl: '/privacy' },
      { language: 'de', languages: { de: { ...de, privacyPolicyUrl: 'https://example.de/datenschutz' } } },
    );
    expect(m.ui().getByRole('link').getAttribute('href')).toBe('https://example.de/datenschutz');
  });
});
