// @vitest-environment node
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeReceipt } from './fixtures';
import { postReceipts, startTestLedger } from './http-helpers';

const TOKEN = 'test-token-0123456789abcdef';
const auth = { authorization: `Bearer ${TOKEN}` };
type Ledger = Awaited<ReturnType<typeof startTestLedger>>;

describe('read, erase and stats endpoints without a token configured', () => {
  let ledger: Ledger;
  beforeAll(async () => {
    ledger = await startTestLedger();
  });
  afterAll(() => ledger.close());

  it.each([
    ['GET', `/consents/${randomUUID()}/receipts`],
    ['DELETE', `/consents/${randomUUID()}`],
    ['GET', '/stats'],
  ])('%s %s is disabled (404)', async (method, path) => {
    const res = await fetch(`${ledger.url}${path}`, { method, headers: auth });
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({ error: 'not found' });
  });
});

describe('read, erase and stats endpoints with a token', () => {
  let ledger: Ledger;
  let clock = new Date('2026-11-25T10:00:00.000Z');
  beforeAll(async () => {
    ledger = await startTestLedger({ token: TOKEN, now: () => clock });
  });
  afterAll(() => ledger.close());

  it.each([
    ['no header', {}],
    ['wrong token', { authorization: 'Bearer test-token-0123456789abcdeX' }],
    ['token prefix', { authorization: `Bearer ${TOKEN.slice(0, -1)}` }],
    ['wrong scheme', { authorization: `Basic ${TOKEN}` }],
  ])('answers 401 for %s', async (_name, headers) => {
    for (const [method, path] of [
      ['GET', `/consents/${randomUUID()}/receipts`],
      ['DELETE', `/consents/${randomUUID()}`],
      ['GET', '/stats'],
    ] as const) {
      const res = await fetch(`${ledger.url}${path}`, { method, headers });
      expect(res.status, `${method} ${path}`).toBe(401);
      expect(res.headers.get('www-authenticate')).toBe('Bearer');
      expect((await res.json()).error).toMatch(/bearer token/);
    }
  });

  it('gives a visitor all their receipts, oldest first, and erases them', async () => {
    const consentId = randomUUID();
    const second = makeReceipt({ consentId, timestamp: '2026-11-25T09:00:00.000Z', action: 'reject-all' });
    const first = makeReceipt({ consentId, timestamp: '2026-11-24T09:00:00.000Z', action: 'accept-all' });
    const stranger = makeReceipt();
    await postReceipts(ledger.url, [second, first, stranger]);

    const read = await fetch(`${ledger.url}/consents/${consentId}/receipts`, { headers: auth });
    expect(read.status).toBe(200);
    const body = await read.json();
    expect(body.consentId).toBe(consentId);
    expect(body.receipts).toEqual([
      { ...first, receivedAt: clock.toISOString() },
      { ...second, receivedAt: clock.toISOString() },
    ]);
    expect(body.next).toBe(null);

    const del = await fetch(`${ledger.url}/consents/${consentId}`, { method: 'DELETE', headers: auth });
    expect(del.status).toBe(200);
    expect(await del.json()).toEqual({ deleted: 2 });
    const after = await fetch(`${ledger.url}/consents/${consentId}/receipts`, { headers: auth });
    expect((await after.json()).receipts).toEqual([]);
    const again = await fetch(`${ledger.url}/consents/${consentId}`, { method: 'DELETE', headers: auth });
    expect(await again.json()).toEqual({ deleted: 0 });
    expect(await ledger.storage.byConsentId(stranger.consentId)).toHaveLength(1);
  });

  it("pages a visitor's receipts: `limit` of them, then from the `next` cursor until it is null", async () => {
    const consentId = randomUUID();
    const receipts = [5, 1, 4, 2, 3].map((d) =>
      makeReceipt({ consentId, timestamp: `2026-11-1${d}T09:00:00.000Z` }),
    );
    await postReceipts(ledger.url, receipts);
    const order = [...receipts].sort((a, b) => (a.timestamp < b.timestamp ? -1 : 1)).map((r) => r.id);
    const pages: string[][] = [];
    let next: string | null = null;
    do {
      const query: string = next === null ? 'limit=2' : `limit=2&after=${next}`;
      const res = await fetch(`${ledger.url}/consents/${consentId}/receipts?${query}`, { headers: auth });
      expect(res.status).toBe(200);
      const body = await res.json();
      expect(body.consentId).toBe(consentId);
      pages.push(body.receipts.map((r: { id: string }) => r.id));
      next = body.next;
    } while (next !== null && pages.length < 5);
    expect(pages).toEqual([order.slice(0, 2), order.slice(2, 4), order.slice(4)]);
  });

  const forged = Buffer.from(
    JSON.stringify(['2026-11-11T09:00:00.000Z', 'yesterday', randomUUID()]),
  ).toString('base64url');
  it.each([
    ['limit=0', 'limit: expected a whole number from 1 to 1000, got "0"'],
    ['limit=1001', 'limit: expected a whole number from 1 to 1000, got "1001"'],
    ['limit=1.5', 'limit: expected a whole number from 1 to 1000, got "1.5"'],
    ['limit=', 'limit: expected a whole number from 1 to 1000, got ""'],
    ['limit=1&limit=2', 'limit: expected a whole number from 1 to 1000, got an array'],
    ['after=nope', 'after: expected the "next" cursor of an earlier page, got "nope"'],
    [
      `after=${forged}`,
      `after: expected the "next" cursor of an earlier page, got "${forged.slice(0, 40)}…"`,
    ],
    [
      'page=2&limit=x',
      'page: unknown key (allowed: limit, after); limit: expected a whole number from 1 to 1000, got "x"',
    ],
  ])('answers 400 for receipts?%s', async (query, error) => {
    const res = await fetch(`${ledger.url}/consents/${randomUUID()}/receipts?${query}`, { headers: auth });
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({ error });
  });

  it('answers 400 for a consent id that is not a UUID v4, 405 with Allow for a wrong method', async () => {
    const bad = await fetch(`${ledger.url}/consents/not-a-uuid/receipts`, { headers: auth });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ field: 'consentId' });
    const wrong = await fetch(`${ledger.url}/consents/${randomUUID()}`, { headers: auth });
    expect(wrong.status).toBe(405);
    expect(wrong.headers.get('allow')).toBe('DELETE');
    const post = await fetch(`${ledger.url}/stats`, { method: 'POST', headers: auth });
    expect(post.status).toBe(405);
    expect(post.headers.get('allow')).toBe('GET, HEAD');
  });

  it('counts receipts per UTC day of reception, revision and choice', async () => {
    const s = await startTestLedger({ token: TOKEN, now: () => clock });
    try {
      clock = new Date('2026-11-01T23:59:59.999Z');
      await postReceipts(s.url, [
        makeReceipt({ revision: 1, action: 'accept-all', categories: { essential: true, analytics: true } }),
        makeReceipt({ revision: 1, action: 'reject-all', categories: { essential: true, analytics: false } }),
      ]);
      clock = new Date('2026-11-02T00:00:00.000Z');
      await postReceipts(
        s.url,
        makeReceipt({ revision: 2, action: 'accept-all', categories: { essential: true, analytics: true } }),
      );
      clock = new Date('2026-11-03T12:00:00.000Z');
      const res = await fetch(`${s.url}/stats?from=2026-11-01&to=2026-11-02`, { headers: auth });
      expect(res.status).toBe(200);
      expect(await res.json()).toEqual({
        from: '2026-11-01',
        to: '2026-11-02',
        actions: [
          { day: '2026-11-01', revision: 1, action: 'accept-all', total: 1, consents: 1 },
          { day: '2026-11-01', revision: 1, action: 'reject-all', total: 1, consents: 1 },
          { day: '2026-11-02', revision: 2, action: 'accept-all', total: 1, consents: 1 },
        ],
        categories: [
          { day: '2026-11-01', revision: 1, category: 'analytics', granted: 1, denied: 1 },
          { day: '2026-11-01', revision: 1, category: 'essential', granted: 2, denied: 0 },
          { day: '2026-11-02', revision: 2, category: 'analytics', granted: 1, denied: 0 },
          { day: '2026-11-02', revision: 2, category: 'essential', granted: 1, denied: 0 },
        ],
      });
      const onlyFirst = await (
        await fetch(`${s.url}/stats?from=2026-11-02&to=2026-11-02`, { headers: auth })
      ).json();
      expect(onlyFirst.actions).toHaveLength(1);
      const defaults = await (await fetch(`${s.url}/stats`, { headers: auth })).json();
      expect(defaults).toMatchObject({ from: '2026-10-05', to: '2026-11-03' });
      expect(defaults.actions).toHaveLength(3);
    } finally {
      await s.close();
    }
  });

  it.each([
    ['from=2026-11-31', /"from" must be a date/],
    ['from=yesterday', /"from" must be a date/],
    ['to=2026-1-1', /"to" must be a date/],
    ['from=2026-11-05&to=2026-11-01', /must not be after/],
    ['from=2024-01-01&to=2026-01-01', /at most 366 days/],
    ['day=2026-11-01', /unknown query parameter "day"/],
  ])('answers 400 for stats?%s', async (query, message) => {
    const res = await fetch(`${ledger.url}/stats?${query}`, { headers: auth });
    expect(res.status).toBe(400);
    expect((await res.json()).error).toMatch(message);
  });
});
