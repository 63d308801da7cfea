// `assetsUrl`: where assent.js finds the files it loads on demand (the banner, language packs,
// vendor adapters, receipts), for an inlined assent.js or files served from another folder.
import { afterEach, describe, expect, test, vi } from 'vitest';
import { assetsBase, splitConfig } from '../src/embed-config';
import { type AssentInstance, type StartEnv, startAssent } from '../src/start-assent';

let instance: AssentInstance | null = null;
afterEach(() => {
  instance?.destroy();
  instance = null;
  for (const s of document.head.querySelectorAll('script')) s.remove();
  for (const part of document.cookie.split(';')) {
    const name = part.split('=')[0]?.trim();
    if (name) document.cookie = `${name}=; Max-Age=0; Path=/`;
  }
});

describe('the assetsUrl key', () => {
  test.each(['/assent/', '/assent', 'assent/', 'https://cdn.example/assent/1.0/', '//cdn.example/assent/'])(
    'accepts %s',
    (assetsUrl) => {
      expect(splitConfig({ assetsUrl }).warnings).toEqual([]);
    },
  );

  test.each([
    ['javascript:alert(1)', '"javascript:alert(1)"'],
    ['data:text/javascript,alert(1)', '"data:text/javascript,alert(1)"'],
    ['http://[', '"http://["'],
    [42, '42'],
    [{ url: '/x/' }, 'an object'],
  ])('refuses %j, naming it', (assetsUrl, shown) => {
    expect(splitConfig({ assetsUrl }).warnings).toEqual([
      `assetsUrl: expected a folder URL or path, such as "/assent/", got ${shown}; the default is used`,
    ]);
  });

  test('resolves against the page, as a folder, without query or fragment', () => {
    // happy-dom's page is http://localhost:3000/ (vitest.config.ts).
    expect(assetsBase('/assent', null)).toBe('http://localhost:3000/assent/');
    expect(assetsBase('static/assent/', null)).toBe('http://localhost:3000/static/assent/');
    expect(assetsBase('https://cdn.example/a/b?v=2#x', null)).toBe('https://cdn.example/a/b/');
    expect(assetsBase('//cdn.example/assent/', null)).toBe('http://cdn.example/assent/');
    expect(assetsBase(undefined, 'https://site.example/js/')).toBe('https://site.example/js/');
    expect(assetsBase(undefined, null)).toBeNull();
    expect(assetsBase('http://[', 'https://site.example/js/')).toBeNull();
  });
});

describe('startAssent with assetsUrl', () => {
  const env = (loadBanner: StartEnv['loadBanner']): StartEnv => ({
    baseUrl: 'https://site.example/js/',
    languages: {},
    loadBanner,
  });
  const requested = () => [...document.head.querySelectorAll('script')].map((s) => s.src);

  test('the banner, the language pack and the vendor adapters come from assetsUrl', async () => {
    const loadBanner = vi.fn<StartEnv['loadBanner']>(() => Promise.resolve(undefined));
    vi.spyOn(console, 'error').mockImplementation(() => {});
    instance = startAssent(
      {
        assetsUrl: 'https://cdn.example/assent/',
        language: 'de',
        metaPixel: { pixelId: '123456789012345' },
        categories: { advertising: {} },
      },
      env(loadBanner),
    );
    // A first visit: the banner's code is asked for at once.
    await vi.waitFor(() => expect(loadBanner).toHaveBeenCalled());
    expect(loadBanner).toHaveBeenCalledWith(undefined, 'https://cdn.example/assent/');
    expect(requested()).toContain('https://cdn.example/assent/assent.de.js');
    expect(requested()).toContain('https://cdn.example/assent/assent.meta-pixel.js');
    expect(requested().filter((src) => src.startsWith('https://site.example/'))).toEqual([]);
  });

  test('without assetsUrl they come from next to the script', async () => {
    const loadBanner = vi.fn<StartEnv['loadBanner']>(() => Promise.resolve(undefined));
    vi.spyOn(console, 'error').mockImplementation(() => {});
    instance = startAssent({ language: 'fr' }, env(loadBanner));
    await vi.waitFor(() => expect(loadBanner).toHaveBeenCalledWith(undefined, 'https://site.example/js/'));
    expect(requested()).toContain('https://site.example/js/assent.fr.js');
  });

  test('a wrong assetsUrl is ignored: nothing is loaded from it, the files come from next to the script', async () => {
    const loadBanner = vi.fn<StartEnv['loadBanner']>(() => Promise.resolve(undefined));
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    instance = startAssent(
      { assetsUrl: 'javascript:alert(1)', categories: { analytics: {} } },
      env(loadBanner),
    );
    const state = instance.store.getState();
    expect(state.configError).toBeNull();
    expect(state.configWarnings).toEqual([
      'assetsUrl: expected a folder URL or path, such as "/assent/", got "javascript:alert(1)"; the default is used',
    ]);
    expect(error).toHaveBeenCalledWith(`Assent config: ${state.configWarnings[0]}`);
    await vi.waitFor(() => expect(loadBanner).toHaveBeenCalledWith(undefined, 'https://site.example/js/'));
    expect(requested().filter((src) => !src.startsWith('https://site.example/js/'))).toEqual([]);
    instance.store.acceptAll();
    expect(instance.store.has('analytics')).toBe(true);
  });
});
