import { canonicalReceiptJson, isRecord, matches, when } from '@assent/protocol';
import type pg from 'pg';
import { requirePeer } from './optional-peer';
import { createPostgresSchema, type PostgresSql, postgresSql } from './postgres-sql';
import { collectStats, compareWithStored, storageOptions, toStoredReceipt } from './storage-shared';
import type { InsertResult, LedgerStorage, StoredReceipt } from './types';

/**
 * What the storage needs of a pool you pass: a `pg.Pool` has it. Declared here so the ledger's
 * types do not need `pg`'s (it is an optional peer).
 */
export interface PostgresPool {
  query(text: string, values?: unknown[]): Promise<{ rows: unknown[] }>;
  connect(): Promise<{
    query(text: string, values?: unknown[]): Promise<{ rows: unknown[] }>;
    release(): void;
  }>;
  end(): Promise<void>;
}

/**
 * Options of {@link createPostgresStorage}: a connection string (a pool is created and owned; needs
 * the `pg` package installed) or your own pool.
 */
export type PostgresStorageOptions = (
  | { readonly connectionString: string; readonly max?: number }
  | { readonly pool: PostgresPool }
) & {
  /** Table name, default `assent_receipts`. */
  readonly table?: string;
};

/** The options: each besides `table` has its rule here. */
const tableOf = storageOptions({
  connectionString: matches(/\S/, 'a PostgreSQL connection string like "postgres://host/db"'),
  max: when((v) => Number.isSafeInteger(v) && (v as number) > 0, 'a whole number of connections above 0'),
  pool: when((v) => isRecord(v) && typeof v.connect === 'function', 'a pg.Pool'),
});

/**
 * Inserts a batch in one statement, then tells new receipts from repeated and conflicting ones.
 * Within one batch, the first identical copy of a freshly inserted id counts as stored.
 *
 * @param pool - The pool.
 * @param sql - The table's statements.
 * @param receipts - The receipts, at least one.
 * @returns One result per receipt, in input order.
 */
async function insertBatch(pool: pg.Pool, sql: PostgresSql, receipts: readonly StoredReceipt[]) {
  const inserted = await pool.query<{ id: string }>(sql.insert, [
    receipts.map((r) => r.id),
    receipts.map((r) => r.consentId),
    receipts.map((r) => r.receivedAt),
    receipts.map((r) => r.timestamp),
    receipts.map((r) => r.revision),
    receipts.map((r) => r.action),
    receipts.map((r) => canonicalReceiptJson(r)),
  ]);
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
  const stored = await pool.query<{ id: string; body: object }>(sql.bodies, [open]);
  const bodies = new Map(stored.rows.map((row) => [row.id, row.body]));
  const claimed = new Set<string>();
  return receipts.map((r, i): InsertResult => {
    const known = results[i];
    if (known) return known;
    const result = compareWithStored(r, bodies.get(r.id));
    if (result.status === 'duplicate' && fresh.has(r.id) && !claimed.has(r.id)) {
      claimed.add(r.id);
      return { id: r.id, status: 'stored' };
    }
    return result;
  });
}

/**
 * Creates receipt storage in PostgreSQL (pg Pool, parameterised queries). The table, indexes and
 * per-day aggregates (kept by triggers, read by `stats`) are created or migrated on first use,
 * under an advisory lock so several ledger processes can start at once.
 *
 * @param options - Connection string or pool, and table name.
 * @returns The storage.
 * @throws TypeError listing every wrong option: `Invalid storage options:\n- table: expected …`.
 * @example
 * const storage = createPostgresStorage({ connectionString: process.env.DATABASE_URL! });
 */
export function createPostgresStorage(options: PostgresStorageOptions): LedgerStorage {
  const t = tableOf(options);
  const sql = postgresSql(t);
  const ownPool = !('pool' in options);
  // A pool you pass is used through PostgresPool's methods; the storage's own queries are typed with pg's.
  const pool: pg.Pool =
    'pool' in options
      ? (options.pool as unknown as pg.Pool)
      : new (requirePeer<typeof pg>('pg', 'PostgreSQL storage').Pool)({
          connectionString: options.connectionString,
          max: options.max ?? 10,
        });
  // An idle client that loses its connection emits 'error'; without a listener that would crash the process.
  if (ownPool) pool.on('error', () => {});

  let ready: Promise<void> | undefined;
  const schema = (): Promise<void> => {
    ready ??= createPostgresSchema(pool, t).catch((error: unknown) => {
      ready = undefined; // the next call tries again
      throw error;
    });
    return ready;
  };

  let closed = false;
  return {
    async insert(receipts) {
      if (receipts.length === 0) return [];
      await schema();
      return insertBatch(pool, sql, receipts);
    },
    async byConsentId(consentId, page) {
      await schema();
      const after = page?.after;
      const { rows } = await pool.query<{ body: object; received_at: Date }>(
        after ? sql.nextPage : sql.firstPage,
        after
          ? [consentId, page.limit, after.timestamp, after.receivedAt, after.id]
          : [consentId, page?.limit ?? null],
      );
      return rows.map((row) => toStoredReceipt(row.body, row.received_at));
    },
    async deleteConsent(consentId) {
      await schema();
      const result = await pool.query(sql.deleteConsent, [consentId]);
      return result.rowCount ?? 0;
    },
    async stats(range) {
      await schema();
      return collectStats(range, async (from, to) => {
        const actions = await pool.query<Record<string, unknown>>(sql.actionStats, [from, to]);
        const categories = await pool.query<Record<string, unknown>>(sql.categoryStats, [from, to]);
        return [actions.rows, categories.rows];
      });
    },
    async close() {
      if (closed) return;
      closed = true;
      if (ownPool) await pool.end();
    },
  };
}
