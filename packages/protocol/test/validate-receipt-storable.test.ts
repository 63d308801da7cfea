// What validateReceipt refuses because a storage backend could not keep it as sent (PostgreSQL
// refuses NUL and lone surrogates in jsonb, and has no year 0000), and the edge values around
// those refusals that it accepts. The ledger stores exactly what passes here.
import { describe, expect, test } from 'vitest';
import { RECEIPT_FIELDS, UNSTORABLE_TEXT, validateReceipt } from '../src/index';

const ID = '0b6a4f8e-2c1d-4e3f-9a5b-7c8d9e0f1a2b';
const CONSENT_ID = '5e4d3c2b-1a09-4f8e-b7d6-c5b4a3928170';

const receipt = (overrides: Record<string, unknown> = {}): Record<string, unknown> => ({
  id: ID,
  consentId: CONSENT_ID,
  timestamp: '2026-11-26T20:31:56.123Z',
  revision: 3,
  mode: 'opt-in',
  region: 'DE',
  categories: { essential: true, analytics: true },
  action: 'custom',
  source: 'banner',
  gpc: false,
  language: 'de-DE',
  textHash: 'a'.repeat(64),
  url: 'https://www.example.com/shop',
  sdkVersion: '0.1.0',
  cookie: `1.3.t2abc1.${CONSENT_ID}.c.0.analytics:1`,
  ...overrides,
});

const STORABLE = 'expected text without NUL characters or unpaired surrogates, got';
const TIMESTAMP_WHAT =
  'expected an ISO 8601 UTC timestamp with milliseconds, year 0001 to 9999, like "2026-11-26T20:31:56.123Z", got';

/** Every string field of the receipt, with a valid value to spoil. */
const STRING_FIELDS = Object.entries(receipt()).filter(([, v]) => typeof v === 'string') as [
  string,
  string,
][];

describe('validateReceipt refuses what a backend cannot store', () => {
  test('every string field of the wire format is in the table below', () => {
    // A new string field joins the table (and so the refusals) by being in receipt() above.
    expect(STRING_FIELDS.map(([f]) => f)).toEqual(
      RECEIPT_FIELDS.filter((f) => !['revision', 'categories', 'gpc'].includes(f)),
    );
  });

  const spoilers: [string, string][] = [
    ['a NUL character', '\u0000'],
    ['a lone high surrogate', '\ud800'],
    ['a lone low surrogate', '\udc00'],
    ['a low surrogate before its high one', '\ude00\ud83d'],
  ];
  const cases = STRING_FIELDS.flatMap(([field, good]) =>
    spoilers.map(([what, bad]) => [field, what, `${good.slice(0, 20)}${bad}`] as const),
  );

  test.each(cases)('refuses %s with %s, naming the field and why', (field, _what, value) => {
    expect(validateReceipt(receipt({ [field]: value }))).toEqual({
      ok: false,
      field,
      error: `${STORABLE} ${JSON.stringify(value)}`,
    });
  });

  test('refuses a NUL in a url the URL parser would accept (the value PostgreSQL answered 500 to)', () => {
    const url = 'https://shop.example/a\u0000b';
    expect(new URL(url).href).toBe('https://shop.example/a%00b');
    expect(validateReceipt(receipt({ url }))).toEqual({
      ok: false,
      field: 'url',
      error: `${STORABLE} "https://shop.example/a\\u0000b"`,
    });
    expect(validateReceipt(receipt({ url: 'https://shop.example/\ud800' }))).toMatchObject({ field: 'url' });
  });

  test('refuses a category id with a NUL, at "categories"', () => {
    expect(validateReceipt(receipt({ categories: { essential: true, 'ads\u0000': true } }))).toEqual({
      ok: false,
      field: 'categories',
      error: `${STORABLE} "ads\\u0000"`,
    });
  });

  test.each([
    ['year 0000', '0000-01-01T00:00:00.000Z'],
    ['year 0000 on its leap day', '0000-02-29T12:00:00.000Z'],
    ['an expanded year', '+010000-01-01T00:00:00.000Z'],
    ['a negative year', '-000001-01-01T00:00:00.000Z'],
    ['a 29 February outside a leap year', '2023-02-29T00:00:00.000Z'],
    ['hour 24', '2026-11-26T24:00:00.000Z'],
    ['a leap second', '2026-12-31T23:59:60.000Z'],
    ['microseconds', '2026-11-26T20:31:56.123456Z'],
    ['an offset instead of Z', '2026-11-26T20:31:56.123+00:00'],
  ])('refuses a timestamp with %s', (_name, timestamp) => {
    expect(validateReceipt(receipt({ timestamp }))).toEqual({
      ok: false,
      field: 'timestamp',
      error: `${TIMESTAMP_WHAT} ${JSON.stringify(timestamp)}`,
    });
  });

  test('refuses a revision above 2^53 - 1 (the bigint column would take it, JSON numbers would not keep it)', () => {
    expect(validateReceipt(receipt({ revision: Number.MAX_SAFE_INTEGER + 1 }))).toMatchObject({
      ok: false,
      field: 'revision',
    });
  });
});

describe('validateReceipt accepts the edge values next to those refusals, unchanged', () => {
  test.each([
    ['the first instant of year 0001', '0001-01-01T00:00:00.000Z'],
    ['the last millisecond of year 9999', '9999-12-31T23:59:59.999Z'],
    ['a leap day with milliseconds', '2024-02-29T23:59:59.999Z'],
    ['a leap day of a century divisible by 400', '2000-02-29T00:00:00.001Z'],
  ])('a timestamp at %s', (_name, timestamp) => {
    expect(validateReceipt(receipt({ timestamp }))).toEqual({ ok: true, receipt: receipt({ timestamp }) });
  });

  test.each([
    ['an emoji (a surrogate pair)', 'https://shop.example/😀/𝄞'],
    ['combining marks', 'https://shop.example/e\u0301a\u0308'],
    ['right-to-left text', 'https://shop.example/שלום/مرحبا'],
    ['quote, backslash and percent', "https://shop.example/it's/a\\b/100%/%zz"],
    ['U+FFFF, U+FEFF and U+2028', 'https://shop.example/\uffff\ufeff\u2028'],
    ['an internationalised host', 'https://bücher.example/'],
    ['2,048 characters', `https://shop.example/${'x'.repeat(2048 - 21)}`],
  ])('a url with %s', (_name, url) => {
    expect(url.length).toBeLessThanOrEqual(2048);
    expect(validateReceipt(receipt({ url }))).toEqual({ ok: true, receipt: receipt({ url }) });
  });

  test('a revision of 2^53 - 1 (16 digits, as the cookie allows)', () => {
    const revision = Number.MAX_SAFE_INTEGER;
    expect(validateReceipt(receipt({ revision }))).toEqual({ ok: true, receipt: receipt({ revision }) });
  });

  test('UNSTORABLE_TEXT finds a lone surrogate anywhere but never a whole pair', () => {
    expect(['😀', '𝄞x', 'plain', ''].map((s) => UNSTORABLE_TEXT.test(s))).toEqual([
      false,
      false,
      false,
      false,
    ]);
    expect(
      ['\ud83d', 'x\ude00', '\ud83d\ud83d\ude00', '\ud83d\ude00\ude00', '\0'].map((s) =>
        UNSTORABLE_TEXT.test(s),
      ),
    ).toEqual([true, true, true, true, true]);
  });
});

describe('validateReceipt echoes what it refuses briefly', () => {
  test('an unknown field of 1 MB is named by its first 40 characters, once', () => {
    const key = 'k'.repeat(1 << 20);
    const r = validateReceipt({ ...receipt(), [key]: 1 });
    expect(r).toEqual({
      ok: false,
      field: `${'k'.repeat(40)}…`,
      error: `unknown key (allowed: ${RECEIPT_FIELDS.join(', ')})`,
    });
    expect(JSON.stringify(r).length).toBeLessThan(300);
  });

  test('a refused value of 1 MB is shown by its first 40 characters', () => {
    const r = validateReceipt(receipt({ sdkVersion: 'v'.repeat(1 << 20) }));
    expect(r).toEqual({
      ok: false,
      field: 'sdkVersion',
      error: `expected a version of at most 32 characters like "1.2.3", got "${'v'.repeat(40)}…"`,
    });
  });
});
