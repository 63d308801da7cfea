import type pg from 'pg';
import { dailyTables } from './storage-shared';

/** The UTC day (`YYYY-MM-DD`) of a timestamptz column. */
const dayOf = (column: string) => `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD') COLLATE "C"`;

/** Granted and denied counts of the `c` rows of `jsonb_each(body -> 'categories')`, times `sign`. */
const choices = (sign: '' | '-') =>
  `${sign}count(*) FILTER (WHERE c.value = 'true'::jsonb), ${sign}count(*) FILTER (WHERE c.value = 'false'::jsonb)`;

/** Adds rows of `(day, revision, action, total, consents)` to the action aggregate, in key order. */
const addActions = (
  table: string,
  select: string,
) => `INSERT INTO ${table} AS a (day, revision, action, total, consents)
  ${select} ORDER BY 1, 2, 3
  ON CONFLICT (day, revision, action)
  DO UPDATE SET total = a.total + excluded.total, consents = a.consents + excluded.consents`;

/** Adds rows of `(day, revision, category, granted, denied)` to the category aggregate, in key order. */
const addCategories = (
  table: string,
  select: string,
) => `INSERT INTO ${table} AS a (day, revision, category, granted, denied)
  ${select} ORDER BY 1, 2, 3
  ON CONFLICT (day, revision, category)
  DO UPDATE SET granted = a.granted + excluded.granted, denied = a.denied + excluded.denied`;

/**
 * The trigger functions that keep the aggregates: statement-level, over the transition table of
 * the rows a statement inserted (`stored`) or deleted (`gone`). Each takes its locks in one order
 * (consent rows, then action rows, then category rows, each in key order), so concurrent writers
 * wait for each other instead of deadlocking. They keep the `search_path` they were created with,
 * so a writer whose session looks elsewhere still counts into these tables.
 */
function triggerFunctions(t: string): string[] {
  const d = dailyTables(t);
  const count = `WITH fresh AS (
      INSERT INTO ${d.consents} (consent_id, day, revision, action)
      SELECT DISTINCT consent_id, ${dayOf('received_at')}, revision, action FROM stored ORDER BY 1, 2, 3, 4
      ON CONFLICT DO NOTHING RETURNING day, revision, action)
    ${addActions(
      d.actions,
      `SELECT s.day, s.revision, s.action, s.n, coalesce(f.n, 0)
      FROM (SELECT ${dayOf('received_at')} AS day, revision, action, count(*) AS n FROM stored GROUP BY 1, 2, 3) AS s
      LEFT JOIN (SELECT day, revision, action, count(*) AS n FROM fresh GROUP BY 1, 2, 3) AS f
      USING (day, revision, action)`,
    )};
    ${addCategories(
      d.categories,
      `SELECT ${dayOf('received_at')}, revision, c.key, ${choices('')}
      FROM stored, jsonb_each(stored.body -> 'categories') AS c GROUP BY 1, 2, 3`,
    )};`;
  // A consent id leaves a group when none of its receipts in the group is left.
  const uncount = `WITH lost AS (
      DELETE FROM ${d.consents} AS k
      USING (SELECT DISTINCT consent_id, ${dayOf('received_at')} AS day, revision, action FROM gone) AS g
      WHERE (k.consent_id, k.day, k.revision, k.action) = (g.consent_id, g.day, g.revision, g.action)
        AND NOT EXISTS (SELECT 1 FROM ${t} AS r WHERE r.consent_id = g.consent_id AND r.revision = g.revision
          AND r.action = g.action AND ${dayOf('r.received_at')} = g.day)
      RETURNING k.day, k.revision, k.action)
    ${addActions(
      d.actions,
      `SELECT s.day, s.revision, s.action, -s.n, -coalesce(f.n, 0)
      FROM (SELECT ${dayOf('received_at')} AS day, revision, action, count(*) AS n FROM gone GROUP BY 1, 2, 3) AS s
      LEFT JOIN (SELECT day, revision, action, count(*) AS n FROM lost GROUP BY 1, 2, 3) AS f
      USING (day, revision, action)`,
    )};
    ${addCategories(
      d.categories,
      `SELECT ${dayOf('received_at')}, revision, c.key, ${choices('-')}
      FROM gone, jsonb_each(gone.body -> 'categories') AS c GROUP BY 1, 2, 3`,
    )};`;
  const fn = (name: string, body: string) => `CREATE OR REPLACE FUNCTION ${name}() RETURNS trigger
    LANGUAGE plpgsql SET search_path FROM CURRENT AS $fn$ BEGIN ${body} RETURN NULL; END $fn$`;
  return [fn(`${t}_daily_count`, count), fn(`${t}_daily_uncount`, uncount)];
}

/** The aggregate tables (see `dailyTables`), their triggers on `t`, and the backfill from `t`'s rows. */
function dailySchema(t: string): { tables: string[]; triggers: string[]; backfill: string[] } {
  const d = dailyTables(t);
  const day = `day text COLLATE "C" NOT NULL, revision bigint NOT NULL`;
  return {
    tables: [
      `CREATE TABLE IF NOT EXISTS ${d.actions} (${day}, action text NOT NULL, total bigint NOT NULL,
        consents bigint NOT NULL, PRIMARY KEY (day, revision, action))`,
      `CREATE TABLE IF NOT EXISTS ${d.categories} (${day}, category text NOT NULL, granted bigint NOT NULL,
        denied bigint NOT NULL, PRIMARY KEY (day, revision, category))`,
      `CREATE TABLE IF NOT EXISTS ${d.consents} (consent_id uuid NOT NULL, ${day}, action text NOT NULL,
        PRIMARY KEY (consent_id, day, revision, action))`,
    ],
    triggers: [
      `CREATE TRIGGER ${t}_daily_count AFTER INSERT ON ${t} REFERENCING NEW TABLE AS stored
        FOR EACH STATEMENT EXECUTE FUNCTION ${t}_daily_count()`,
      `CREATE TRIGGER ${t}_daily_uncount AFTER DELETE ON ${t} REFERENCING OLD TABLE AS gone
        FOR EACH STATEMENT EXECUTE FUNCTION ${t}_daily_uncount()`,
    ],
    backfill: [
      `INSERT INTO ${d.consents} (consent_id, day, revision, action)
        SELECT DISTINCT consent_id, ${dayOf('received_at')}, revision, action FROM ${t}`,
      `INSERT INTO ${d.actions} (day, revision, action, total, consents)
        SELECT ${dayOf('received_at')}, revision, action, count(*), count(DISTINCT consent_id) FROM ${t} GROUP BY 1, 2, 3`,
      `INSERT INTO ${d.categories} (day, revision, category, granted, denied)
        SELECT ${dayOf('received_at')}, revision, c.key, ${choices('')}
        FROM ${t}, jsonb_each(body -> 'categories') AS c GROUP BY 1, 2, 3`,
    ],
  };
}

/**
 * Creates or migrates the per-day aggregates of `t` (policy: see `dailyTables`). In PostgreSQL the
 * database keeps them itself, with statement-level triggers on `t`, so every writer counts: a
 * ledger of an older version still running during a rolling upgrade, or an import in plain SQL.
 * When the tables are missing they are created with their triggers and filled from the receipts;
 * creating a trigger locks `t` against writes until the caller commits, so no receipt is stored
 * between the fill and the first counted insert. Run inside the schema transaction, under its lock.
 *
 * @param client - A client inside the schema transaction.
 * @param t - The receipt table (a checked identifier).
 */
export async function migratePostgresDaily(client: pg.PoolClient, t: string): Promise<void> {
  const schema = dailySchema(t);
  const { rows } = await client.query<{ fresh: boolean }>('SELECT to_regclass($1) IS NULL AS fresh', [
    dailyTables(t).actions,
  ]);
  for (const statement of triggerFunctions(t)) await client.query(statement);
  if (!rows[0]?.fresh) return;
  for (const statement of [...schema.tables, ...schema.triggers, ...schema.backfill])
    await client.query(statement);
}

/**
 * The statistics reads: aggregate rows of the inclusive days `$1` to `$2`, sorted. At most one row
 * per day, revision and action (or category), however many receipts there are.
 *
 * @param t - The receipt table (a checked identifier).
 * @returns The two statements.
 */
export function postgresDailyReads(t: string) {
  const d = dailyTables(t);
  return {
    actionStats: `SELECT day, revision, action, total, consents FROM ${d.actions}
      WHERE day >= $1 AND day <= $2 AND total > 0 ORDER BY day, revision, action COLLATE "C"`,
    categoryStats: `SELECT day, revision, category, granted, denied FROM ${d.categories}
      WHERE day >= $1 AND day <= $2 AND granted + denied > 0 ORDER BY day, revision, category COLLATE "C"`,
  };
}
