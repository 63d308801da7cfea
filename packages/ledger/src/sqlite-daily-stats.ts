import type Database from 'better-sqlite3';
import { dailyTables } from './storage-shared';
import type { StoredReceipt } from './types';

/** The per-day aggregates of one SQLite receipt table; every method runs inside the caller's transaction. */
export interface SqliteDailyStats {
  /** Counts a receipt that was just stored. */
  add(receipt: StoredReceipt): void;
  /** Uncounts every receipt of a consent id; call before deleting them. */
  remove(consentId: string): void;
  /** Rows of `day, revision, action, total, consents` and of `day, revision, category, granted, denied`, sorted. */
  read(from: string, to: string): [Record<string, unknown>[], Record<string, unknown>[]];
}

/** A consent's receipts grouped by day, revision and action (`n`), then by category (`granted`, `denied`). */
function consentGroups(t: string) {
  return {
    actions: `SELECT substr(received_at, 1, 10) AS day, revision, action, COUNT(*) AS n
      FROM ${t} WHERE consent_id = ? GROUP BY 1, 2, 3`,
    categories: `SELECT substr(r.received_at, 1, 10) AS day, r.revision AS revision, c.key AS category,
        SUM(c.type = 'true') AS granted, SUM(c.type = 'false') AS denied
      FROM ${t} AS r, json_each(r.body, '$.categories') AS c WHERE r.consent_id = ? GROUP BY 1, 2, 3`,
  };
}

/**
 * Prepares the statements that keep a table's per-day aggregates (see `dailyTables` for the
 * policy): an insert counts its receipt in three upserts plus one per category; an erasure
 * subtracts the consent's groups; a read touches only aggregate rows of the asked days.
 *
 * @param db - The open database, schema migrated.
 * @param t - The receipt table (a checked identifier).
 * @returns The aggregate operations.
 */
export function createSqliteDailyStats(db: Database.Database, t: string): SqliteDailyStats {
  const d = dailyTables(t);
  const groups = consentGroups(t);
  const seeConsent = db.prepare(
    `INSERT INTO ${d.consents} (consent_id, day, revision, action) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING`,
  );
  const countAction = db.prepare(
    `INSERT INTO ${d.actions} (day, revision, action, total, consents) VALUES (?, ?, ?, 1, ?)
     ON CONFLICT (day, revision, action) DO UPDATE SET total = total + 1, consents = consents + excluded.consents`,
  );
  const countCategory = db.prepare(
    `INSERT INTO ${d.categories} (day, revision, category, granted, denied) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (day, revision, category) DO UPDATE
     SET granted = granted + excluded.granted, denied = denied + excluded.denied`,
  );
  const uncountActions = db.prepare(
    `UPDATE ${d.actions} AS a SET total = a.total - g.n, consents = a.consents - 1
     FROM (${groups.actions}) AS g WHERE a.day = g.day AND a.revision = g.revision AND a.action = g.action`,
  );
  const uncountCategories = db.prepare(
    `UPDATE ${d.categories} AS a SET granted = a.granted - g.granted, denied = a.denied - g.denied
     FROM (${groups.categories}) AS g
     WHERE a.day = g.day AND a.revision = g.revision AND a.category = g.category`,
  );
  const forgetConsent = db.prepare(`DELETE FROM ${d.consents} WHERE consent_id = ?`);
  const actions = db.prepare(
    `SELECT day, revision, action, total, consents FROM ${d.actions}
     WHERE day >= ? AND day <= ? AND total > 0 ORDER BY day, revision, action`,
  );
  const categories = db.prepare(
    `SELECT day, revision, category, granted, denied FROM ${d.categories}
     WHERE day >= ? AND day <= ? AND granted + denied > 0 ORDER BY day, revision, category`,
  );
  return {
    add(r) {
      const day = r.receivedAt.slice(0, 10);
      const fresh = seeConsent.run(r.consentId, day, r.revision, r.action).changes;
      countAction.run(day, r.revision, r.action, fresh);
      for (const [category, choice] of Object.entries(r.categories))
        countCategory.run(day, r.revision, category, choice === true ? 1 : 0, choice === false ? 1 : 0);
    },
    remove(consentId) {
      uncountActions.run(consentId);
      uncountCategories.run(consentId);
      forgetConsent.run(consentId);
    },
    read(from, to) {
      return [
        actions.all(from, to) as Record<string, unknown>[],
        categories.all(from, to) as Record<string, unknown>[],
      ];
    },
  };
}
