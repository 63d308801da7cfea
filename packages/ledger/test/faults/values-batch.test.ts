// @vitest-environment node
// Fault: a receipt validation accepted but PostgreSQL could not store (a NUL or a lone surrogate in
// the url, year 0000) got 500 on every retry and took its whole batch down with it, while SQLite
// stored the batch. Now validation refuses it (400 for that receipt, naming the field), on both
// backends alike, and the rest of the batch is stored.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPostgresStorage } from '../../src/postgres-storage';
import { createSqliteStorage } from '../../src/sqlite-storage';
import type { LedgerStorage } from '../../src/types';
import { makeReceipt } from '../fixtures';
import { postReceipts, startTestLedger } from '../http-helpers';
import { findPgBin, type PgServer, startPgServer } from '../pg-server';

const pgAvailable = findPgBin() !== null;
let pgServer: PgServer | undefined;
beforeAll(async () => {
  if (pgAvailable) pgServer = await startPgServer();
}, 90_000);
afterAll(() => pgServer?.stop(), 30_000);

const backends: [string, () => LedgerStorage][] = [
  ['SQLite', () => createSqliteStorage(':memory:')],
  [
    'PostgreSQL',
    () =>
      createPostgresStorage({
        connectionString: pgServer!.connectionString,
        table: `v_${randomUUID().replace(/-/g, '_')}`,
      }),
  ],
];

const STORABLE = 'expected text without NUL characters or unpaired surrogates, got';
const bad: [string, string, string, string][] = [
  [
    'a NUL in the url',
    'url',
    'https://shop.example/a\u0000b',
    `${STORABLE} "https://shop.example/a\\u0000b"`,
  ],
  [
    'a lone surrogate in the url',
    'url',
    'https://shop.example/\ud800',
    `${STORABLE} "https://shop.example/\\ud800"`,
  ],
  [
    'a timestamp in year 0000',
    'timestamp',
    '0000-01-01T00:00:00.000Z',
    'expected an ISO 8601 UTC timestamp with milliseconds, year 0001 to 9999, like "2026-11-26T20:31:56.123Z", got "0000-01-01T00:00:00.000Z"',
  ],
];

describe.each(backends)('%s: one receipt no backend can store, among good ones', (name, open) => {
  const run = name === 'SQLite' || pgAvailable ? it : it.skip;

  run.each(bad)(
    '%s: the 10 good ones are stored, it gets 400 naming the field, retries are no 5xx',
    async (_what, field, value, error) => {
      const ledger = await startTestLedger({ storage: open() });
      try {
        const good = Array.from({ length: 10 }, () => makeReceipt());
        const poison = makeReceipt({ [field]: value });
        const batch = [...good.slice(0, 4), poison, ...good.slice(4)];

        const first = await postReceipts(ledger.url, batch);
        expect(first.status).toBe(207);
        const body = await first.json();
        expect(body).toMatchObject({ stored: 10, duplicates: 0, conflicts: 0, invalid: 1 });
        expect(body.results[4]).toEqual({ index: 4, id: poison.id, status: 'invalid', field, error });

        const retry = await postReceipts(ledger.url, batch);
        expect(retry.status).toBe(207);
        expect(await retry.json()).toMatchObject({ stored: 0, duplicates: 10, invalid: 1 });

        const single = await postReceipts(ledger.url, poison);
        expect(single.status).toBe(400);
        expect(await single.json()).toEqual({ error: `invalid receipt: field "${field}": ${error}`, field });

        for (const r of good) expect(await ledger.storage.byConsentId(r.consentId)).toHaveLength(1);
        expect(await ledger.storage.byConsentId(poison.consentId)).toEqual([]);
      } finally {
        await ledger.close();
      }
    },
  );
});

describe.skipIf(!pgAvailable)('why validation refuses these values', () => {
  // Without validation, PostgreSQL refuses each of them (while SQLite would store it): a
  // difference no retry can fix, so the receipt must be refused before it reaches storage.
  it.each(bad)('PostgreSQL refuses %s when asked directly', async (_what, field, value) => {
    const storage = backends[1]![1]();
    try {
      const r = { ...makeReceipt({ [field]: value }), receivedAt: '2026-11-26T20:32:00.000Z' };
      await expect(storage.insert([r])).rejects.toThrow();
    } finally {
      await storage.close();
    }
  });
});
