import type Database from 'better-sqlite3';
import { dailyTables } from './storage-shared';

/** The receipt table, its indexes, and the aggregate tables (created empty). */
function createTables(t: string): string {
  const d = dailyTables(t);
  return `CREATE TABLE IF NOT EXISTS ${t} (
    id TEXT PRIMARY KEY,
    consent_id TEXT NOT NULL,
    received_at TEXT NOT NULL,
    decided_at TEXT NOT NULL,
    revision INTEGER NOT NULL,
    action TEXT NOT NULL,
    body TEXT NOT NULL
  ) WITHOUT ROWID;
  CREATE INDEX IF NOT EXISTS ${t}_consent_order ON ${t} (consent_id, decided_at, received_at, id);
  DROP INDEX IF EXISTS ${t}_consent;
  CREATE INDEX IF NOT EXISTS ${t}_received ON ${t} (received_at);
  CREATE TABLE IF NOT EXISTS ${d.actions} (
    day TEXT NOT NULL,
    revision INTEGER NOT NULL,
    action TEXT NOT NULL,
    total INTEGER NOT NULL,
    consents INTEGER NOT NULL,
    PRIMARY KEY (day, revision, action)
  ) WITHOUT ROWID;
  CREATE TABLE IF NOT EXISTS ${d.categories} (
    day TEXT NOT NULL,
    revision INTEGER NOT NULL,
    category TEXT NOT NULL,
    granted INTEGER NOT NULL,
    denied INTEGER NOT NULL,
    PRIMARY KEY (day, revision, category)
  ) WITHOUT ROWID;
  CREATE TABLE IF NOT EXISTS ${d.consents} (
    consent_id TEXT NOT NULL,
    day TEXT NOT NULL,
    revision INTEGER NOT NULL,
    action TEXT NOT NULL,
    PRIMARY KEY (consent_id, day, revision, action)
  ) WITHOUT ROWID;`;
}

/** Fills the (empty) aggregate tables from the receipts: the statistics queries of old, without a range. */
function backfill(t: string): string {
  const d = dailyTables(t);
  return `INSERT INTO ${d.consents} (consent_id, day, revision, action)
    SELECT DISTINCT consent_id, substr(received_at, 1, 10), revision, action FROM ${t};
  INSERT INTO ${d.actions} (day, revision, action, total, consents)
    SELECT substr(received_at, 1, 10), revision, action, COUNT(*), COUNT(DISTINCT consent_id)
    FROM ${t} GROUP BY 1, 2, 3;
  INSERT INTO ${d.categories} (day, revision, category, granted, denied)
    SELECT substr(r.received_at, 1, 10), r.revision, c.key, SUM(c.type = 'true'), SUM(c.type = 'false')
    FROM ${t} AS r, json_each(r.body, '$.categories') AS c GROUP BY 1, 2, 3;`;
}

/**
 * Creates or migrates a ledger's SQLite schema, in one transaction: the receipt table and its
 * indexes (the consent index covers the list order, so a page is a range scan), and the per-day
 * aggregate tables (see `dailyTables`). When the aggregate tables are missing (a database from
 * before them, or a new one) they are created and filled from the receipts in the same
 * transaction: once, at open, before the storage serves anything.
 *
 * @param db - The open database.
 * @param t - The receipt table (a checked identifier).
 */
export function migrateSqliteSchema(db: Database.Database, t: string): void {
  const exists = db.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?`).pluck();
  db.transaction(() => {
    const fresh = exists.get(dailyTables(t).actions) === undefined;
    db.exec(createTables(t));
    if (fresh) db.exec(backfill(t));
  }).immediate();
}
