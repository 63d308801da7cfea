// The behaviour every LedgerStorage must have; run against SQLite and PostgreSQL.
import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { LedgerStorage, Receipt, StoredReceipt } from '../src/types';
import { makeCookie, makeReceipt } from './fixtures';

const at = (receipt: Receipt, receivedAt = '2026-11-26T20:32:00.000Z'): StoredReceipt => ({
  ...receipt,
  receivedAt,
});

/** Registers the storage contract tests; `open` gives a fresh, empty storage for each test. */
export function describeStorageContract(name: string, open: () => Promise<LedgerStorage>): void {
  describe(`${name} storage contract`, () => {
    let storage: LedgerStorage;
    beforeEach(async () => {
      storage = await open();
    });
    afterEach(async () => {
      await storage.close();
    });

    it('stores a receipt and returns it exactly, with receivedAt', async () => {
      const r = makeReceipt({ cookie: makeCookie(randomUUID()) });
      expect(await storage.insert([at(r)])).toEqual([{ id: r.id, status: 'stored' }]);
      const [back, ...rest] = await storage.byConsentId(r.consentId);
      expect(rest).toEqual([]);
      expect(back).toEqual({ ...r, receivedAt: '2026-11-26T20:32:00.000Z' });
    });

    it('keeps exactly one copy however often the same receipt arrives', async () => {
      const r = makeReceipt();
      await storage.insert([at(r)]);
      expect(await storage.insert([at(r, '2026-11-27T10:00:00.000Z')])).toEqual([
        { id: r.id, status: 'duplicate' },
      ]);
      expect(await storage.insert([at(r)])).toEqual([{ id: r.id, status: 'duplicate' }]);
      const kept = await storage.byConsentId(r.consentId);
      expect(kept).toHaveLength(1);
      expect(kept[0]!.receivedAt).toBe('2026-11-26T20:32:00.000Z');
    });

    it('treats a reordered categories object as the same receipt', async () => {
      const r = makeReceipt({ categories: { essential: true, analytics: false } });
      await storage.insert([at(r)]);
      const reordered = { ...r, categories: { analytics: false, essential: true } };
      expect(await storage.insert([at(reordered)])).toEqual([{ id: r.id, status: 'duplicate' }]);
    });

    it('never overwrites: same id with different content is a conflict', async () => {
      const r = makeReceipt({ revision: 3 });
      await storage.insert([at(r)]);
      const forged = {
        ...r,
        revision: 4,
        categories: { essential: true, analytics: true, advertising: true },
      };
      expect(await storage.insert([at(forged)])).toEqual([{ id: r.id, status: 'conflict' }]);
      const kept = await storage.byConsentId(r.consentId);
      expect(kept.map((k) => [k.revision, k.categories.advertising])).toEqual([[3, false]]);
    });

    it('reports per-receipt results for a batch, in order, including repeats inside the batch', async () => {
      const old = makeReceipt();
      await storage.insert([at(old)]);
      const a = makeReceipt();
      const b = makeReceipt({ consentId: a.consentId, timestamp: '2026-11-26T20:40:00.000Z' });
      const conflicting = { ...old, source: 'api' };
      const results = await storage.insert([at(a), at(old), at(b), at(a), at(conflicting)]);
      expect(results).toEqual([
        { id: a.id, status: 'stored' },
        { id: old.id, status: 'duplicate' },
        { id: b.id, status: 'stored' },
        { id: a.id, status: 'duplicate' },
        { id: old.id, status: 'conflict' },
      ]);
      expect((await storage.byConsentId(a.consentId)).map((x) => x.id)).toEqual([a.id, b.id]);
    });

    it('stores one copy when the same receipt is inserted concurrently', async () => {
      const r = makeReceipt();
      const results = await Promise.all(Array.from({ length: 20 }, () => storage.insert([at(r)])));
      const statuses = results.map((x) => x[0]!.status);
      expect(statuses.filter((s) => s === 'stored')).toHaveLength(1);
      expect(statuses.filter((s) => s === 'duplicate')).toHaveLength(19);
      expect(await storage.byConsentId(r.consentId)).toHaveLength(1);
    });

    it('lists one consent id oldest decision first, nothing else', async () => {
      const consentId = randomUUID();
      const late = makeReceipt({ consentId, timestamp: '2026-11-26T21:00:00.000Z', action: 'reject-all' });
      const early = makeReceipt({ consentId, timestamp: '2026-11-20T08:00:00.000Z', action: 'accept-all' });
      const other = makeReceipt();
      await storage.insert([at(late), at(other), at(early)]);
      expect((await storage.byConsentId(consentId)).map((x) => x.action)).toEqual([
        'accept-all',
        'reject-all',
      ]);
      expect(await storage.byConsentId(randomUUID())).toEqual([]);
    });

    it('erases all receipts of one consent id and only those', async () => {
      const consentId = randomUUID();
      const other = makeReceipt();
      await storage.insert([at(makeReceipt({ consentId })), at(makeReceipt({ consentId })), at(other)]);
      expect(await storage.deleteConsent(consentId)).toBe(2);
      expect(await storage.byConsentId(consentId)).toEqual([]);
      expect(await storage.deleteConsent(consentId)).toBe(0);
      expect(await storage.byConsentId(other.consentId)).toHaveLength(1);
    });

    it('aggregates per UTC day of reception, revision, action and category', async () => {
      const c1 = randomUUID();
      const received = (receivedAt: string, fields: Partial<Record<keyof Receipt, unknown>>) =>
        at(makeReceipt(fields), receivedAt);
      const yes = { revision: 1, action: 'accept-all', categories: { essential: true, analytics: true } };
      const no = { revision: 1, action: 'reject-all', categories: { essential: true, analytics: false } };
      const ads = { essential: true, analytics: false, ads: true };
      const rows = [
        received('2026-11-24T23:59:59.999Z', { ...yes, consentId: c1 }),
        received('2026-11-25T00:00:00.000Z', { ...yes, consentId: c1 }),
        received('2026-11-25T12:00:00.000Z', yes),
        received('2026-11-25T13:00:00.000Z', no),
        received('2026-11-25T14:00:00.000Z', { revision: 2, action: 'custom', categories: ads }),
        received('2026-11-27T00:00:00.000Z', { revision: 2, action: 'custom' }),
      ];
      await storage.insert(rows);
      const stats = await storage.stats({ from: '2026-11-25', to: '2026-11-26' });
      expect(stats.from).toBe('2026-11-25');
      expect(stats.to).toBe('2026-11-26');
      expect(stats.actions).toEqual([
        { day: '2026-11-25', revision: 1, action: 'accept-all', total: 2, consents: 2 },
        { day: '2026-11-25', revision: 1, action: 'reject-all', total: 1, consents: 1 },
        { day: '2026-11-25', revision: 2, action: 'custom', total: 1, consents: 1 },
      ]);
      expect(stats.categories).toEqual([
        { day: '2026-11-25', revision: 1, category: 'analytics', granted: 2, denied: 1 },
        { day: '2026-11-25', revision: 1, category: 'essential', granted: 3, denied: 0 },
        { day: '2026-11-25', revision: 2, category: 'ads', granted: 1, denied: 0 },
        { day: '2026-11-25', revision: 2, category: 'analytics', granted: 0, denied: 1 },
        { day: '2026-11-25', revision: 2, category: 'essential', granted: 1, denied: 0 },
      ]);
      const wide = await storage.stats({ from: '2026-11-24', to: '2026-11-27' });
      expect(wide.actions.map((a) => a.day)).toEqual([
        '2026-11-24',
        '2026-11-25',
        '2026-11-25',
        '2026-11-25',
        '2026-11-27',
      ]);
      expect(wide.actions.reduce((n, a) => n + a.total, 0)).toBe(6);
    });
  });
}
