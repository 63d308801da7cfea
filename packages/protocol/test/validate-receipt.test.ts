import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { canonicalReceiptJson, RECEIPT_FIELDS, type Receipt, validateReceipt } from '../src/index';

const ID = '0b6a4f8e-2c1d-4e3f-9a5b-7c8d9e0f1a2b';
const CONSENT_ID = '5e4d3c2b-1a09-4f8e-b7d6-c5b4a3928170';

/** A valid receipt; override any field. */
const receipt = (overrides: Record<string, unknown> = {}): Record<string, unknown> => ({
  id: ID,
  consentId: CONSENT_ID,
  timestamp: '2026-11-26T20:31:56.123Z',
  revision: 3,
  mode: 'opt-in',
  region: 'DE',
  categories: { essential: true, analytics: true, advertising: false },
  action: 'custom',
  source: 'banner',
  gpc: false,
  language: 'de-DE',
  textHash: 'a'.repeat(64),
  url: 'https://www.example.com/shop',
  sdkVersion: '0.1.0',
  ...overrides,
});

describe('validateReceipt', () => {
  test('accepts a receipt and returns it in canonical order, categories sorted', () => {
    const { id, ...rest } = receipt({ cookie: `1.3.t2abc1.${CONSENT_ID}.c.0.analytics:1` });
    const r = validateReceipt({ ...rest, id });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(Object.keys(r.receipt)).toEqual(RECEIPT_FIELDS);
    expect(Object.keys(r.receipt.categories)).toEqual(['advertising', 'analytics', 'essential']);
  });

  test('accepts null for every nullable field, and no cookie', () => {
    const nulls = { region: null, language: null, textHash: null, url: null };
    expect(validateReceipt(receipt(nulls))).toEqual({ ok: true, receipt: receipt(nulls) });
  });

  const URL_WHAT = 'null or an http(s) URL of at most 2048 characters, without user name or password';
  const refusals: [string, unknown, string, string][] = [
    ['null body', null, 'receipt', 'expected a JSON object, got null'],
    ['an array body', [receipt()], 'receipt', 'expected a JSON object, got an array'],
    [
      'an unknown field',
      receipt({ ip: '1.2.3.4' }),
      'ip',
      `unknown key (allowed: ${RECEIPT_FIELDS.join(', ')})`,
    ],
    [
      'a missing field',
      (({ region, ...rest }) => rest)(receipt()),
      'region',
      'expected null or an ISO 3166 code like "DE" or "US-CA", got undefined',
    ],
    [
      'an uppercase id',
      receipt({ id: ID.toUpperCase() }),
      'id',
      `expected a lowercase UUID v4, got "${ID.toUpperCase()}"`,
    ],
    [
      'a UUID v1 consent id',
      receipt({ consentId: 'a0eebc99-9c0b-11ef-bb6d-6bb9bd380a11' }),
      'consentId',
      'expected a lowercase UUID v4, got "a0eebc99-9c0b-11ef-bb6d-6bb9bd380a11"',
    ],
    [
      'a timestamp without ms',
      receipt({ timestamp: '2026-11-26T20:31:56Z' }),
      'timestamp',
      'expected an ISO 8601 UTC timestamp with milliseconds, year 0001 to 9999, like "2026-11-26T20:31:56.123Z", got "2026-11-26T20:31:56Z"',
    ],
    [
      'an impossible date',
      receipt({ timestamp: '2026-02-30T20:31:56.000Z' }),
      'timestamp',
      'expected an ISO 8601 UTC timestamp with milliseconds, year 0001 to 9999, like "2026-11-26T20:31:56.123Z", got "2026-02-30T20:31:56.000Z"',
    ],
    ['a negative revision', receipt({ revision: -1 }), 'revision', 'expected an integer >= 0, got -1'],
    ['a fractional revision', receipt({ revision: 1.5 }), 'revision', 'expected an integer >= 0, got 1.5'],
    ['a string revision', receipt({ revision: '3' }), 'revision', 'expected an integer >= 0, got "3"'],
    ['a bad mode', receipt({ mode: 'opt' }), 'mode', 'expected "opt-in" or "opt-out", got "opt"'],
    [
      'a lowercase region',
      receipt({ region: 'de' }),
      'region',
      'expected null or an ISO 3166 code like "DE" or "US-CA", got "de"',
    ],
    [
      'categories as an array',
      receipt({ categories: ['essential'] }),
      'categories',
      'expected an object of 1 to 64 category ids → true or false, got an array',
    ],
    [
      'no essential',
      receipt({ categories: { analytics: true } }),
      'categories.essential',
      'expected true, got undefined',
    ],
    [
      'essential false',
      receipt({ categories: { essential: false } }),
      'categories.essential',
      'expected true, got false',
    ],
    [
      'a bad category id',
      receipt({ categories: { essential: true, Ads: true } }),
      'categories',
      'expected category ids that are lowercase tokens like "analytics", got "Ads"',
    ],
    [
      'a category id with ": " in it',
      receipt({ categories: { essential: true, 'a: b': true } }),
      'categories',
      'expected category ids that are lowercase tokens like "analytics", got "a: b"',
    ],
    [
      'a choice that is not a boolean',
      receipt({ categories: { essential: true, ads: 1 } }),
      'categories.ads',
      'expected true or false, got 1',
    ],
    [
      'too many categories',
      receipt({ categories: Object.fromEntries(Array.from({ length: 65 }, (_, i) => [`c${i}`, true])) }),
      'categories',
      'expected 1 to 64 categories, got 65',
    ],
    ['no categories', receipt({ categories: {} }), 'categories', 'expected 1 to 64 categories, got 0'],
    [
      'a bad action',
      receipt({ action: 'accept' }),
      'action',
      'expected "accept-all", "reject-all", "custom", "reset" or "gpc", got "accept"',
    ],
    [
      'a source too long',
      receipt({ source: 'b'.repeat(33) }),
      'source',
      `expected a lowercase token of at most 32 characters like "banner", got "${'b'.repeat(33)}"`,
    ],
    ['gpc as a string', receipt({ gpc: 'true' }), 'gpc', 'expected true or false, got "true"'],
    [
      'a language too long',
      receipt({ language: `de-${'a'.repeat(33)}` }),
      'language',
      `expected null or a BCP 47 language tag of at most 35 characters like "de-CH", got "de-${'a'.repeat(33)}"`,
    ],
    [
      'an uppercase textHash',
      receipt({ textHash: 'A'.repeat(64) }),
      'textHash',
      `expected null or a lowercase SHA-256 hex digest (64 characters), got "${'A'.repeat(40)}…"`,
    ],
    [
      'a javascript: url',
      receipt({ url: 'javascript:alert(1)' }),
      'url',
      `expected ${URL_WHAT}, got "javascript:alert(1)"`,
    ],
    [
      'an oversize url',
      receipt({ url: `https://a.example/${'x'.repeat(2048)}` }),
      'url',
      `expected ${URL_WHAT}, got "https://a.example/${'x'.repeat(22)}…"`,
    ],
    [
      'a url with a password, which the message does not repeat',
      receipt({ url: 'https://user:secret@a.example/shop' }),
      'url',
      `expected ${URL_WHAT}, got "https://…@a.example/shop"`,
    ],
    [
      'an sdkVersion too long',
      receipt({ sdkVersion: '1'.repeat(33) }),
      'sdkVersion',
      `expected a version of at most 32 characters like "1.2.3", got "${'1'.repeat(33)}"`,
    ],
    [
      'a cookie with bad characters',
      receipt({ cookie: '1.2;evil=1' }),
      'cookie',
      'expected a cookie value of 1 to 1024 characters from [A-Za-z0-9.:+_-], got "1.2;evil=1"',
    ],
    [
      'the first wrong field in canonical order',
      receipt({ sdkVersion: '', revision: -1, mode: 'x' }),
      'revision',
      'expected an integer >= 0, got -1',
    ],
  ];

  test.each(refusals)('refuses %s, naming the field and what was expected', (_name, input, field, error) => {
    expect(validateReceipt(input)).toEqual({ ok: false, field, error });
  });

  test('never throws, and names a field for whatever JSON replaces one', () => {
    fc.assert(
      fc.property(fc.constantFrom(...RECEIPT_FIELDS), fc.jsonValue(), (field, value) => {
        const r = validateReceipt(receipt({ [field]: value }));
        if (!r.ok) expect(r.field.startsWith(field)).toBe(true);
      }),
      { numRuns: 300 },
    );
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(validateReceipt(value).ok).toBe(false);
      }),
    );
  });
});

describe('canonicalReceiptJson', () => {
  test('gives the same text for the same decision with keys in another order, without extra fields', () => {
    const a = receipt() as unknown as Receipt;
    const shuffled = Object.fromEntries(Object.entries(receipt()).reverse());
    const b = { ...shuffled, categories: { advertising: false, essential: true, analytics: true } };
    const text = canonicalReceiptJson({ ...b, receivedAt: '2026-11-26T20:32:00.000Z' } as unknown as Receipt);
    expect(text).toBe(canonicalReceiptJson(a));
    expect(Object.keys(JSON.parse(text))).toEqual(RECEIPT_FIELDS.filter((f) => f !== 'cookie'));
    expect(Object.keys(JSON.parse(text).categories)).toEqual(['advertising', 'analytics', 'essential']);
  });
});
