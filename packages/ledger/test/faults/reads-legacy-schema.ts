// Databases as a ledger from before the per-day aggregates left them: the old schema, no aggregate
// tables. The storage contract's migration test opens the current storage on them.
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { canonicalReceiptJson } from '@assent/protocol';
import Database from 'better-sqlite3';
import type pg from 'pg';
import { createPostgresStorage } from '../../src/postgres-storage';
import { createSqliteStorage } from '../../src/sqlite-storage';
import type { LedgerStorage, StoredReceipt } from '../../src/types';

/** The SQLite schema before the aggregates (table `t`). */
export const LEGACY_SQLITE_SCHEMA = (t: string) => `CREATE TABLE IF NOT EXISTS ${t} (
    id TEXT PRIMARY KEY, consent_id TEXT NOT NULL, received_at TEXT NOT NULL, decided_at TEXT NOT NULL,
    revision INTEGER NOT NULL, action TEXT NOT NULL, body TEXT NOT NULL
  ) WITHOUT ROWID;
  CREATE INDEX IF NOT EXISTS ${t}_consent ON ${t} (consent_id, decided_at);
  CREATE INDEX IF NOT EXISTS ${t}_received ON ${t} (received_at);`;

/**
 * Writes `receipts` into a new SQLite file (in a temp dir, removed when the storage closes) with the
 * old schema, then opens the storage on it.
 */
export async function legacySqlite(receipts: readonly StoredReceipt[]): Promise<LedgerStorage> {
  const dir = mkdtempSync(join(tmpdir(), 'assent-legacy-'));
  const path = join(dir, 'ledger.sqlite');
  const db = new Database(path);
  db.exec(LEGACY_SQLITE_SCHEMA('assent_receipts'));
  const insert = db.prepare('INSERT INTO assent_receipts VALUES (?, ?, ?, ?, ?, ?, ?)');
  db.transaction(() => {
    for (const r of receipts)
      insert.run(r.id, r.consentId, r.receivedAt, r.timestamp, r.revision, r.action, canonicalReceiptJson(r));
  })();
  db.close();
  const storage = createSqliteStorage(path);
  return {
    ...storage,
    async close() {
      await storage.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Writes receipts into a new table with the old PostgreSQL schema, then opens the storage on it. */
export const legacyPostgres = (pool: pg.Pool) => async (receipts: readonly StoredReceipt[]) => {
  const t = `l_${randomUUID().replace(/-/g, '_')}`;
  await pool.query(`CREATE TABLE ${t} (id uuid PRIMARY KEY, consent_id uuid NOT NULL,
    received_at timestamptz NOT NULL, decided_at timestamptz NOT NULL, revision bigint NOT NULL,
    action text NOT NULL, body jsonb NOT NULL)`);
  await pool.query(`CREATE INDEX ${t}_consent ON ${t} (consent_id, decided_at)`);
  await pool.query(`CREATE INDEX ${t}_received ON ${t} (received_at)`);
  await pool.query(
    `INSERT INTO ${t} SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::timestamptz[], $4::timestamptz[],
      $5::bigint[], $6::text[], $7::jsonb[])`,
    [
      receipts.map((r) => r.id),
      receipts.map((r) => r.consentId),
      receipts.map((r) => r.receivedAt),
      receipts.map((r) => r.timestamp),
      receipts.map((r) => r.revision),
      receipts.map((r) => r.action),
      receipts.map((r) => canonicalReceiptJson(r)),
    ],
  );
  return createPostgresStorage({ pool, table: t });
};

/**
 * Fills a new SQLite file at `path`, old schema, with `n` receipts in one statement (100,000 in
 * about 1–2 s): received evenly over the 366 days from 2025-11-30, two per consent id, 3 revisions,
 * 5 actions, 3 categories.
 */
export function fillLegacySqlite(path: string, n: number): void {
  const step = Math.floor((366 * 86_400) / n);
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.exec(LEGACY_SQLITE_SCHEMA('assent_receipts'));
  db.exec(`WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < ${n - 1}),
    r AS (SELECT i, lower(hex(randomblob(4))) || printf('-0000-4000-8000-%012x', i) AS id,
      printf('%08x-0000-4000-9000-%012x', i / 2, i / 2) AS consent_id,
      strftime('%Y-%m-%dT%H:%M:%fZ', '2025-11-30', printf('+%d seconds', i * ${step})) AS at,
      1 + i % 3 AS revision,
      CASE i % 5 WHEN 0 THEN 'accept-all' WHEN 1 THEN 'reject-all' WHEN 2 THEN 'custom'
        WHEN 3 THEN 'reset' ELSE 'gpc' END AS action
      FROM n)
    INSERT INTO assent_receipts SELECT id, consent_id, at, at, revision, action,
      json_object('id', id, 'consentId', consent_id, 'timestamp', at, 'revision', revision, 'mode', 'opt-in',
        'region', 'DE', 'categories', json_object('advertising', json(iif(i % 3 = 0, 'true', 'false')),
          'analytics', json(iif(i % 2 = 0, 'true', 'false')), 'essential', json('true')),
        'action', action, 'source', 'banner', 'gpc', json('false'), 'language', 'de-DE',
        'textHash', '${'ab'.repeat(32)}', 'url', 'https://www.example.com/p?ref=bench', 'sdkVersion', '0.1.0')
    FROM r`);
  db.close();
}
