// @vitest-environment node
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createSqliteStorage } from '../src/sqlite-storage';
import { legacySqlite } from './faults/reads-legacy-schema';
import { makeReceipt } from './fixtures';
import { describeStorageContract } from './storage-contract';
import { describeStorageValueContract } from './storage-contract-values';

describeStorageContract('SQLite (:memory:)', async () => createSqliteStorage(':memory:'), legacySqlite);
describeStorageValueContract('SQLite (:memory:)', async () => createSqliteStorage(':memory:'));

describe('SQLite file storage', () => {
  const dir = mkdtempSync(join(tmpdir(), 'assent-ledger-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('keeps receipts across reopening the file', async () => {
    const path = join(dir, 'ledger.sqlite');
    const r = makeReceipt();
    const first = createSqliteStorage(path);
    await first.insert([{ ...r, receivedAt: '2026-11-26T20:32:00.000Z' }]);
    await first.close();
    const second = createSqliteStorage(path);
    expect(await second.byConsentId(r.consentId)).toHaveLength(1);
    expect(await second.insert([{ ...r, receivedAt: '2026-11-26T20:33:00.000Z' }])).toEqual([
      { id: r.id, status: 'duplicate' },
    ]);
    await second.close();
  });

  it('refuses a table name that is not a plain identifier', () => {
    expect(() => createSqliteStorage(':memory:', { table: 'x; DROP TABLE y' })).toThrow(
      new TypeError(
        'Invalid storage options:\n- table: expected a lowercase SQL identifier like "assent_receipts", got "x; DROP TABLE y"',
      ),
    );
  });
});
