// Property-based tests (fast-check) that extend packages/core/test/fuzz.test.ts to the inputs it
// does not cover: the script tag's own config keys (splitConfig), the URL filter behind every link,
// the theme values that reach CSS, the consent id, and the decision's round trip through a real
// cookie jar (js-cookie's encoding included).

import fc from 'fast-check';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { isSafeThemeValue, themeVarsCss } from '../../packages/banner/src/index';
import { createConsent, isSafeUrl } from '../../packages/core/src/index';
import { EMBED_KEYS, splitConfig } from '../../packages/embed/src/index';

afterEach(() => {
  for (const part of document.cookie.split(';')) {
    const name = part.split('=')[0]?.trim();
    if (name) document.cookie = `${name}=; Max-Age=0; Path=/`;
  }
  vi.restoreAllMocks();
});

const anyValue = fc.oneof(
  fc.constantFrom(
    true,
    false,
    null,
    0,
    'bar',
    'box',
    'de',
    'dark',
    'r4nd0m',
    '"><script>',
    'G-ABC123',
    '123456',
    '/assent/',
    'javascript:alert(1)',
  ),
  fc.string({ maxLength: 12 }),
  fc.integer(),
  fc.array(fc.string({ maxLength: 4 }), { maxLength: 2 }),
  fc.dictionary(
    fc.constantFrom('measurementId', 'containerId', 'pixelId', 'endpoint', 'en', 'accent'),
    fc.constantFrom('G-ABC123', 'GTM-ABCD12', '1234567', '/ledger', 'x', 1),
    { maxKeys: 3 },
  ),
);
const config = fc.dictionary(
  fc.oneof(
    fc.constantFrom(...EMBED_KEYS, 'revision', 'categories', '__proto__'),
    fc.string({ maxLength: 8 }),
  ),
  anyValue,
  { maxKeys: 6 },
);

describe('splitConfig (the script tag config)', () => {
  test('never throws; every key lands in exactly one part, or is named and left out', () => {
    fc.assert(
      fc.property(config, (input) => {
        const { core, embed, warnings } = splitConfig(input);
        const named = (key: string) => warnings.some((w) => w.split(/[.:[]/)[0] === key);
        for (const key of Object.keys(input)) {
          const inEmbed = Object.hasOwn(embed, key);
          const embedKey = (EMBED_KEYS as readonly string[]).includes(key);
          expect(inEmbed).toBe(embedKey && !named(key));
          expect(Object.hasOwn(core, key)).toBe(!embedKey);
        }
        for (const warning of warnings) expect(EMBED_KEYS).toContain(warning.split(/[.:[]/)[0]);
      }),
      { numRuns: 500 },
    );
  });

  test('what is kept has the expected type (nothing odd reaches the banner or adapters)', () => {
    fc.assert(
      fc.property(config, (input) => {
        const { embed } = splitConfig(input);
        const check = (key: keyof typeof embed, ok: (v: unknown) => boolean) => {
          if (embed[key] !== undefined) expect(ok(embed[key])).toBe(true);
        };
        const isObject = (v: unknown) => typeof v === 'object' && v !== null && !Array.isArray(v);
        check('layout', (v) => ['bar', 'box', 'modal'].includes(v as string));
        check('theme', (v) => ['light', 'dark', 'auto'].includes(v as string));
        check('floatingButton', (v) => typeof v === 'boolean');
        check('nonce', (v) => typeof v === 'string' && /^[A-Za-z0-9+/=_-]+$/.test(v));
        check('themeVars', isObject);
        check('assetsUrl', (v) => typeof v === 'string' && isSafeUrl(v));
        check('translations', isObject);
        check('scriptTags', (v) => typeof v === 'boolean' || isObject(v));
        check(
          'googleAnalytics',
          (v) => isObject(v) && /^G-[A-Z0-9]{4,20}$/.test((v as { measurementId: string }).measurementId),
        );
      }),
      { numRuns: 500 },
    );
  });

  test('a wrong embed key only warns: consent keeps working, every warning is listed', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    fc.assert(
      fc.property(config, (input) => {
        const { warnings } = splitConfig(input);
        if (warnings.length === 0) return;
        const store = createConsent({}, { warnings });
        expect(store.getState().configError).toBeNull();
        expect(store.getState().configWarnings).toEqual(warnings);
        store.acceptAll();
        expect(store.has('analytics')).toBe(true);
        store.reset();
        store.destroy();
      }),
      { numRuns: 300 },
    );
  });
});

describe('isSafeUrl (every link Assent renders)', () => {
  // The oracle is the WHATWG URL parser, the one browsers use to follow a link.
  const scheme = fc.constantFrom(
    'javascript',
    'JaVaScRiPt',
    'data',
    'vbscript',
    'http',
    'https',
    'blob',
    'file',
  );
  const noise = fc.constantFrom(
    '',
    ' ',
    '\t',
    '\n',
    '\r',
    '\u0000',
    '\u001f',
    '\u007f',
    '\u00a0',
    '&colon;',
    '%0a',
  );
  const url = fc.oneof(
    fc
      .tuple(noise, scheme, noise, fc.constantFrom(':', '&#58;', '%3a'), fc.string({ maxLength: 20 }))
      .map((p) => p.join('')),
    fc.string({ maxLength: 40 }),
    fc.constantFrom('/privacy', '#terms', '//evil.example/x', '\\\\evil.example', 'privacy.html?a=b'),
  );

  test('a URL it accepts resolves to http(s) in the browser, from any page', () => {
    fc.assert(
      fc.property(url, (candidate) => {
        if (!isSafeUrl(candidate)) return;
        let resolved: URL | null = null;
        try {
          resolved = new URL(candidate, 'https://shop.example/a/b');
        } catch {
          return; // the browser does not follow it at all
        }
        expect(['http:', 'https:']).toContain(resolved.protocol);
      }),
      { numRuns: 2000 },
    );
  });

  test('javascript: and data: are refused however they are spelled', () => {
    fc.assert(
      fc.property(
        noise,
        fc.constantFrom('javascript', 'JAVASCRIPT', 'data', 'vbscript'),
        noise,
        (a, s, b) => {
          const candidate = `${a}${s.slice(0, 3)}${b}${s.slice(3)}:alert(1)`;
          const protocol = (() => {
            try {
              return new URL(candidate, 'https://shop.example/').protocol;
            } catch {
              return null;
            }
          })();
          if (protocol !== 'https:') expect(isSafeUrl(candidate)).toBe(false);
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('theme values (the banner CSS)', () => {
  test('CSS-breaking strings are dropped', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    for (const value of [
      'red;}*{display:none',
      'red}</style><script>alert(1)</script>',
      'url(https://evil.example/x.png)',
      'u\\72l(https://evil.example/x.png)',
      '"unbalanced',
      'red /* comment',
      '@import "x"',
      'expression(alert(1))',
    ]) {
      expect(isSafeThemeValue(value)).toBe(false);
      expect(themeVarsCss({ accent: value })).toBe('');
    }
  });

  // image-set() takes a plain string as an image URL: `--assent-bg` (used as `background`) would
  // make the browser fetch it. Found by this suite; theme-vars.ts now refuses every such function.
  test('a theme value cannot load anything (image-set and friends with a string URL)', () => {
    for (const value of [
      'image-set("https://evil.example/x.png" 1x)',
      '-webkit-image-set("https://evil.example/x.png" 1x)',
      'cross-fade("a.png", "b.png", 50%)',
      'image("https://evil.example/x.png")',
      'src("https://evil.example/x.png")',
      'element(#x)',
    ])
      expect(isSafeThemeValue(value), value).toBe(false);
    expect(isSafeThemeValue('"Inter", system-ui, sans-serif')).toBe(true);
  });

  test('any accepted value stays inside its declaration', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), (value) => {
        if (!isSafeThemeValue(value)) return;
        const css = themeVarsCss({ accent: value });
        // One rule, one declaration: nothing closes the block or starts another statement.
        expect(css.match(/[{}]/g)).toEqual(['{', '}']);
        expect(css.split(';').length).toBe(2);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('the consent id and the cookie round trip', () => {
  const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

  test('stays a UUID v4 when the page replaced Array.from (a MooTools-style shim ignoring mapFn)', () => {
    const original = Array.from;
    // Mock of a real page's shim: MooTools 1.x defines Array.from(item) without a map function.
    (Array as { from: unknown }).from = (item: ArrayLike<unknown>) => Array.prototype.slice.call(item);
    try {
      const store = createConsent({});
      store.acceptAll();
      expect(store.getState().id).toMatch(UUID);
      store.destroy();
    } finally {
      Array.from = original;
    }
  });

  test('any decision made by one store is read back identically by the next page view', () => {
    const ids = fc.uniqueArray(fc.stringMatching(/^[a-z][a-z0-9_-]{0,31}$/), { maxLength: 12 });
    fc.assert(
      fc.property(ids, fc.func(fc.boolean()), (extra, pick) => {
        const categories = Object.fromEntries(extra.map((id) => [id, {}]));
        const config = { revision: 3, categories };
        const first = createConsent(config);
        const choices = Object.fromEntries(first.config.categoryIds.slice(1).map((id) => [id, pick(id)]));
        first.update(choices);
        const written = first.getState();
        first.destroy();
        const next = createConsent(config);
        const read = next.getState();
        next.destroy();
        expect(written.saved).toBe(true);
        expect(read.decided).toBe(true);
        expect(read.categories).toEqual(written.categories);
        expect(read.id).toBe(written.id);
        expect(read.method).toBe('custom');
      }),
      { numRuns: 150 },
    );
  });
});
