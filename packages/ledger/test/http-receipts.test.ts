// @vitest-environment node

import { MAX_BATCH, RECEIPT_FIELDS } from '@assent/protocol';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeReceipt } from './fixtures';
import { postReceipts, startTestLedger } from './http-helpers';

type Ledger = Awaited<ReturnType<typeof startTestLedger>>;

describe('POST /receipts', () => {
  let ledger: Ledger;
  beforeAll(async () => {
    ledger = await startTestLedger({ origins: ['https://shop.example'] });
  });
  afterAll(() => ledger.close());

  it('answers 201 for a new receipt and 200 with duplicates: 1 when it arrives again; keeps one', async () => {
    const r = makeReceipt();
    const first = await postReceipts(ledger.url, r);
    expect(first.status).toBe(201);
    expect(await first.json()).toMatchObject({ stored: 1, duplicates: 0 });
    for (let i = 0; i < 3; i++) {
      const again = await postReceipts(ledger.url, r);
      expect(again.status).toBe(200);
      expect(await again.json()).toMatchObject({ stored: 0, duplicates: 1 });
    }
    expect(await ledger.storage.byConsentId(r.consentId)).toHaveLength(1);
  });

  it('accepts null for every nullable field and returns the receipt exactly as sent', async () => {
    const r = makeReceipt({
      region: null,
      language: null,
      textHash: null,
      url: null,
      action: 'gpc',
      gpc: true,
      mode: 'opt-out',
    });
    expect((await postReceipts(ledger.url, r)).status).toBe(201);
    const [back] = await ledger.storage.byConsentId(r.consentId);
    expect(back).toMatchObject(r);
  });

  it('stores one copy when 25 copies arrive concurrently', async () => {
    const r = makeReceipt();
    const responses = await Promise.all(Array.from({ length: 25 }, () => postReceipts(ledger.url, r)));
    const statuses = responses.map((x) => x.status);
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    expect(statuses.filter((s) => s === 200)).toHaveLength(24);
    expect(await ledger.storage.byConsentId(r.consentId)).toHaveLength(1);
  });

  it('answers 409 for the same id with different content and keeps the original proof', async () => {
    const r = makeReceipt({ action: 'reject-all', categories: { essential: true, analytics: false } });
    expect((await postReceipts(ledger.url, r)).status).toBe(201);
    const res = await postReceipts(ledger.url, {
      ...r,
      action: 'accept-all',
      categories: { essential: true, analytics: true },
    });
    expect(res.status).toBe(409);
    expect((await res.json()).error).toMatch(/different receipt with this id/);
    const [kept] = await ledger.storage.byConsentId(r.consentId);
    expect(kept?.action).toBe('reject-all');
  });

  it('accepts a batch and reports each receipt (207 when some are rejected)', async () => {
    const stored = makeReceipt();
    await postReceipts(ledger.url, stored);
    const fresh = makeReceipt();
    const invalid = { ...makeReceipt(), revision: -1 };
    const conflict = { ...stored, source: 'api' };
    const res = await postReceipts(ledger.url, [fresh, stored, invalid, conflict]);
    expect(res.status).toBe(207);
    const body = await res.json();
    expect(body).toMatchObject({ stored: 1, duplicates: 1, invalid: 1, conflicts: 1 });
    expect(body.results.map((x: { status: string }) => x.status)).toEqual([
      'stored',
      'duplicate',
      'invalid',
      'conflict',
    ]);
    expect(body.results[2]).toEqual({
      index: 2,
      id: invalid.id,
      status: 'invalid',
      field: 'revision',
      error: 'expected an integer >= 0, got -1',
    });
    expect(await ledger.storage.byConsentId(fresh.consentId)).toHaveLength(1);
    expect(await ledger.storage.byConsentId(invalid.consentId)).toHaveLength(0);
  });

  it('answers 201 for an all-new batch, 200 when all are known, 400 when none is valid', async () => {
    const batch = Array.from({ length: MAX_BATCH }, () => makeReceipt());
    const res = await postReceipts(ledger.url, batch);
    expect(res.status).toBe(201);
    expect(await res.json()).toMatchObject({ stored: MAX_BATCH, duplicates: 0 });
    expect((await postReceipts(ledger.url, batch)).status).toBe(200);
    const bad = await postReceipts(ledger.url, [{ id: 'x' }, 42]);
    expect(bad.status).toBe(400);
    expect((await bad.json()).results).toHaveLength(2);
  });

  it.each([
    [[], /1 to 50 receipts, got 0/],
    [Array.from({ length: MAX_BATCH + 1 }, () => makeReceipt()), /1 to 50 receipts, got 51/],
  ])('rejects a batch of the wrong size with 400', async (batch, message) => {
    const res = await postReceipts(ledger.url, batch);
    expect(res.status).toBe(400);
    expect((await res.json()).error).toMatch(message);
  });

  // Every rule of the wire format is tested with validateReceipt in packages/protocol; here, what
  // a client sees of it: 400, the field, and the error naming it.
  const invalidCases: [string, unknown, string, string][] = [
    [
      'an unknown field',
      { ...makeReceipt(), ip: '1.2.3.4' },
      'ip',
      `unknown key (allowed: ${RECEIPT_FIELDS.join(', ')})`,
    ],
    [
      'a missing field',
      (({ region, ...rest }) => rest)(makeReceipt()),
      'region',
      'expected null or an ISO 3166 code like "DE" or "US-CA", got undefined',
    ],
    ['a string revision', makeReceipt({ revision: '3' }), 'revision', 'expected an integer >= 0, got "3"'],
    ['a bad mode', makeReceipt({ mode: 'opt' }), 'mode', 'expected "opt-in" or "opt-out", got "opt"'],
    [
      'a choice that is not a boolean',
      makeReceipt({ categories: { essential: true, ads: 1 } }),
      'categories.ads',
      'expected true or false, got 1',
    ],
    [
      'too many categories',
      makeReceipt({
        categories: Object.fromEntries([
          ['essential', true],
          ...Array.from({ length: 64 }, (_, i) => [`c${i}`, true]),
        ]),
      }),
      'categories',
      'expected 1 to 64 categories, got 65',
    ],
    [
      'a url with a password',
      makeReceipt({ url: 'https://u:p@a.example/' }),
      'url',
      'expected null or an http(s) URL of at most 2048 characters, without user name or password, got "https://…@a.example/"',
    ],
    ['a null body', null, 'receipt', 'expected a JSON object, got null'],
    ['a number body', 42, 'receipt', 'expected a JSON object, got 42'],
  ];

  it.each(invalidCases)('answers 400 naming the field for %s', async (_name, body, field, error) => {
    const res = await postReceipts(ledger.url, body);
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({ error: `invalid receipt: field "${field}": ${error}`, field });
  });

  it('answers 413 for a body over the limit and stores nothing', async () => {
    const r = makeReceipt();
    const res = await postReceipts(ledger.url, { ...r, padding: 'x'.repeat(70 * 1024) });
    expect(res.status).toBe(413);
    expect((await res.json()).error).toMatch(/at most 65536 bytes/);
    expect(await ledger.storage.byConsentId(r.consentId)).toHaveLength(0);
  });

  it.each([
    ['{"id": ', /not valid JSON/],
    ['', /not valid JSON/],
    ['{"a":1}{"b":2}', /not valid JSON/],
  ])('answers 400 for malformed JSON %j', async (text, message) => {
    const res = await postReceipts(ledger.url, text);
    expect(res.status).toBe(400);
    expect((await res.json()).error).toMatch(message);
  });

  it('answers 400 for a body that is not UTF-8', async () => {
    const res = await fetch(`${ledger.url}/receipts`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]),
    });
    expect(res.status).toBe(400);
    expect((await res.json()).error).toMatch(/UTF-8/);
  });

  it.each([
    ['application/x-www-form-urlencoded', 415],
    ['multipart/form-data; boundary=x', 415],
    ['application/json; charset=latin1', 415],
    ['text/plain;charset=UTF-8', 201],
    ['application/json; charset=utf-8', 201],
  ])('content-type %s → %i', async (type, status) => {
    const res = await postReceipts(ledger.url, makeReceipt(), { 'content-type': type });
    expect(res.status).toBe(status);
    if (status === 415)
      expect((await res.json()).error).toMatch(/content-type must be application\/json|charset/);
  });

  it('answers 415 without a content-type', async () => {
    const res = await fetch(`${ledger.url}/receipts`, {
      method: 'POST',
      body: new Blob([JSON.stringify(makeReceipt())]),
    });
    expect(res.status).toBe(415);
  });

  it('never answers 500 for arbitrary JSON bodies', async () => {
    await fc.assert(
      fc.asyncProperty(fc.jsonValue(), async (value) => {
        const res = await postReceipts(ledger.url, JSON.stringify(value));
        expect([400, 409, 201, 200, 207]).toContain(res.status);
        expect(res.status).toBe(400);
        expect(typeof (await res.json()).error).toBe('string');
      }),
      { numRuns: 60 },
    );
  });

  it('never answers 500 for receipts with one field replaced by arbitrary JSON', async () => {
    const fields = Object.keys(makeReceipt());
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...fields), fc.jsonValue(), async (field, value) => {
        const res = await postReceipts(ledger.url, { ...makeReceipt(), [field]: value });
        expect([201, 400]).toContain(res.status);
        const json = await res.json();
        if (res.status === 400) expect(json.error).toContain(`"${field}`);
      }),
      { numRuns: 80 },
    );
  });
});

describe('CORS on /receipts', () => {
  let ledger: Ledger;
  beforeAll(async () => {
    ledger = await startTestLedger({ origins: ['https://shop.example'] });
  });
  afterAll(() => ledger.close());

  it('lets a configured origin write and echoes it', async () => {
    const res = await postReceipts(ledger.url, makeReceipt(), { origin: 'https://shop.example' });
    expect(res.status).toBe(201);
    expect(res.headers.get('access-control-allow-origin')).toBe('https://shop.example');
    expect(res.headers.get('vary')).toBe('Origin');
  });

  it('refuses another origin with 403, no ACAO header, and stores nothing', async () => {
    const r = makeReceipt();
    const res = await postReceipts(ledger.url, r, { origin: 'https://evil.example' });
    expect(res.status).toBe(403);
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
    expect((await res.json()).error).toMatch(/origin https:\/\/evil.example is not allowed/);
    expect(await ledger.storage.byConsentId(r.consentId)).toHaveLength(0);
  });

  it('answers an allowed preflight with 204 and the allowed method and header', async () => {
    const res = await fetch(`${ledger.url}/receipts`, {
      method: 'OPTIONS',
      headers: {
        origin: 'https://shop.example',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type',
      },
    });
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-origin')).toBe('https://shop.example');
    expect(res.headers.get('access-control-allow-methods')).toContain('POST');
    expect(res.headers.get('access-control-allow-headers')?.toLowerCase()).toContain('content-type');
  });

  it('refuses a preflight from another origin with 403 and no ACAO header', async () => {
    const res = await fetch(`${ledger.url}/receipts`, {
      method: 'OPTIONS',
      headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' },
    });
    expect(res.status).toBe(403);
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('allows requests without Origin and same-origin requests', async () => {
    expect((await postReceipts(ledger.url, makeReceipt())).status).toBe(201);
    const self = new URL(ledger.url).origin;
    expect((await postReceipts(ledger.url, makeReceipt(), { origin: self })).status).toBe(201);
    expect((await postReceipts(ledger.url, makeReceipt(), { origin: 'null' })).status).toBe(403);
  });
});

describe('rate limit', () => {
  let ledger: Ledger;
  beforeAll(async () => {
    ledger = await startTestLedger({ rateLimit: { perMinute: 6, burst: 3 }, trustProxy: true });
  });
  afterAll(() => ledger.close());

  it('answers 429 with Retry-After once a client used its burst; other clients are unaffected', async () => {
    const from = (ip: string) => ({ 'x-forwarded-for': ip });
    for (let i = 0; i < 3; i++)
      expect((await postReceipts(ledger.url, makeReceipt(), from('203.0.113.7'))).status).toBe(201);
    const r = makeReceipt();
    const limited = await postReceipts(ledger.url, r, from('203.0.113.7'));
    expect(limited.status).toBe(429);
    const retry = Number(limited.headers.get('retry-after'));
    expect(retry).toBeGreaterThanOrEqual(1);
    expect(retry).toBeLessThanOrEqual(10);
    expect((await limited.json()).error).toMatch(/too many requests/);
    expect(await ledger.storage.byConsentId(r.consentId)).toHaveLength(0);
    expect((await postReceipts(ledger.url, makeReceipt(), from('198.51.100.1'))).status).toBe(201);
  });
});

describe('routing', () => {
  let ledger: Ledger;
  beforeAll(async () => {
    ledger = await startTestLedger();
  });
  afterAll(() => ledger.close());

  it('answers /health with 200', async () => {
    const res = await fetch(`${ledger.url}/health`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok' });
  });

  it('answers 405 with Allow for a wrong method and 404 for unknown paths, always as JSON', async () => {
    const get = await fetch(`${ledger.url}/receipts`);
    expect(get.status).toBe(405);
    expect(get.headers.get('allow')).toBe('POST, OPTIONS');
    expect(get.headers.get('content-type')).toMatch(/^application\/json/);
    expect((await get.json()).error).toMatch(/use POST/);
    const put = await fetch(`${ledger.url}/health`, { method: 'PUT' });
    expect(put.status).toBe(405);
    expect(put.headers.get('allow')).toBe('GET, HEAD');
    for (const path of ['/', '/receipts/', '/nope', '//evil.example/receipts']) {
      const res = await fetch(`${ledger.url}${path}`);
      expect(res.status, path).toBe(404);
      expect(await res.json()).toEqual({ error: 'not found' });
    }
  });
});
