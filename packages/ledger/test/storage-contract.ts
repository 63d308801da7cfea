// The behaviour every LedgerStorage must have; run against SQLite and PostgreSQL.
import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { LedgerStats, LedgerStorage, Receipt, ReceiptAction, StoredReceipt } from '../src/types';
import { makeCookie, makeReceipt } from './fixtures';

const at = (receipt: Receipt, receivedAt = '2026-11-26T20:32:00.000Z'): StoredReceipt => ({
  ...receipt,
  receivedAt,
});

/**
 * Opens a storage on a database that a ledger from before the per-day aggregates wrote: the old
 * schema, holding `receipts`, without aggregate tables. The storage must migrate it when it opens.
 */
export type LegacyOpener = (receipts: readonly StoredReceipt[]) => Promise<LedgerStorage>;

/** Byte order, as the databases sort text (`COLLATE "C"`, SQLite's BINARY) and uuids. */
const bytes = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** The list order: decision time, then reception time, then id. */
const listOrder = (a: StoredReceipt, b: StoredReceipt): number =>
  bytes(a.timestamp, b.timestamp) || bytes(a.receivedAt, b.receivedAt) || bytes(a.id, b.id);

/** The statistics of `receipts`, computed here from the receipts themselves, for days `from` to `to`. */
export function statsOf(receipts: readonly StoredReceipt[], from: string, to: string): LedgerStats {
  const actions = new Map<string, { total: number; consents: Set<string> }>();
  const categories = new Map<string, { granted: number; denied: number }>();
  for (const r of receipts) {
    const day = r.receivedAt.slice(0, 10);
    if (day < from || day > to) continue;
    const a = `${day}|${r.revision}|${r.action}`;
    const group = actions.get(a) ?? { total: 0, consents: new Set<string>() };
    group.total++;
    group.consents.add(r.consentId);
    actions.set(a, group);
    for (const [category, granted] of Object.entries(r.categories)) {
      const c = `${day}|${r.revision}|${category}`;
      const counts = categories.get(c) ?? { granted: 0, denied: 0 };
      if (granted) counts.granted++;
      else counts.denied++;
      categories.set(c, counts);
    }
  }
  const key = (k: string) => k.split('|') as [string, string, string];
  const sorted = <T>(map: Map<string, T>) =>
    [...map].sort(([a], [b]) => {
      const [da, ra, xa] = key(a);
      const [db, rb, xb] = key(b);
      return bytes(da, db) || Number(ra) - Number(rb) || bytes(xa, xb);
    });
  return {
    from,
    to,
    actions: sorted(actions).map(([k, g]) => {
      const [day, revision, action] = key(k);
      return {
        day,
        revision: Number(revision),
        action: action as ReceiptAction,
        total: g.total,
        consents: g.consents.size,
      };
    }),
    categories: sorted(categories).map(([k, c]) => {
      const [day, revision, category] = key(k);
      return { day, revision: Number(revision), category, ...c };
    }),
  };
}

/**
 * A reproducible mixed workload: `n` receipts over three days, two revisions, three actions,
 * consent ids from a pool of `consents` (so a consent often decides twice in one group).
 */
export function workload(n: number, consents: number, seed = 7): StoredReceipt[] {
  let x = seed;
  const next = (m: number) => {
    // mulberry32
    x = (x + 0x6d2b79f5) | 0;
    let z = Math.imul(x ^ (x >>> 15), 1 | x);
    z = (z + Math.imul(z ^ (z >>> 7), 61 | z)) ^ z;
    return ((z ^ (z >>> 14)) >>> 0) % m;
  };
  const ids = Array.from({ length: consents }, () => randomUUID());
  const actions = ['accept-all', 'reject-all', 'custom'] as const;
  return Array.from({ length: n }, () => {
    const day = `2026-11-2${4 + next(3)}`;
    const time = `${String(next(24)).padStart(2, '0')}:${String(next(60)).padStart(2, '0')}:00.000Z`;
    const categories: Record<string, boolean> = { essential: true, analytics: next(2) === 0 };
    if (next(3) === 0) categories.ads = next(2) === 0;
    const fields = {
      consentId: ids[next(consents)],
      revision: 1 + next(2),
      action: actions[next(3)],
      categories,
    };
    return at(makeReceipt({ ...fields, timestamp: `${day}T${time}` }), `${day}T${time}`);
  });
}

/** Every receipt of each of `consentIds`, read from the storage page by page. */
async function readAll(storage: LedgerStorage, consentIds: Iterable<string>): Promise<StoredReceipt[]> {
  const all: StoredReceipt[] = [];
  for (const consentId of new Set(consentIds)) {
    for (let page = await storage.byConsentId(consentId, { limit: 7 }); page.length > 0; ) {
      all.push(...page);
      page = await storage.byConsentId(consentId, { limit: 7, after: page.at(-1)! });
    }
  }
  return all;
}

/**
 * Registers the storage contract tests; `open` gives a fresh, empty storage for each test,
 * `legacy` (when given) one on a database from before the per-day aggregates.
 */
export function describeStorageContract(
  name: string,
  open: () => Promise<LedgerStorage>,
  legacy?: LegacyOpener,
): void {
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

    it('pages one consent in list order (decision time, reception time, id), each receipt once', async () => {
      const consentId = randomUUID();
      const receipt = (timestamp: string, receivedAt: string) =>
        at(makeReceipt({ consentId, timestamp }), receivedAt);
      const t1 = '2026-11-20T08:00:00.000Z';
      const receipts = [
        receipt('2026-11-21T08:00:00.000Z', '2026-11-21T08:00:01.000Z'),
        receipt(t1, '2026-11-20T08:00:02.000Z'),
        receipt(t1, '2026-11-20T08:00:01.000Z'),
        receipt(t1, '2026-11-20T08:00:01.000Z'),
        receipt(t1, '2026-11-20T08:00:01.000Z'),
        receipt('2026-11-19T08:00:00.000Z', '2026-11-22T08:00:00.000Z'),
        receipt('2026-11-22T08:00:00.000Z', '2026-11-22T08:00:00.000Z'),
      ];
      await storage.insert([...receipts, at(makeReceipt())]);
      const expected = [...receipts].sort(listOrder).map((r) => r.id);
      expect((await storage.byConsentId(consentId)).map((r) => r.id)).toEqual(expected);
      const pages: string[][] = [];
      let page = await storage.byConsentId(consentId, { limit: 3 });
      while (page.length > 0) {
        pages.push(page.map((r) => r.id));
        page = await storage.byConsentId(consentId, { limit: 3, after: page.at(-1)! });
      }
      expect(pages).toEqual([expected.slice(0, 3), expected.slice(3, 6), expected.slice(6)]);
      expect(await storage.byConsentId(randomUUID(), { limit: 3 })).toEqual([]);
    });

    it('keeps a page position valid while receipts are added before and after it', async () => {
      const consentId = randomUUID();
      const day = (d: number) => `2026-11-${10 + d}T08:00:00.000Z`;
      const old = [2, 4, 6, 8].map((d) => at(makeReceipt({ consentId, timestamp: day(d) }), day(d)));
      await storage.insert(old);
      const first = await storage.byConsentId(consentId, { limit: 2 });
      expect(first.map((r) => r.id)).toEqual([old[0]!.id, old[1]!.id]);
      const before = at(makeReceipt({ consentId, timestamp: day(3) }), day(9));
      const after = at(makeReceipt({ consentId, timestamp: day(9) }), day(9));
      await storage.insert([before, after]);
      const rest = await storage.byConsentId(consentId, { limit: 10, after: first.at(-1)! });
      expect(rest.map((r) => r.id)).toEqual([old[2]!.id, old[3]!.id, after.id]);
    });

    it('keeps statistics equal to what its receipts say, through repeats, conflicts, concurrency and erasure', async () => {
      const receipts = workload(240, 40);
      const batches = Array.from({ length: 12 }, (_, i) => receipts.slice(i * 20, i * 20 + 20));
      await Promise.all(batches.map((batch) => storage.insert(batch)));
      const repeats = receipts.slice(0, 30);
      const forged = receipts.slice(30, 40).map((r) => ({ ...r, action: 'gpc' as const, revision: 9 }));
      await Promise.all([storage.insert(repeats), storage.insert(forged)]);
      const erased = [...new Set(receipts.slice(0, 60).map((r) => r.consentId))].slice(0, 6);
      for (const consentId of erased) await storage.deleteConsent(consentId);
      const kept = receipts.filter((r) => !erased.includes(r.consentId));
      expect(kept.length).toBeLessThan(receipts.length);
      const stats = await storage.stats({ from: '2026-11-24', to: '2026-11-26' });
      expect(stats).toEqual(statsOf(kept, '2026-11-24', '2026-11-26'));
      const stored = await readAll(
        storage,
        receipts.map((r) => r.consentId),
      );
      expect(stats).toEqual(statsOf(stored, '2026-11-24', '2026-11-26'));
      expect((await storage.stats({ from: '2026-11-25', to: '2026-11-25' })).actions).toEqual(
        statsOf(kept, '2026-11-25', '2026-11-25').actions,
      );
    });

    it('counts a consent id once per group when its receipts arrive at the same time', async () => {
      const consentId = randomUUID();
      const same = Array.from({ length: 12 }, () =>
        at(makeReceipt({ consentId, action: 'custom', revision: 4 })),
      );
      await Promise.all(same.map((r) => storage.insert([r])));
      const { actions } = await storage.stats({ from: '2026-11-26', to: '2026-11-26' });
      expect(actions).toEqual([{ day: '2026-11-26', revision: 4, action: 'custom', total: 12, consents: 1 }]);
      await storage.deleteConsent(consentId);
      expect(await storage.stats({ from: '2026-11-26', to: '2026-11-26' })).toEqual(
        statsOf([], '2026-11-26', '2026-11-26'),
      );
    });

    it.runIf(legacy !== undefined)(
      'fills the statistics from receipts stored before they existed, then keeps them',
      async () => {
        const receipts = workload(150, 30, 11);
        const migrated = await legacy!(receipts);
        try {
          expect(await migrated.stats({ from: '2026-11-24', to: '2026-11-26' })).toEqual(
            statsOf(receipts, '2026-11-24', '2026-11-26'),
          );
          const more = workload(20, 5, 12);
          await migrated.insert(more);
          const erased = receipts[0]!.consentId;
          await migrated.deleteConsent(erased);
          const kept = [...receipts, ...more].filter((r) => r.consentId !== erased);
          expect(await migrated.stats({ from: '2026-11-24', to: '2026-11-26' })).toEqual(
            statsOf(kept, '2026-11-24', '2026-11-26'),
          );
          const one = receipts[1]!.consentId;
          expect((await readAll(migrated, [one])).map((r) => r.id)).toEqual(
            kept
              .filter((r) => r.consentId === one)
              .sort(listOrder)
              .map((r) => r.id),
          );
        } finally {
          await migrated.close();
        }
      },
    );
  });
}
