import { canonicalReceiptJson } from '@assent/protocol';
import Database from 'better-sqlite3';
import { collectStats, compareWithStored, storageOptions, toStoredReceipt } from './storage-shared';
import type { InsertResult, LedgerStorage, StoredReceipt } from './types';

/** Options of {@link createSqliteStorage}. */
export interface SqliteStorageOptions {
  /** Table name, default `assent_receipts`. */
  readonly table?: string;
}

const tableOf = storageOptions();

/**
 * Creates receipt storage in a SQLite file (better-sqlite3, WAL mode, prepared statements, one
 * transaction per batch). The schema is created when missing.
 *
 * @param path - Database file path, or `':memory:'` for a throwaway database.
 * @param options - Table name.
 * @returns The storage.
 * @throws TypeError listing every wrong option: `Invalid storage options:\n- table: expected …`.
 * @example
 * const storage = createSqliteStorage('./assent-ledger.sqlite');
 */
export function createSqliteStorage(path: string, options: SqliteStorageOptions = {}): LedgerStorage {
  const t = tableOf(options);
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('busy_timeout = 5000');
  db.exec(`CREATE TABLE IF NOT EXISTS ${t} (
    id TEXT PRIMARY KEY,
    consent_id TEXT NOT NULL,
    received_at TEXT NOT NULL,
    decided_at TEXT NOT NULL,
    revision INTEGER NOT NULL,
    action TEXT NOT NULL,
    body TEXT NOT NULL
  ) WITHOUT ROWID;
  CREATE INDEX IF NOT EXISTS ${t}_consent ON ${t} (consent_id, decided_at);
  CREATE INDEX IF NOT EXISTS ${t}_received ON ${t} (received_at);`);

  const insertOne = db.prepare(
    `INSERT INTO ${t} (id, consent_id, received_at, decided_at, revision, action, body)
     VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING`,
  );
  const bodyOf = db.prepare(`SELECT body FROM ${t} WHERE id = ?`).pluck();
  const byConsent = db.prepare(
    `SELECT body, received_at FROM ${t} WHERE consent_id = ? ORDER BY decided_at, received_at, id`,
  );
  const deleteConsent = db.prepare(`DELETE FROM ${t} WHERE consent_id = ?`);
  const actionStats = db.prepare(
    `SELECT substr(received_at, 1, 10) AS day, revision, action, COUNT(*) AS total,
            COUNT(DISTINCT consent_id) AS consents
     FROM ${t} WHERE received_at >= ? AND received_at < ?
     GROUP BY day, revision, action ORDER BY day, revision, action`,
  );
  const categoryStats = db.prepare(
    `SELECT substr(r.received_at, 1, 10) AS day, r.revision AS revision, c.key AS category,
            SUM(c.type = 'true') AS granted, SUM(c.type = 'false') AS denied
     FROM ${t} AS r, json_each(r.body, '$.categories') AS c
     WHERE r.received_at >= ? AND r.received_at < ?
     GROUP BY day, r.revision, c.key ORDER BY day, r.revision, c.key`,
  );

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
      if (info.changes === 1) return { id: r.id, status: 'stored' };
      return compareWithStored(r, bodyOf.get(r.id) as string | undefined);
    }),
  );

  let closed = false;
  return {
    async insert(receipts) {
      return receipts.length === 0 ? [] : insertBatch(receipts);
    },
    async byConsentId(consentId) {
      const rows = byConsent.all(consentId) as { body: string; received_at: string }[];
      return rows.map((row) => toStoredReceipt(row.body, row.received_at));
    },
    async deleteConsent(consentId) {
      return deleteConsent.run(consentId).changes;
    },
    async stats(range) {
      return collectStats(range, async (start, end) => [
        actionStats.all(start, end) as Record<string, unknown>[],
        categoryStats.all(start, end) as Record<string, unknown>[],
      ]);
    },
    async close() {
      if (closed) return;
      closed = true;
      db.close();
    },
  };
}
