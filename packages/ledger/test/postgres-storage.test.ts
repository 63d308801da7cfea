// @vitest-environment node
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPostgresStorage } from '../src/postgres-storage';
import { startLedger } from '../src/start-ledger';
import { legacyPostgres } from './faults/reads-legacy-schema';
import { makeReceipt } from './fixtures';
import { endPool, findPgBin, PG_MISSING, type PgServer, startPgServer } from './pg-server';
import { describeStorageContract } from './storage-contract';
import { describeStorageValueContract } from './storage-contract-values';

const available = findPgBin() !== null;
if (!available && !process.env.CI)
  console.warn(`\n!!! SKIPPING PostgreSQL tests: ${PG_MISSING}. In CI (CI set) they fail instead. !!!\n`);

describe('PostgreSQL availability', () => {
  it.runIf(Boolean(process.env.CI))('PostgreSQL is installed (required when CI is set)', () => {
    expect(available, PG_MISSING).toBe(true);
  });
});

describe('PostgreSQL storage options', () => {
  it('are checked before any connection is made, every problem at once', () => {
    expect(() =>
      createPostgresStorage({ connectionString: '', max: 0, table: 'Receipts', ssl: true } as never),
    ).toThrow(
      new TypeError(
        [
          'Invalid storage options:',
          '- connectionString: expected a PostgreSQL connection string like "postgres://host/db", got ""',
          '- max: expected a whole number of connections above 0, got 0',
          '- table: expected a lowercase SQL identifier like "assent_receipts", got "Receipts"',
          '- ssl: unknown key (allowed: connectionString, max, pool, table)',
        ].join('\n'),
      ),
    );
  });
});

describe.skipIf(!available)('PostgreSQL', () => {
  let server: PgServer;
  let pool: pg.Pool;
  // An idle client that loses its connection makes the pool emit 'error'; unheard, that would be
  // an uncaught exception. Heard here, and checked by the last test.
  const poolErrors: Error[] = [];
  beforeAll(async () => {
    server = await startPgServer();
    pool = new pg.Pool({ connectionString: server.connectionString, max: 12 });
    pool.on('error', (error) => poolErrors.push(error));
  }, 90_000);
  afterAll(async () => {
    if (pool) await endPool(pool);
    await server?.stop();
  }, 30_000);

  // Each test gets its own table in the shared cluster, through a pool the test owns.
  describeStorageContract(
    'PostgreSQL (pool)',
    async () => createPostgresStorage({ pool, table: `t_${randomUUID().replace(/-/g, '_')}` }),
    (receipts) => legacyPostgres(pool)(receipts),
  );
  describeStorageValueContract('PostgreSQL (pool)', async () =>
    createPostgresStorage({ pool, table: `v_${randomUUID().replace(/-/g, '_')}` }),
  );

  it('works from a connection string and creates the schema once under concurrent first use', async () => {
    const table = `cs_${randomUUID().replace(/-/g, '_')}`;
    const a = createPostgresStorage({ connectionString: server.connectionString, table });
    const b = createPostgresStorage({ connectionString: server.connectionString, table });
    const r = makeReceipt();
    const results = await Promise.all([
      a.insert([{ ...r, receivedAt: '2026-11-26T20:32:00.000Z' }]),
      b.insert([{ ...r, receivedAt: '2026-11-26T20:32:01.000Z' }]),
    ]);
    expect(results.map((x) => x[0]!.status).sort()).toEqual(['duplicate', 'stored']);
    expect(await a.byConsentId(r.consentId)).toHaveLength(1);
    await a.close();
    await b.close();
  });

  it('over HTTP: concurrent duplicate deliveries keep one receipt, batches and 409 work', async () => {
    const storage = createPostgresStorage({ pool, table: `http_${randomUUID().replace(/-/g, '_')}` });
    const ledger = await startLedger({ storage, port: 0, rateLimit: false });
    const post = (body: unknown) =>
      fetch(`${ledger.url}/receipts`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
    try {
      const r = makeReceipt();
      const statuses = (await Promise.all(Array.from({ length: 25 }, () => post(r)))).map((x) => x.status);
      expect(statuses.filter((s) => s === 201)).toHaveLength(1);
      expect(statuses.filter((s) => s === 200)).toHaveLength(24);
      expect(await storage.byConsentId(r.consentId)).toHaveLength(1);
      expect((await post({ ...r, revision: 99 })).status).toBe(409);
      const batch = await post([makeReceipt(), r, { ...makeReceipt(), id: 'nope' }]);
      expect(batch.status).toBe(207);
      expect(await batch.json()).toMatchObject({ stored: 1, duplicates: 1, invalid: 1 });
    } finally {
      await ledger.close();
      await storage.close();
    }
  });

  it('stores the receipt as jsonb with indexed columns', async () => {
    const table = `cols_${randomUUID().replace(/-/g, '_')}`;
    const s = createPostgresStorage({ pool, table });
    const r = makeReceipt({ revision: 7, action: 'gpc', gpc: true });
    await s.insert([{ ...r, receivedAt: '2026-11-26T20:32:00.000Z' }]);
    const { rows } = await pool.query(
      `SELECT id, consent_id, revision, action, received_at, body FROM ${table}`,
    );
    expect(rows).toHaveLength(1);
    expect(rows[0].id).toBe(r.id);
    expect(rows[0].consent_id).toBe(r.consentId);
    expect(Number(rows[0].revision)).toBe(7);
    expect(rows[0].action).toBe('gpc');
    expect((rows[0].received_at as Date).toISOString()).toBe('2026-11-26T20:32:00.000Z');
    expect(rows[0].body).toEqual(JSON.parse(JSON.stringify(r)));
    await s.close();
  });

  it('lost no connection of the shared pool while the tests ran', () => {
    expect(poolErrors.map((e) => e.message)).toEqual([]);
  });
});
