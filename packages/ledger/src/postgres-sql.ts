import type pg from 'pg';
import { migratePostgresDaily, postgresDailyReads } from './postgres-daily-stats';

/**
 * The statements of one ledger table, parameterised. `t` goes into the text: it must be a checked
 * identifier (see `storageTable`).
 *
 * @param t - Table name.
 * @returns The SQL text of each statement.
 */
export function postgresSql(t: string) {
  const order = 'ORDER BY decided_at, received_at, id LIMIT $2';
  return {
    /** One statement for the whole batch: atomic, and concurrent inserts of one id wait for each other. */
    insert: `INSERT INTO ${t} (id, consent_id, received_at, decided_at, revision, action, body)
         SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::timestamptz[], $4::timestamptz[], $5::bigint[], $6::text[], $7::jsonb[])
         ON CONFLICT (id) DO NOTHING RETURNING id`,
    bodies: `SELECT id, body FROM ${t} WHERE id = ANY($1::uuid[])`,
    /** A page of one consent's receipts (`$2`: limit, null for all); `nextPage` starts after `$3, $4, $5`. */
    firstPage: `SELECT body, received_at FROM ${t} WHERE consent_id = $1 ${order}`,
    nextPage: `SELECT body, received_at FROM ${t}
         WHERE consent_id = $1 AND (decided_at, received_at, id) > ($3::timestamptz, $4::timestamptz, $5::uuid) ${order}`,
    deleteConsent: `DELETE FROM ${t} WHERE consent_id = $1`,
    ...postgresDailyReads(t),
  };
}

/** The statements of one table, as {@link postgresSql} gives them. */
export type PostgresSql = ReturnType<typeof postgresSql>;

/**
 * Creates the table and its indexes when missing, and the per-day aggregates (or migrates an older
 * schema: see `migratePostgresDaily`), in one transaction under an advisory lock, so several ledger
 * processes can start at once.
 *
 * @param pool - The pool.
 * @param t - Table name (a checked identifier).
 */
export async function createPostgresSchema(pool: pg.Pool, t: string): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`assent-ledger:${t}`]);
    await client.query(`CREATE TABLE IF NOT EXISTS ${t} (
          id uuid PRIMARY KEY,
          consent_id uuid NOT NULL,
          received_at timestamptz NOT NULL,
          decided_at timestamptz NOT NULL,
          revision bigint NOT NULL,
          action text NOT NULL,
          body jsonb NOT NULL
        )`);
    // The consent index covers the list order, so a page is a range scan (it replaces `${t}_consent`).
    await client.query(
      `CREATE INDEX IF NOT EXISTS ${t}_consent_order ON ${t} (consent_id, decided_at, received_at, id)`,
    );
    await client.query(`DROP INDEX IF EXISTS ${t}_consent`);
    await client.query(`CREATE INDEX IF NOT EXISTS ${t}_received ON ${t} (received_at)`);
    await migratePostgresDaily(client, t);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  } finally {
    client.release();
  }
}
