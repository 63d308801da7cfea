// @vitest-environment node
// Issue 13 probe: reading a consent with 20,000 receipts (GET /consents/:id/receipts) held the event
// loop for 0.7 s and answered 10 MB at once. The list is now paged: 500 by default, 1000 at most.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StoredReceipt } from '../../src/types';
import { makeReceipt } from '../fixtures';
import { startTestLedger } from '../http-helpers';

const TOKEN = 'test-token-0123456789abcdef';
const auth = { authorization: `Bearer ${TOKEN}` };
const COUNT = 20_000;

describe('GET /consents/:id/receipts of a consent with 20,000 receipts', () => {
  const consentId = randomUUID();
  let ledger: Awaited<ReturnType<typeof startTestLedger>>;
  let expected: string[];
  beforeAll(async () => {
    ledger = await startTestLedger({ token: TOKEN });
    const start = Date.parse('2026-01-01T00:00:00.000Z');
    // Decision times repeat (every 7th receipt shares one), so the order also rests on the tie-breakers.
    const receipts: StoredReceipt[] = Array.from({ length: COUNT }, (_, i) => ({
      ...makeReceipt({ consentId, timestamp: new Date(start + Math.floor(i / 7) * 60_000).toISOString() }),
      receivedAt: new Date(start + i * 1000).toISOString(),
    }));
    await ledger.storage.insert(receipts);
    expected = receipts.map((r) => r.id);
  }, 20_000);
  afterAll(() => ledger?.close());

  const read = async (query: string) => {
    const res = await fetch(`${ledger.url}/consents/${consentId}/receipts${query}`, { headers: auth });
    const text = await res.text();
    return { status: res.status, bytes: text.length, body: JSON.parse(text) };
  };

  it('answers the first 500, oldest first, with a cursor to the next page', async () => {
    const first = await read('');
    expect(first.status).toBe(200);
    expect(first.body.consentId).toBe(consentId);
    expect(first.body.receipts.map((r: StoredReceipt) => r.id)).toEqual(expected.slice(0, 500));
    expect(typeof first.body.next).toBe('string');
    expect(first.bytes).toBeLessThan(400_000);
  });

  it('gives every receipt exactly once, in order, in pages of at most 1000', async () => {
    const ids: string[] = [];
    let next: string | null = null;
    let pages = 0;
    do {
      const page = await read(
        next === null ? '?limit=1000' : `?limit=1000&after=${encodeURIComponent(next)}`,
      );
      expect(page.status).toBe(200);
      expect(page.body.receipts.length).toBeLessThanOrEqual(1000);
      ids.push(...page.body.receipts.map((r: StoredReceipt) => r.id));
      next = page.body.next;
      pages++;
    } while (next !== null && pages < 30);
    expect(pages).toBe(20);
    expect(ids).toEqual(expected);
  });
});
