// @vitest-environment node
// Issue 13, item 6b: what Node's HTTP layer refuses before the handler runs (a bad Content-Length,
// headers over 16 KB, a malformed request line, a request not sent in time) came back with an
// empty body, though the README promises JSON errors. Loopback only.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLedgerServer, SERVER_LIMITS } from '../../src/ledger-server';
import { rawExchange, startTestLedger } from '../http-helpers';

type Ledger = Awaited<ReturnType<typeof startTestLedger>>;

describe("Node's own refusals answer JSON", () => {
  let ledger: Ledger;
  beforeAll(async () => {
    ledger = await startTestLedger();
  });
  afterAll(() => ledger.close());

  it.each([
    {
      what: 'a Content-Length that is not a number',
      request:
        'POST /receipts HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: abc\r\n\r\n{}',
      status: 400,
      message: /^malformed HTTP request: .*Content-Length/,
    },
    {
      what: 'both Content-Length and Transfer-Encoding',
      request:
        'POST /receipts HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\nTransfer-Encoding: chunked\r\n\r\n',
      status: 400,
      message: /^malformed HTTP request: /,
    },
    {
      what: 'headers over 16 KB',
      request: `GET /health HTTP/1.1\r\nHost: x\r\nX-Padding: ${'a'.repeat(20_000)}\r\n\r\n`,
      status: 431,
      message: /^request headers too large/,
    },
    {
      what: 'a request line that is not HTTP',
      request: 'HELLO\r\n\r\n',
      status: 400,
      message: /^malformed HTTP request/,
    },
  ])('$what: $status with { "error" } and Connection: close', async ({ request, status, message }) => {
    const answer = await rawExchange(ledger.url, (socket) => {
      socket.write(request);
    });
    expect(answer.status).toBe(status);
    expect(answer.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(answer.headers.connection).toBe('close');
    expect(answer.headers['cache-control']).toBe('no-store');
    const body = JSON.parse(answer.body) as { error: string };
    expect(Object.keys(body)).toEqual(['error']);
    expect(body.error).toMatch(message);
  });
});

describe('timeouts', () => {
  it('answers a connection that sends no request in time with a JSON 408 and closes it', async () => {
    // The ledger's server with short timeouts (the defaults are 10 s for the head, 30 s in all).
    const { server } = createLedgerServer((_, res) => res.end('unreachable'), {
      ...SERVER_LIMITS,
      headersTimeout: 300,
      requestTimeout: 600,
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = server.address() as { port: number };
      const started = Date.now();
      const answer = await rawExchange(`http://127.0.0.1:${port}`, () => {}, 5_000);
      expect(Date.now() - started).toBeLessThan(4_000); // closed by the server, not by the test
      expect(answer.status).toBe(408);
      expect(answer.headers['content-type']).toBe('application/json; charset=utf-8');
      expect(JSON.parse(answer.body)).toEqual({ error: 'request not received in time; send it again' });
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
