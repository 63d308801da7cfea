import pg from 'pg';
import {
  compareWithStored,
  DEFAULT_TABLE,
  dayBounds,
  safeTableName,
  toStoredReceipt,
} from './storage-shared';
import type { InsertResult, LedgerStorage, ReceiptAction } from './types';
import { canonicalReceiptJson } from './validate-receipt';

/** Options of {@link createPostgresStorage}: a connection string (a pool is created and owned) or your own pool. */
export type PostgresStorageOptions = (
  | { readonly connectionString: string; readonly max?: number }
  | { readonly pool: pg.Pool }
) & {
  /** Table name, default `assent_receipts`. */
  readonly table?: string;
};

/**
 * Creates receipt storage in PostgreSQL (pg Pool, parameterised queries). The table and indexes
 * are created on first use, under an advisory lock so several ledger processes can start at once.
 *
 * @param options - Connection string or pool, and table name.
 * @returns The storage.
 * @example
 * const storage = createPostgresStorage({ connectionString: process.env.DATABASE_URL! });
 */
export function createPostgresStorage(options: PostgresStorageOptions): LedgerStorage {
  const t = safeTableName(options.table ?? DEFAULT_TABLE);
  const ownPool = !('pool' in options);
  const pool =
    'pool' in options
      ? options.pool
      : new pg.Pool({ connectionString: options.connectionString, max: options.max ?? 10 });
  // An idle client that loses its connection emits 'error'; without a listener that would crash the process.
  if (ownPool) pool.on('error', () => {});

  let ready: Promise<void> | undefined;
  const schema = (): Promise<void> => {
    ready ??= (async () => {
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
        ready = undefined;
        throw error;
      } finally {
        client.release();
      }
    })();
    return ready;
  };

  let closed = false;
  return {
    async insert(receipts) {
      if (receipts.length === 0) return [];
      await schema();
      // One statement for the whole batch: atomic, and concurrent inserts of one id wait for each other.
      const inserted = await pool.query<{ id: string }>(
        `INSERT INTO ${t} (id, consent_id, received_at, decided_at, revision, action, body)
         SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::timestamptz[], $4::timestamptz[], $5::bigint[], $6::text[], $7::jsonb[])
         ON CONFLICT (id) DO NOTHING RETURNING id`,
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
      const fresh = new Set(inserted.rows.map((row) => row.id));
      const seen = new Set<string>();
      const results: (InsertResult | undefined)[] = receipts.map((r) => {
        const first = !seen.has(r.id);
        seen.add(r.id);
        return first && fresh.has(r.id) && receipts.filter((x) => x.id === r.id).length === 1
          ? { id: r.id, status: 'stored' }
          : undefined;
      });
      const open = receipts.filter((_, i) => results[i] === undefined).map((r) => r.id);
      if (open.length === 0) return results as InsertResult[];
      const stored = await pool.query<{ id: string; body: object }>(
        `SELECT id, body FROM ${t} WHERE id = ANY($1::uuid[])`,
        [open],
      );
      const bodies = new Map(stored.rows.map((row) => [row.id, row.body]));
      const claimed = new Set<string>();
      return receipts.map((r, i) => {
        const known = results[i];
        if (known) return known;
        const result = compareWithStored(r, bodies.get(r.id));
        // Within one batch, the first identical copy of a freshly inserted id counts as stored.
        if (result.status === 'duplicate' && fresh.has(r.id) && !claimed.has(r.id)) {
          claimed.add(r.id);
          return { id: r.id, status: 'stored' };
        }
        return result;
      });
    },
    async byConsentId(consentId) {
      await schema();
      const { rows } = await pool.query<{ body: object; received_at: Date }>(
        `SELECT body, received_at FROM ${t} WHERE consent_id = $1 ORDER BY decided_at, received_at, id`,
        [consentId],
      );
      return rows.map((row) => toStoredReceipt(row.body, row.received_at));
    },
    async deleteConsent(consentId) {
      await schema();
      const result = await pool.query(`DELETE FROM ${t} WHERE consent_id = $1`, [consentId]);
      return result.rowCount ?? 0;
    },
    async stats({ from, to }) {
      await schema();
      const { start, end } = dayBounds(from, to);
      const day = `to_char(received_at AT TIME ZONE 'UTC', 'YYYY-MM-DD')`;
      const actions = await pool.query<Record<string, string>>(
        `SELECT ${day} AS day, revision, action, count(*) AS total, count(DISTINCT consent_id) AS consents
         FROM ${t} WHERE received_at >= $1 AND received_at < $2
         GROUP BY 1, revision, action ORDER BY 1, revision, action COLLATE "C"`,
        [start, end],
      );
      const categories = await pool.query<Record<string, string>>(
        `SELECT ${day} AS day, revision, c.key AS category,
                count(*) FILTER (WHERE c.value = 'true'::jsonb) AS granted,
                count(*) FILTER (WHERE c.value = 'false'::jsonb) AS denied
         FROM ${t}, jsonb_each(body -> 'categories') AS c
         WHERE received_at >= $1 AND received_at < $2
         GROUP BY 1, revision, c.key ORDER BY 1, revision, c.key COLLATE "C"`,
        [start, end],
      );
      return {
        from,
        to,
        actions: actions.rows.map((row) => ({
          day: row.day!,
          revision: Number(row.revision),
          action: row.action as ReceiptAction,
          total: Number(row.total),
          consents: Number(row.consents),
        })),
        categories: categories.rows.map((row) => ({
          day: row.day!,
          revision: Number(row.revision),
          category: row.category!,
          granted: Number(row.granted),
          denied: Number(row.denied),
        })),
      };
    },
    async close() {
      if (closed) return;
      closed = true;
      if (ownPool) await pool.end();
    },
  };
}
