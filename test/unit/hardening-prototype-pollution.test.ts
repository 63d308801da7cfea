// Hostile host pages, unit level: a page whose Object.prototype is polluted (by its own code or by
// a vulnerable merge of URL parameters) must not get a category granted, a link or mode changed, or
// Assent stopped. Each case pollutes one key, runs, and cleans up, whatever happens.
// Imports go through each package's public entry (its "source" export): the repo root has no
// @assent/* links to resolve the names from test/unit.

import fc from 'fast-check';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { createConsent, validateConfig } from '../../packages/core/src/index';
import { splitConfig } from '../../packages/embed/src/index';

const proto = Object.prototype as Record<string, unknown>;

/** Runs `body` with `Object.prototype[key] = value`, removing it afterwards. */
function polluted<T>(key: string, value: unknown, body: () => T): T {
  Object.defineProperty(proto, key, { value, configurable: true, writable: true, enumerable: true });
  try {
    return body();
  } finally {
    delete proto[key];
  }
}

function clearCookies(): void {
  for (const part of document.cookie.split(';')) {
    const name = part.split('=')[0]?.trim();
    if (name) document.cookie = `${name}=; Max-Age=0; Path=/`;
  }
}

afterEach(() => {
  clearCookies();
  vi.restoreAllMocks();
});

/** Pollutions that each, before the fix, changed what a first-time visitor is granted or shown. */
const CASES: Array<[key: string, value: unknown]> = [
  ['analytics', true],
  ['advertising', true],
  ['mode', 'opt-out'],
  ['gpc', false],
  ['revision', 7],
  ['privacyPolicyUrl', 'javascript:alert(1)'],
  ['categories', { analytics: {} }],
  ['cookie', { name: 'stolen', domain: 'evil.example' }],
  ['label', '<img src=x onerror=alert(1)>'],
];

describe('a polluted Object.prototype', () => {
  for (const [key, value] of CASES) {
    test(`Object.prototype.${key} = ${JSON.stringify(value)}: nothing granted, nothing changed, no throw`, () => {
      vi.spyOn(console, 'error').mockImplementation(() => {});
      const result = polluted(key, value, () => {
        const store = createConsent({ categories: { analytics: {}, functional: {} } });
        const state = store.getState();
        const out = {
          configError: state.configError,
          decided: state.decided,
          mode: state.mode,
          revision: state.revision,
          granted: store.config.categoryIds.filter((id) => store.has(id)),
          policy: store.config.privacyPolicyUrl,
          cookie: store.config.cookie.name,
          domain: store.config.cookie.domain,
          labels: store.config.categoryIds.map((id) => store.config.categories[id]?.label ?? null),
        };
        store.destroy();
        return out;
      });
      expect(result).toEqual({
        configError: null,
        decided: false,
        mode: 'opt-in',
        revision: 0,
        granted: ['essential'],
        policy: null,
        cookie: 'assent',
        domain: undefined,
        labels: [null, null, null, null],
      });
    });
  }

  test('Object.prototype.gpc = false does not switch Global Privacy Control off', () => {
    Object.defineProperty(navigator, 'globalPrivacyControl', { value: true, configurable: true });
    try {
      const honoured = polluted('gpc', false, () => {
        const store = createConsent({ mode: 'opt-out' });
        const s = store.getState();
        store.destroy();
        return { gpc: s.gpc, advertising: s.categories.advertising };
      });
      expect(honoured).toEqual({ gpc: true, advertising: false });
    } finally {
      delete (navigator as unknown as { globalPrivacyControl?: boolean }).globalPrivacyControl;
    }
  });

  test('validateConfig({}) does not read polluted keys, for any key and value', () => {
    const keys = fc.constantFrom(
      'revision',
      'mode',
      'region',
      'defaultMode',
      'regionModes',
      'cookie',
      'privacyPolicyUrl',
      'categories',
      'gpc',
      'services',
      'label',
      'description',
      'cookies',
      'storage',
      'name',
      'maxAgeDays',
    );
    const values = fc.oneof(
      fc.constantFrom('opt-out', 'javascript:alert(1)', true, false, 0, 9, null),
      fc.dictionary(fc.constantFrom('analytics', 'x', 'name'), fc.constantFrom({}, 'y', 1), { maxKeys: 3 }),
      fc.string({ maxLength: 10 }),
    );
    const plain = validateConfig({ categories: { analytics: { services: { ga: {} } } } });
    fc.assert(
      fc.property(keys, values, (key, value) => {
        const config = polluted(key, value, () =>
          validateConfig({ categories: { analytics: { services: { ga: {} } } } }),
        );
        expect(JSON.stringify(config)).toBe(JSON.stringify(plain));
      }),
      { numRuns: 300 },
    );
  });

  test('a decision is still stored under pollution, with only our own cookie attributes', () => {
    const written: string[] = [];
    let owner: object | null = document;
    while (owner && !Object.hasOwn(owner, 'cookie')) owner = Object.getPrototypeOf(owner);
    const desc = Object.getOwnPropertyDescriptor(owner!, 'cookie')!;
    const result = polluted('revision', 1, () =>
      polluted('domain', 'evil.example', () =>
        polluted('sameSite', 'None', () => {
          Object.defineProperty(document, 'cookie', {
            configurable: true,
            get: () => desc.get!.call(document),
            set: (v: string) => {
              written.push(v);
              desc.set!.call(document, v);
            },
          });
          try {
            const store = createConsent({});
            store.rejectAll();
            const s = store.getState();
            store.destroy();
            const next = createConsent({});
            const decided = next.getState().decided;
            next.destroy();
            return { saved: s.saved, saveError: s.saveError, decided };
          } finally {
            delete (document as unknown as { cookie?: string }).cookie;
          }
        }),
      ),
    );
    expect(result).toEqual({ saved: true, saveError: null, decided: true });
    expect(written.at(-1)).toMatch(/^assent=1\.0\.[^;]+; path=\/; sameSite=Lax; expires=[^;]+$/);
  });

  test('a polluted Object.prototype.assent is not read as a stored decision', () => {
    const forged = `1.0.${Math.floor(Date.now() / 1000).toString(36)}.00000000-0000-4000-8000-000000000000.a.0.analytics:1+advertising:1`;
    const state = polluted('assent', forged, () => {
      const store = createConsent({});
      const s = store.getState();
      store.destroy();
      return s;
    });
    expect(state.decided).toBe(false);
    expect(state.categories).toEqual({ essential: true, analytics: false, advertising: false });
  });

  test("the embed's splitConfig does not pick up polluted adapter keys", () => {
    const seen = polluted('googleAnalytics', { measurementId: 'G-EVIL1234' }, () =>
      polluted('nonce', 'stolen', () =>
        polluted('scriptTags', false, () => {
          const { core, embed, warnings } = splitConfig({ revision: 1 });
          // Read while the pollution is in place: that is when startAssent reads them.
          return {
            warnings,
            googleAnalytics: embed.googleAnalytics,
            nonce: embed.nonce,
            scriptTags: embed.scriptTags,
            core: { ...core },
          };
        }),
      ),
    );
    expect(seen).toEqual({
      warnings: [],
      googleAnalytics: undefined,
      nonce: undefined,
      scriptTags: undefined,
      core: { revision: 1 },
    });
  });
});
