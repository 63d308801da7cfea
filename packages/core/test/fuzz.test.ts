// Property-based tests (fast-check) of the two inputs Assent takes from outside: the consent
// cookie (any bytes a browser, an extension or an attacker can put there) and the config.
import {
  ConsentConfigError,
  createConsent,
  decodeDecision,
  encodeDecision,
  type StoredDecision,
  validateConfig,
} from '@assent/core';
import fc from 'fast-check';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { clearCookies } from './helpers';

const NOW = Date.UTC(2026, 10, 26);
const RUNS = { numRuns: 400 };

const categoryId = fc.stringMatching(/^[a-z][a-z0-9_-]{0,31}$/);
const decision: fc.Arbitrary<StoredDecision> = fc.record({
  revision: fc.nat({ max: Number.MAX_SAFE_INTEGER }),
  updatedAt: fc.integer({ min: 0, max: Math.floor(NOW / 1000) }).map((s) => s * 1000),
  id: fc.uuid({ version: 4 }),
  method: fc.constantFrom('accept-all', 'reject-all', 'custom'),
  gpcOverride: fc.boolean(),
  categories: fc.dictionary(categoryId, fc.boolean(), { maxKeys: 64 }),
});
/** Strings that look like cookie values: mostly the codec's alphabet, sometimes anything. */
const cookieLike = fc.oneof(
  fc.string({ unit: fc.constantFrom(...'0123456789abcdefz.:+-_AZ'.split('')), maxLength: 200 }),
  fc.string({ maxLength: 300 }),
  fc.string({ unit: 'binary', maxLength: 100 }),
);

afterEach(() => {
  clearCookies();
  vi.restoreAllMocks();
});

describe('cookie decoder', () => {
  test('encode → decode is the identity for every valid decision', () => {
    fc.assert(
      fc.property(decision, (d) => {
        expect(decodeDecision(encodeDecision(d), NOW)).toEqual({ ok: true, decision: d });
      }),
      RUNS,
    );
  });

  test('never throws, and what it accepts is well-formed', () => {
    fc.assert(
      fc.property(fc.oneof(cookieLike, fc.anything()), (value) => {
        const result = decodeDecision(value, NOW);
        if (!result.ok) {
          expect(['empty', 'invalid', 'future-version']).toContain(result.reason);
          return;
        }
        const d = result.decision;
        expect(Number.isSafeInteger(d.revision)).toBe(true);
        expect(d.updatedAt).toBeLessThanOrEqual(NOW + 86400_000);
        for (const v of Object.values(d.categories)) expect(typeof v).toBe('boolean');
      }),
      RUNS,
    );
  });

  test('a mangled value never grants a category it does not spell out as granted', () => {
    const mangled = fc
      .tuple(
        decision,
        fc.nat(),
        fc.string({ maxLength: 4 }),
        fc.nat({ max: 6 }),
        fc.constantFrom('insert', 'delete', 'replace', 'truncate'),
      )
      .map(([d, at, text, length, how]) => {
        const value = encodeDecision(d);
        const i = at % (value.length + 1);
        if (how === 'insert') return value.slice(0, i) + text + value.slice(i);
        if (how === 'delete') return value.slice(0, i) + value.slice(i + length);
        if (how === 'replace') return value.slice(0, i) + text + value.slice(i + text.length);
        return value.slice(0, i);
      });
    fc.assert(
      fc.property(mangled, (value) => {
        const result = decodeDecision(value, NOW);
        if (!result.ok) return;
        // What decodes must be exactly what the value says: the canonical encoding of the result.
        expect(encodeDecision(result.decision)).toBe(value);
        for (const [name, granted] of Object.entries(result.decision.categories))
          if (granted) expect(value.split('.').pop()?.split('+')).toContain(`${name}:1`);
      }),
      RUNS,
    );
  });

  test('the store survives any cookie value: no exception, and only a valid decision grants anything', () => {
    fc.assert(
      fc.property(cookieLike, (value) => {
        clearCookies();
        document.cookie = `assent=${encodeURIComponent(value)}; Path=/`;
        const store = createConsent({ categories: { functional: {} } });
        const valid = decodeDecision(value).ok;
        if (!valid) {
          expect(store.getState().decided).toBe(false);
          for (const id of ['analytics', 'advertising', 'functional']) expect(store.has(id)).toBe(false);
        }
        store.destroy();
      }),
      { numRuns: 200 },
    );
  });

  test('a polluted Object.prototype grants nothing', () => {
    const proto = Object.prototype as Record<string, unknown>;
    proto.analytics = true;
    proto.advertising = true;
    try {
      fc.assert(
        fc.property(cookieLike, (value) => {
          clearCookies();
          document.cookie = `assent=${encodeURIComponent(value)}; Path=/`;
          const store = createConsent({});
          if (!store.getState().decided) expect(store.has('analytics')).toBe(false);
          const d = decodeDecision(value);
          if (d.ok)
            expect(store.has('advertising')).toBe(
              d.decision.categories.advertising === true &&
                Object.hasOwn(d.decision.categories, 'advertising'),
            );
          store.destroy();
        }),
        { numRuns: 100 },
      );
    } finally {
      delete proto.analytics;
      delete proto.advertising;
    }
  });
});

describe('config validator', () => {
  const jsonish = fc.letrec((tie) => ({
    value: fc.oneof(
      { depthSize: 'small' },
      fc.constantFrom(
        null,
        true,
        false,
        0,
        -1,
        1.5,
        'auto',
        'opt-in',
        'javascript:alert(1)',
        '/privacy',
        '',
        '__proto__',
      ),
      fc.string({ maxLength: 20 }),
      fc.integer(),
      fc.array(tie('value'), { maxLength: 4 }),
      fc.dictionary(
        fc.oneof(
          fc.constantFrom(
            'revision',
            'mode',
            'region',
            'cookie',
            'categories',
            'services',
            'cookies',
            'name',
            'label',
            'analytics',
            '__proto__',
            'constructor',
          ),
          fc.string({ maxLength: 12 }),
        ),
        tie('value'),
        { maxKeys: 5 },
      ),
    ),
  })).value;

  test('returns a frozen config or throws a ConsentConfigError listing issues: never anything else', () => {
    fc.assert(
      fc.property(jsonish, (input) => {
        try {
          const config = validateConfig(input);
          expect(Object.isFrozen(config)).toBe(true);
          expect(config.categoryIds[0]).toBe('essential');
        } catch (error) {
          expect(error).toBeInstanceOf(ConsentConfigError);
          expect((error as ConsentConfigError).issues.length).toBeGreaterThan(0);
          for (const issue of (error as ConsentConfigError).issues)
            expect(issue).toMatch(/^.+?: (unknown key|expected|service ")/);
        }
      }),
      RUNS,
    );
  });

  test('createConsent never throws on any config and never grants with an invalid one', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    fc.assert(
      fc.property(jsonish, (input) => {
        const store = createConsent(input as never);
        if (store.getState().configError) {
          store.acceptAll();
          expect(store.has('analytics')).toBe(false);
        }
        expect(store.has('essential')).toBe(true);
        store.destroy();
        clearCookies();
      }),
      { numRuns: 200 },
    );
  });
});
