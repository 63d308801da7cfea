// The values every LedgerStorage must keep byte for byte: the edges of what validateReceipt
// accepts (astral characters, combining marks, right-to-left text, quotes and backslashes, the
// longest url, years 0001 and 9999, a leap day, the largest revision, 64 categories). Run against
// SQLite and PostgreSQL, so both return the same bytes. Next to each edge, the value just outside
// it, which validation refuses (PostgreSQL could not store it), so no storage is ever given one.
import { randomUUID } from 'node:crypto';
import { canonicalReceiptJson, MAX_CATEGORIES, MAX_URL, validateReceipt } from '@assent/protocol';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { LedgerStorage, Receipt, StoredReceipt } from '../src/types';
import { makeReceipt } from './fixtures';

type Fields = Partial<Record<keyof Receipt, unknown>>;

const URL_START = 'https://shop.example/';
const ids = (n: number, length: number) =>
  Array.from({ length: n }, (_, i) => `c${String(i).padStart(length - 1, '0')}`);
const MANY_CATEGORIES = Object.fromEntries([
  ...ids(MAX_CATEGORIES - 1, 32).map((id, i) => [id, i % 2 === 0]),
  ['essential', true],
]);

/** [what, fields validation accepts, the neighbouring fields it refuses]. */
const EDGES: [string, Fields, Fields][] = [
  ['emoji and other astral characters', { url: `${URL_START}😀/𝄞/𠀀` }, { url: `${URL_START}\ud83d` }],
  ['combining marks', { url: `${URL_START}e\u0301a\u0308n\u0303` }, { url: `${URL_START}e\u0301\udc00` }],
  ['right-to-left text', { url: `${URL_START}שלום/مرحبا/\u200f` }, { url: `${URL_START}שלום\u0000` }],
  [
    'quote, backslash and percent',
    { url: `${URL_START}it's/a\\b/100%/%zz/"x"` },
    { url: `${URL_START}'\u0000` },
  ],
  [
    'U+FFFF, U+FEFF, U+2028 and a control character',
    { url: `${URL_START}\uffff\ufeff\u2028\u0001` },
    { url: `${URL_START}\u0000` },
  ],
  [
    `a url of ${MAX_URL} characters`,
    { url: `${URL_START}${'é'.repeat(MAX_URL - URL_START.length)}` },
    { url: `${URL_START}${'é'.repeat(MAX_URL - URL_START.length + 1)}` },
  ],
  [
    'the first instant of year 0001',
    { timestamp: '0001-01-01T00:00:00.000Z' },
    { timestamp: '0000-12-31T23:59:59.999Z' },
  ],
  [
    'the last millisecond of year 9999',
    { timestamp: '9999-12-31T23:59:59.999Z' },
    { timestamp: '+010000-01-01T00:00:00.000Z' },
  ],
  [
    'a leap day with milliseconds',
    { timestamp: '2024-02-29T23:59:59.999Z' },
    { timestamp: '2023-02-29T23:59:59.999Z' },
  ],
  ['revision 2^53 - 1', { revision: Number.MAX_SAFE_INTEGER }, { revision: Number.MAX_SAFE_INTEGER + 1 }],
  ['revision 0', { revision: 0 }, { revision: -1 }],
  [
    `${MAX_CATEGORIES} categories with 32-character ids`,
    { categories: MANY_CATEGORIES },
    { categories: { ...MANY_CATEGORIES, extra: true } },
  ],
  ['a cookie of 1024 characters', { cookie: `1.${'a'.repeat(1022)}` }, { cookie: `1.${'a'.repeat(1023)}` }],
  [
    'a language tag of 35 characters',
    { language: `de-${'abcdefgh-'.repeat(3)}abcde` },
    { language: `de-${'abcdefgh-'.repeat(3)}abcdef` },
  ],
];

/** The receipt as a storage must give it back: canonical field order, with `receivedAt` last. */
const expectedText = (r: Receipt, receivedAt: string) =>
  JSON.stringify({ ...JSON.parse(canonicalReceiptJson(r)), receivedAt });

/** Registers the value contract; `open` gives a fresh, empty storage for each test. */
export function describeStorageValueContract(name: string, open: () => Promise<LedgerStorage>): void {
  describe(`${name} storage value contract`, () => {
    let storage: LedgerStorage;
    beforeEach(async () => {
      storage = await open();
    });
    afterEach(async () => {
      await storage.close();
    });

    it.each(EDGES)(
      'gives back %s byte for byte; the value just outside is refused',
      async (_what, fields, outside) => {
        const r = makeReceipt(fields);
        const checked = validateReceipt(r);
        expect(checked.ok).toBe(true);
        expect(validateReceipt(makeReceipt(outside)).ok).toBe(false);
        const receivedAt = '2024-02-29T23:59:59.999Z';
        const stored: StoredReceipt = { ...(checked.ok ? checked.receipt : r), receivedAt };
        expect(await storage.insert([stored])).toEqual([{ id: r.id, status: 'stored' }]);
        const back = await storage.byConsentId(r.consentId);
        expect(back.map((x) => JSON.stringify(x))).toEqual([expectedText(r, receivedAt)]);
        // What came back compares equal to what is sent again: a redelivery is a duplicate, not a conflict.
        expect(await storage.insert([{ ...stored, receivedAt: '2026-11-26T20:32:00.000Z' }])).toEqual([
          { id: r.id, status: 'duplicate' },
        ]);
      },
    );

    it('stores every url and timestamp validation accepts and gives it back unchanged (property)', async () => {
      const odd = fc.constantFrom('\u0000', '\ud800', '\udc00', '😀', '\u0301', '\u2028', "'", '\\', '%');
      const path = fc.array(fc.oneof(fc.string({ unit: 'binary' }), odd)).map((parts) => parts.join(''));
      const when = fc.date({
        min: new Date('0000-01-01T00:00:00.000Z'),
        max: new Date('+010000-12-31T00:00:00.000Z'),
        noInvalidDate: true,
      });
      let accepted = 0;
      await fc.assert(
        fc.asyncProperty(path, when, async (p, date) => {
          const r = makeReceipt({ url: `${URL_START}${p}`, timestamp: date.toISOString() });
          const checked = validateReceipt(r);
          if (!checked.ok) return;
          accepted += 1;
          await storage.insert([{ ...checked.receipt, receivedAt: '2026-11-26T20:32:00.000Z' }]);
          const back = await storage.byConsentId(r.consentId);
          expect(back.map((x) => JSON.stringify(x))).toEqual([expectedText(r, '2026-11-26T20:32:00.000Z')]);
        }),
        { numRuns: 150 },
      );
      expect(accepted).toBeGreaterThan(20);
      // 150 writes: generous on a loaded 2-core machine (PostgreSQL takes about 1 s).
    }, 30_000);

    it('orders decisions from year 0001 to year 9999 by their timestamp, to the millisecond', async () => {
      const consentId = randomUUID();
      const times = [
        '9999-12-31T23:59:59.999Z',
        '2024-02-29T23:59:59.999Z',
        '0001-01-01T00:00:00.000Z',
        '2024-03-01T00:00:00.000Z',
        '2024-02-29T23:59:59.998Z',
        '0999-06-15T12:00:00.500Z',
      ];
      await storage.insert(
        times.map((timestamp) => ({
          ...makeReceipt({ consentId, timestamp }),
          receivedAt: '2026-11-26T20:32:00.000Z',
        })),
      );
      expect((await storage.byConsentId(consentId)).map((x) => x.timestamp)).toEqual([...times].sort());
    });

    it('gives back reception times at the edges and counts them on their UTC day', async () => {
      const rows = ['0001-01-01T00:00:00.000Z', '2024-02-29T23:59:59.999Z', '9999-12-31T23:59:59.999Z'];
      const receipts = rows.map((receivedAt) => ({
        ...makeReceipt({ action: 'gpc', gpc: true }),
        receivedAt,
      }));
      await storage.insert(receipts);
      for (const r of receipts)
        expect((await storage.byConsentId(r.consentId)).map((x) => x.receivedAt)).toEqual([r.receivedAt]);
      const leap = await storage.stats({ from: '2024-02-29', to: '2024-02-29' });
      expect(leap.actions).toEqual([
        { day: '2024-02-29', revision: 3, action: 'gpc', total: 1, consents: 1 },
      ]);
    });

    it(`counts revision 2^53 - 1 and ${MAX_CATEGORIES} categories exactly in the statistics`, async () => {
      const r = makeReceipt({ revision: Number.MAX_SAFE_INTEGER, categories: MANY_CATEGORIES });
      await storage.insert([{ ...r, receivedAt: '2024-02-29T12:00:00.000Z' }]);
      const stats = await storage.stats({ from: '2024-02-29', to: '2024-02-29' });
      expect(stats.actions).toEqual([
        { day: '2024-02-29', revision: Number.MAX_SAFE_INTEGER, action: 'custom', total: 1, consents: 1 },
      ]);
      expect(stats.categories).toHaveLength(MAX_CATEGORIES);
      expect(stats.categories.every((c) => c.revision === Number.MAX_SAFE_INTEGER)).toBe(true);
      expect(stats.categories.filter((c) => c.granted === 1).map((c) => c.category)).toEqual(
        Object.keys(MANY_CATEGORIES)
          .filter((id) => MANY_CATEGORIES[id])
          .sort(),
      );
    });
  });
}
