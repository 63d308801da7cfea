// @vitest-environment node
// Issue 13 probe: a SQLite write lock held elsewhere (another connection holding a write
// transaction) blocked every request up to the 5 s busy timeout, because better-sqlite3 waited
// synchronously. The storage now waits asynchronously: other requests are served meanwhile.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSqliteStorage, type SqliteStorageOptions } from '../../src/sqlite-storage';
import { makeReceipt } from '../fixtures';
import { postReceipts, startTestLedger } from '../http-helpers';
import { watchHealth } from './reads-probe';

const TOKEN = 'test-token-0123456789abcdef';
const auth = { authorization: `Bearer ${TOKEN}` };

describe('a SQLite write lock held by another connection', () => {
  let dir: string;
  let other: Database.Database;
  let ledger: Awaited<ReturnType<typeof startTestLedger>>;
  let errors: unknown[];
  const start = async (options: SqliteStorageOptions = {}) => {
    const path = join(dir, 'ledger.sqlite');
    errors = [];
    const storage = createSqliteStorage(path, options);
    ledger = await startTestLedger({ storage, token: TOKEN, onError: (e) => errors.push(e) });
    other = new Database(path);
    other.exec('BEGIN IMMEDIATE'); // holds the write lock until ROLLBACK
  };
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'assent-reads-lock-'));
  });
  afterEach(async () => {
    if (other?.inTransaction) other.exec('ROLLBACK');
    other?.close();
    await ledger?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('delays a receipt but not /health, and stores the receipt once the lock ends (2.5 s)', async () => {
    await start();
    setTimeout(() => other.exec('ROLLBACK'), 2500);
    const r = makeReceipt();
    const posted = postReceipts(ledger.url, r);
    const health = await watchHealth(ledger.url, posted);
    expect(health.ok).toBe(true);
    expect(health.longestGap).toBeLessThan(2500); // before the fix: the whole 5 s busy timeout
    expect((await posted).status).toBe(201);
    expect(await ledger.storage.byConsentId(r.consentId)).toHaveLength(1);
  }, 9_000);

  it('answers a write 503 with Retry-After when the lock outlasts busyTimeoutMs; reads go on', async () => {
    await start({ busyTimeoutMs: 300 });
    const r = makeReceipt();
    const erasing = fetch(`${ledger.url}/consents/${r.consentId}`, { method: 'DELETE', headers: auth });
    expect((await watchHealth(ledger.url, erasing)).longestGap).toBeLessThan(2500); // before the fix: the whole 5 s busy timeout
    const erase = await erasing;
    expect(erase.status).toBe(503);
    expect(erase.headers.get('retry-after')).toBe('1');
    expect((await erase.json()).error).toBe('the database is busy; retry in 1 s');
    const list = await fetch(`${ledger.url}/consents/${r.consentId}/receipts`, { headers: auth });
    expect(await list.json()).toEqual({ consentId: r.consentId, receipts: [], next: null });
    expect((await fetch(`${ledger.url}/stats`, { headers: auth })).status).toBe(200);
    // Intake gives up too and stores nothing: 503 with Retry-After, which the client's outbox retries.
    const post = await postReceipts(ledger.url, r);
    expect(post.status).toBe(503);
    expect(post.headers.get('retry-after')).toBe('1');
    expect(errors).toEqual([]); // a busy database is answered, not an internal error
    other.exec('ROLLBACK');
    expect(await ledger.storage.byConsentId(r.consentId)).toEqual([]);
  }, 9_000);
});
