import type pg from 'pg';

/**
 * The statements of one ledger table, parameterised. `t` goes into the text: it must be a checked
 * identifier (see `storageTable`).
 *
 * @param t - Table name.
 * @returns The SQL text of each statement.
 */
export function postgresSql(t: string) {
  const day = `to_char(received_at AT TIME ZONE 'UTC', 'YYYY-MM-DD')`;
  return {
    /** One statement for the whole batch: atomic, and concurrent inserts of one id wait for each other. */
    insert: `INSERT INTO ${t} (id, consent_id, received_at, decided_at, revision, action, body)
         SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::timestamptz[], $4::timestamptz[], $5::bigint[], $6::text[], $7::jsonb[])
         ON CONFLICT (id) DO NOTHING RETURNING id`,
    bodies: `SELECT id, body FROM ${t} WHERE id = ANY($1::uuid[])`,
    byConsent: `SELECT body, received_at FROM ${t} WHERE consent_id = $1 ORDER BY decided_at, received_at, id`,
    deleteConsent: `DELETE FROM ${t} WHERE consent_id = $1`,
    actionStats: `SELECT ${day} AS day, revision, action, count(*) AS total, count(DISTINCT consent_id) AS consents
         FROM ${t} WHERE received_at >= $1 AND received_at < $2
         GROUP BY 1, revision, action ORDER BY 1, revision, action COLLATE "C"`,
    categoryStats: `SELECT ${day} AS day, revision, c.key AS category,
                count(*) FILTER (WHERE c.value = 'true'::jsonb) AS granted,
                count(*) FILTER (WHERE c.value = 'false'::jsonb) AS denied
         FROM ${t}, jsonb_each(body -> 'categories') AS c
         WHERE received_at >= $1 AND received_at < $2
         GROUP BY 1, revision, c.key ORDER BY 1, revision, c.key COLLATE "C"`,
  };
}

/** The statements of one table, as {@link postgresSql} gives them. */
export type PostgresSql = ReturnType<typeof postgresSql>;

/**
 * Creates the table and its indexes when missing, in one transaction under an advisory lock, so
 * several ledger processes can start at once.
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
    await client.query(`CREATE INDEX IF NOT EXISTS ${t}_consent ON ${t} (consent_id, decided_at)`);
    await client.query(`CREATE INDEX IF NOT EXISTS ${t}_received ON ${t} (received_at)`);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  } finally {
    client.release();
  }
}
