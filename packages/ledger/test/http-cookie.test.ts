// @vitest-environment node
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeCookie, makeReceipt } from './fixtures';
import { postReceipts, startTestLedger } from './http-helpers';

type Ledger = Awaited<ReturnType<typeof startTestLedger>>;
const DAYS_180 = 180 * 86400;

describe('Safari ITP cookie mode', () => {
  let ledger: Ledger;
  beforeAll(async () => {
    ledger = await startTestLedger({ cookie: { name: 'assent', maxAgeDays: 180 }, trustProxy: true });
  });
  afterAll(() => ledger.close());

  it('re-issues the consent cookie for a new receipt: Path, Max-Age, SameSite=Lax, not HttpOnly, not Secure over http', async () => {
    const r = makeReceipt();
    const cookie = makeCookie(r.consentId);
    const res = await postReceipts(ledger.url, { ...r, cookie });
    expect(res.status).toBe(201);
    expect(res.headers.get('set-cookie')).toBe(`assent=${cookie}; Path=/; Max-Age=${DAYS_180}; SameSite=Lax`);
  });

  it('re-issues it for a duplicate delivery too, with Secure when the request came over https', async () => {
    const r = makeReceipt({ cookie: makeCookie(randomUUID()) });
    const withOwnId = { ...r, cookie: makeCookie(r.consentId) };
    await postReceipts(ledger.url, withOwnId);
    const res = await postReceipts(ledger.url, withOwnId, { 'x-forwarded-proto': 'https' });
    expect(res.status).toBe(200);
    const header = res.headers.get('set-cookie')!;
    expect(header).toBe(`assent=${withOwnId.cookie}; Path=/; Max-Age=${DAYS_180}; SameSite=Lax; Secure`);
    expect(header).not.toMatch(/HttpOnly/i);
  });

  it('re-issues any cookie the SDK writes, such as a 16-digit revision', async () => {
    const r = makeReceipt();
    const cookie = makeCookie(r.consentId).replace(/^1\.3\./, '1.1234567890123456.');
    const res = await postReceipts(ledger.url, { ...r, cookie });
    expect(res.headers.get('set-cookie')).toBe(`assent=${cookie}; Path=/; Max-Age=${DAYS_180}; SameSite=Lax`);
  });

  it('deletes the cookie for a reset receipt', async () => {
    const res = await postReceipts(ledger.url, makeReceipt({ action: 'reset' }));
    expect(res.status).toBe(201);
    expect(res.headers.get('set-cookie')).toBe('assent=; Path=/; Max-Age=0; SameSite=Lax');
  });

  it.each([
    ['no cookie field', (r: ReturnType<typeof makeReceipt>) => r],
    [
      'cookie of another consent id',
      (r: ReturnType<typeof makeReceipt>) => ({ ...r, cookie: makeCookie(randomUUID()) }),
    ],
    [
      'cookie of a future format',
      (r: ReturnType<typeof makeReceipt>) => ({
        ...r,
        cookie: makeCookie(r.consentId).replace(/^1\./, '2.'),
      }),
    ],
    [
      'cookie with 6 fields',
      (r: ReturnType<typeof makeReceipt>) => ({
        ...r,
        cookie: makeCookie(r.consentId).replace(/\.c\.0\./, '.c.'),
      }),
    ],
    [
      'cookie with a bad category',
      (r: ReturnType<typeof makeReceipt>) => ({ ...r, cookie: makeCookie(r.consentId, 'Ads:1') }),
    ],
    [
      'cookie listing a category twice (the store reads none of it)',
      (r: ReturnType<typeof makeReceipt>) => ({ ...r, cookie: makeCookie(r.consentId, 'ads:1+ads:0') }),
    ],
    [
      'cookie written more than a day in the future (the store would not accept it)',
      (r: ReturnType<typeof makeReceipt>) => ({
        ...r,
        cookie: `1.3.${Math.floor(Date.now() / 1000 + 3 * 86400).toString(36)}.${r.consentId}.c.0.ads:1`,
      }),
    ],
  ])('stores the receipt but sets no cookie with %s', async (_name, mutate) => {
    const r = mutate(makeReceipt());
    const res = await postReceipts(ledger.url, r);
    expect(res.status).toBe(201);
    expect(res.headers.get('set-cookie')).toBeNull();
  });

  it('sets no cookie for a conflicting receipt or a batch', async () => {
    const r = makeReceipt();
    const cookie = makeCookie(r.consentId);
    await postReceipts(ledger.url, { ...r, cookie });
    const conflict = await postReceipts(ledger.url, { ...r, cookie, revision: 9 });
    expect(conflict.status).toBe(409);
    expect(conflict.headers.get('set-cookie')).toBeNull();
    const other = makeReceipt();
    const batch = await postReceipts(ledger.url, [{ ...other, cookie: makeCookie(other.consentId) }]);
    expect(batch.status).toBe(201);
    expect(batch.headers.get('set-cookie')).toBeNull();
  });
});

describe('cookie options', () => {
  it('writes Domain, Path, SameSite=Strict and Secure when configured', async () => {
    const ledger = await startTestLedger({
      cookie: {
        name: 'cmp',
        maxAgeDays: 1.5,
        domain: 'example.com',
        path: '/shop',
        sameSite: 'Strict',
        secure: true,
      },
    });
    try {
      const r = makeReceipt();
      const res = await postReceipts(ledger.url, { ...r, cookie: makeCookie(r.consentId) });
      expect(res.headers.get('set-cookie')).toBe(
        `cmp=${makeCookie(r.consentId)}; Path=/shop; Domain=example.com; Max-Age=129600; SameSite=Strict; Secure`,
      );
    } finally {
      await ledger.close();
    }
  });

  it('sets no cookie when the mode is off, and allows credentials for cross-origin writers when on', async () => {
    const off = await startTestLedger();
    const on = await startTestLedger({
      origins: ['https://shop.example'],
      cookie: { name: 'assent', maxAgeDays: 30 },
    });
    try {
      const r = makeReceipt();
      const res = await postReceipts(off.url, { ...r, cookie: makeCookie(r.consentId) });
      expect(res.headers.get('set-cookie')).toBeNull();
      expect(res.headers.get('access-control-allow-credentials')).toBeNull();
      const cross = await postReceipts(on.url, makeReceipt(), { origin: 'https://shop.example' });
      expect(cross.headers.get('access-control-allow-credentials')).toBe('true');
    } finally {
      await off.close();
      await on.close();
    }
  });

  it.each([
    [
      { name: 'bad name', maxAgeDays: 1 },
      'cookie.name: expected a cookie name of token characters like "assent", got "bad name"',
    ],
    [
      { name: 'a', maxAgeDays: 0 },
      'cookie.maxAgeDays: expected a number of days from one second (1/86400) to 400, got 0',
    ],
    [
      { name: 'a', maxAgeDays: 1, path: 'shop' },
      'cookie.path: expected a path starting with "/", without ";" or spaces, got "shop"',
    ],
    [
      { name: 'a', maxAgeDays: 1, domain: 'exa mple.com' },
      'cookie.domain: expected a host name like "example.com", got "exa mple.com"',
    ],
    [
      { name: 'a', maxAgeDays: 1, sameSite: 'lax' },
      'cookie.sameSite: expected "Lax", "Strict" or "None", got "lax"',
    ],
    [
      { maxAgeDays: 1 },
      'cookie.name: expected a cookie name of token characters like "assent", got undefined',
    ],
  ])('refuses bad cookie options at start-up: %j', async (cookie, problem) => {
    await expect(startTestLedger({ cookie: cookie as never })).rejects.toThrow(
      new TypeError(`Invalid ledger options:\n- ${problem}`),
    );
  });
});
