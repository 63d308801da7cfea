// @vitest-environment node
// Issue 13, item 6c: a body over the limit (2 MB against 64 KB) got a broken pipe instead of a
// 413 in clients that write the whole body before they read, as Python's http.client does: the
// ledger closed the connection with the rest of the body unread, and the kernel reset it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeReceipt } from '../fixtures';
import { postReceipts, rawExchange, startTestLedger, writeAll } from '../http-helpers';

type Ledger = Awaited<ReturnType<typeof startTestLedger>>;
const TWO_MB = 2 * 1024 * 1024;
const CHUNK = 64 * 1024;

/** Sends the body in 64 KB pieces, a few ms apart as over a real network, then reads the answer. */
async function writeWholeBodyThenRead(socket: import('node:net').Socket, head: string, chunked: boolean) {
  socket.pause(); // read nothing before the body is written
  await writeAll(socket, head);
  for (let sent = 0; sent < TWO_MB; sent += CHUNK) {
    const piece = 'a'.repeat(CHUNK);
    await writeAll(socket, chunked ? `${CHUNK.toString(16)}\r\n${piece}\r\n` : piece);
    await new Promise((resolve) => setTimeout(resolve, 3));
  }
  if (chunked) await writeAll(socket, '0\r\n\r\n');
  socket.resume();
}

describe('a body over the limit', () => {
  let ledger: Ledger;
  beforeAll(async () => {
    ledger = await startTestLedger();
  });
  afterAll(() => ledger.close());

  it.each([
    ['Content-Length', `Content-Length: ${TWO_MB}`, false],
    ['chunked', 'Transfer-Encoding: chunked', true],
  ])(
    'gets a JSON 413, not a reset, from a client that writes 2 MB before reading (%s)',
    async (_, framing, chunked) => {
      const head = `POST /receipts HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n${framing}\r\n\r\n`;
      const answer = await rawExchange(
        ledger.url,
        (socket) => writeWholeBodyThenRead(socket, head, chunked),
        8_000,
      );
      expect(answer.error).toBeNull();
      expect(answer.status).toBe(413);
      expect(answer.headers['content-type']).toBe('application/json; charset=utf-8');
      expect(JSON.parse(answer.body)).toEqual({ error: 'body too large: at most 65536 bytes' });
    },
  );

  it('gets a JSON 413 through fetch, and the ledger keeps answering', async () => {
    const res = await postReceipts(ledger.url, 'a'.repeat(TWO_MB));
    expect(res.status).toBe(413);
    expect(await res.json()).toEqual({ error: 'body too large: at most 65536 bytes' });
    expect((await postReceipts(ledger.url, makeReceipt())).status).toBe(201);
  });
});
