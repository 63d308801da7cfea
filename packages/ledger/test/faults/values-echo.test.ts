// @vitest-environment node
// Fault: the name of an unknown field was echoed in full, twice (a 1 MB key gave a 2 MB answer).
// Every name and value an answer repeats is now cut at 40 characters.
import { RECEIPT_FIELDS } from '@assent/protocol';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeReceipt } from '../fixtures';
import { postReceipts, startTestLedger } from '../http-helpers';

type Ledger = Awaited<ReturnType<typeof startTestLedger>>;

describe('what an answer repeats of the request is short', () => {
  let ledger: Ledger;
  beforeAll(async () => {
    ledger = await startTestLedger({ bodyLimit: 4 * 1024 * 1024 });
  });
  afterAll(() => ledger.close());

  const key = 'k'.repeat(1024 * 1024);
  const shown = `${'k'.repeat(40)}…`;

  it('a 1 MB unknown field name: 400 naming its first 40 characters, in a short answer', async () => {
    const res = await postReceipts(ledger.url, { ...makeReceipt(), [key]: 1 });
    expect(res.status).toBe(400);
    const text = await res.text();
    expect(text.length).toBeLessThan(400);
    expect(JSON.parse(text)).toEqual({
      error: `invalid receipt: field "${shown}": unknown key (allowed: ${RECEIPT_FIELDS.join(', ')})`,
      field: shown,
    });
  });

  it('in a batch, the same name once, cut', async () => {
    const res = await postReceipts(ledger.url, [makeReceipt(), { ...makeReceipt(), [key]: 1 }]);
    expect(res.status).toBe(207);
    const text = await res.text();
    expect(text.length).toBeLessThan(700);
    expect(JSON.parse(text).results[1]).toMatchObject({ status: 'invalid', field: shown });
  });

  it('a long content-encoding or charset is cut in the 415 answer', async () => {
    const encoding = `x${'z'.repeat(8000)}`;
    const a = await postReceipts(ledger.url, makeReceipt(), { 'content-encoding': encoding });
    expect(a.status).toBe(415);
    expect((await a.json()).error).toBe(
      `content-encoding "${encoding.slice(0, 40)}…" is not supported; send the body uncompressed`,
    );
    const b = await postReceipts(ledger.url, makeReceipt(), {
      'content-type': `application/json; charset=${'w'.repeat(8000)}`,
    });
    expect(b.status).toBe(415);
    expect((await b.json()).error).toBe(`charset must be utf-8, got "${'w'.repeat(40)}…"`);
  });
});

describe('optional database drivers', () => {
  it('a missing driver names the package to install', async () => {
    const { requirePeer } = await import('../../src/optional-peer');
    expect(() => requirePeer('assent-no-such-driver', 'SQLite storage')).toThrow(
      '@assent/ledger: SQLite storage needs the package "assent-no-such-driver", which is not installed. Run: npm install assent-no-such-driver',
    );
  });
});
