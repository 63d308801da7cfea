import { canonicalReceiptJson, when } from '@assent/protocol';
import type Database from 'better-sqlite3';
import { requirePeer } from './optional-peer';
import { createSqliteDailyStats } from './sqlite-daily-stats';
import { migrateSqliteSchema } from './sqlite-schema';
import { createBusyRetry } from './storage-busy';
import { collectStats, compareWithStored, storageOptions, toStoredReceipt } from './storage-shared';
import type { InsertResult, LedgerStorage, ReceiptPageRequest, StoredReceipt } from './types';

/** Options of {@link createSqliteStorage}. */
export interface SqliteStorageOptions {
  /** Table name, default `assent_receipts`. */
  readonly table?: string;
  /**
   * How long, in ms, a request waits for a write lock held by another connection before the
   * storage gives up with a `StorageBusyError` (the endpoints answer 503 with `Retry-After`).
   * Default 5000. The wait is asynchronous: the process keeps serving other requests meanwhile.
   */
  readonly busyTimeoutMs?: number;
}

const optionsOf = storageOptions({
  busyTimeoutMs: when(
    (v) => Number.isSafeInteger(v) && (v as number) >= 0 && (v as number) <= 60_000,
    'a whole number of milliseconds from 0 to 60000',
  ),
});

/** Whether better-sqlite3 refused because another connection holds a lock (any `SQLITE_BUSY*` code). */
const isBusy = (error: unknown): boolean =>
  (error as { name?: unknown }).name === 'SqliteError' &&
  String((error as { code?: unknown }).code).startsWith('SQLITE_BUSY');

/**
 * Creates receipt storage in a SQLite file (better-sqlite3, WAL mode, prepared statements, one
 * transaction per batch, per-day aggregates for the statistics). The schema is created when
 * missing and migrated when old (see `migrateSqliteSchema`), at open, waiting up to 5 s for a lock.
 *
 * better-sqlite3 is synchronous, so every query here is bounded by design: a page of receipts, the
 * aggregate rows of at most the asked days, one batch of inserts. A lock held elsewhere does not
 * freeze the process either: the database does not wait (`busy_timeout = 0`), the storage retries
 * asynchronously (see `createBusyRetry`) for `busyTimeoutMs`, then throws `StorageBusyError`.
 *
 * @param path - Database file path, or `':memory:'` for a throwaway database.
 * @param options - Table name, lock wait.
 * @returns The storage.
 * @throws TypeError listing every wrong option: `Invalid storage options:\n- table: expected …`.
 * @example
 * const storage = createSqliteStorage('./assent-ledger.sqlite');
 */
export function createSqliteStorage(path: string, options: SqliteStorageOptions = {}): LedgerStorage {
  const t = optionsOf(options);
  const db = new (requirePeer<typeof Database>('better-sqlite3', 'SQLite storage'))(path);
  db.pragma('busy_timeout = 5000');
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  migrateSqliteSchema(db, t);
  db.pragma('busy_timeout = 0');
  const run = createBusyRetry({ budgetMs: options.busyTimeoutMs ?? 5000, isBusy });
  const daily = createSqliteDailyStats(db, t);

  const insertOne = db.prepare(
    `INSERT INTO ${t} (id, consent_id, received_at, decided_at, revision, action, body)
     VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING`,
  );
  const bodyOf = db.prepare(`SELECT body FROM ${t} WHERE id = ?`).pluck();
  const order = 'ORDER BY decided_at, received_at, id LIMIT ?';
  const firstPage = db.prepare(`SELECT body, received_at FROM ${t} WHERE consent_id = ? ${order}`);
  const nextPage = db.prepare(
    `SELECT body, received_at FROM ${t}
     WHERE consent_id = ? AND (decided_at, received_at, id) > (?, ?, ?) ${order}`,
  );
  const deleteConsent = db.prepare(`DELETE FROM ${t} WHERE consent_id = ?`);

  const insertBatch = db.transaction((receipts: readonly StoredReceipt[]): InsertResult[] =>
    receipts.map((r) => {
      const info = insertOne.run(
        r.id,
        r.consentId,
        r.receivedAt,
        r.timestamp,
        r.revision,
        r.action,
        canonicalReceiptJson(r),
      );
      if (info.changes === 1) {
        daily.add(r);
        return { id: r.id, status: 'stored' };
      }
      return compareWithStored(r, bodyOf.get(r.id) as string | undefined);
    }),
  );
  const readStats = db.transaction(daily.read);
  const erase = db.transaction((consentId: string): number => {
    daily.remove(consentId);
    return deleteConsent.run(consentId).changes;
  });
  const page = (consentId: string, request: ReceiptPageRequest | undefined) => {
    const limit = request?.limit ?? -1; // SQLite: a negative limit is none
    const after = request?.after;
    const rows = after
      ? nextPage.all(consentId, after.timestamp, after.receivedAt, after.id, limit)
      : firstPage.all(consentId, limit);
    return rows as { body: string; received_at: string }[];
  };

  let closed = false;
  return {
    async insert(receipts) {
      // IMMEDIATE: take the write lock first, so a busy database refuses before any work is done.
      return receipts.length === 0 ? [] : run(() => insertBatch.immediate(receipts));
    },
    async byConsentId(consentId, request) {
      const rows = await run(() => page(consentId, request));
      return rows.map((row) => toStoredReceipt(row.body, row.received_at));
    },
    async deleteConsent(consentId) {
      return run(() => erase.immediate(consentId));
    },
    async stats(range) {
      return collectStats(range, async (from, to) => run(() => readStats(from, to)));
    },
    async close() {
      if (closed) return;
      closed = true;
      db.close();
    },
  };
}
