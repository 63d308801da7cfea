// @vitest-environment node
// Issue 13, item 3: sockets that send nothing were never closed (Node looked for overdue ones every
// 30 s) nor capped, so 1,000 of them used up the ledger's open files and every request failed
// while they stayed open. Loopback only; the test opens the idle sockets itself.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { connect, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { makeReceipt } from '../fixtures';
import { rawExchange, startTestLedger, writeAll } from '../http-helpers';

const pkg = join(dirname(fileURLToPath(import.meta.url)), '../..');
const requireFromLedger = createRequire(join(pkg, 'package.json'));

/** Opens `count` connections that never send a byte; counts how many the server closes. */
async function openIdle(port: number, count: number) {
  const sockets: Socket[] = [];
  let closed = 0;
  await Promise.all(
    Array.from(
      { length: count },
      () =>
        new Promise<void>((resolve, reject) => {
          const socket = connect(port, '127.0.0.1', () => resolve());
          socket.on('error', reject);
          socket.on('close', () => closed++);
          sockets.push(socket);
        }),
    ),
  );
  return {
    closed: () => closed,
    destroy: () => {
      for (const socket of sockets) socket.destroy();
    },
  };
}

/** Polls `check` every 20 ms for at most `ms`. */
async function eventually(check: () => boolean, ms = 3_000): Promise<boolean> {
  for (const end = Date.now() + ms; Date.now() < end; await new Promise((r) => setTimeout(r, 20)))
    if (check()) return true;
  return check();
}

let idle: Awaited<ReturnType<typeof openIdle>> | undefined;
afterEach(() => idle?.destroy());

describe('the CLI under the common limit of 1,024 open files', () => {
  let dir: string;
  let child: ChildProcess | undefined;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'assent-idle-'));
    await build({
      entryPoints: [join(pkg, 'src/cli.ts')],
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      conditions: ['source'],
      outfile: join(dir, 'cli.mjs'),
      logLevel: 'silent',
      // The database drivers stay external, by absolute path so they resolve from the temp dir.
      plugins: [
        {
          name: 'ledger-deps',
          setup(b) {
            b.onResolve({ filter: /^(better-sqlite3|pg)$/ }, (args) => ({
              path: requireFromLedger.resolve(args.path),
              external: true,
            }));
          },
        },
      ],
    });
  }, 30_000);
  afterAll(() => {
    child?.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  });

  it('answers /health while 1,100 connections that send nothing are open', async () => {
    // `ulimit -n` in the shell lowers the limit for the ledger only; the test keeps its own.
    const script = `ulimit -n 1024 2>/dev/null; exec "${process.execPath}" "${join(dir, 'cli.mjs')}" --port 0 --db :memory:`;
    const started = spawn('sh', ['-c', script], { stdio: ['ignore', 'pipe', 'inherit'] });
    child = started;
    const url = await new Promise<string>((resolve, reject) => {
      let text = '';
      started.stdout?.on('data', (chunk: Buffer) => {
        text += chunk.toString();
        const m = /listening on (http:\/\/\S+)/.exec(text);
        if (m) resolve(m[1]!);
      });
      started.on('exit', () => reject(new Error(`CLI exited early: ${text}`)));
    });
    idle = await openIdle(Number(new URL(url).port), 1_100);
    const health = await fetch(`${url}/health`, { signal: AbortSignal.timeout(3_000) });
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: 'ok' });
    // The default cap, 512: the connections idle the longest were closed to make room.
    expect(await eventually(() => idle!.closed() >= 1_100 - 512)).toBe(true);
  }, 15_000);
});

describe('connection cap', () => {
  it('closes idle connections first, never one whose request is being answered', async () => {
    const ledger = await startTestLedger({ maxConnections: 10 });
    try {
      const body = JSON.stringify(makeReceipt());
      let release!: () => void;
      const released = new Promise<void>((resolve) => {
        release = resolve;
      });
      let busy!: () => void;
      const isBusy = new Promise<void>((resolve) => {
        busy = resolve;
      });
      const slow = rawExchange(ledger.url, async (socket) => {
        // `Expect: 100-continue`: the ledger says `100 Continue` once it has the request.
        socket.once('data', () => busy());
        await writeAll(
          socket,
          `POST /receipts HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nExpect: 100-continue\r\nConnection: close\r\n\r\n`,
        );
        await isBusy;
        await writeAll(socket, body.slice(0, 10));
        await released;
        await writeAll(socket, body.slice(10));
      });
      await isBusy;
      idle = await openIdle(Number(new URL(ledger.url).port), 50);
      const health = await fetch(`${ledger.url}/health`, { signal: AbortSignal.timeout(3_000) });
      expect(health.status).toBe(200);
      expect(await eventually(() => idle!.closed() >= 50 - 9)).toBe(true);
      release();
      const answer = await slow;
      expect(answer.error).toBeNull();
      expect(answer.status).toBe(201);
    } finally {
      await ledger.close();
    }
  });

  it('is an option of startLedger, checked like the others', async () => {
    await expect(startTestLedger({ maxConnections: 0 })).rejects.toThrow(
      'Invalid ledger options:\n- maxConnections: expected a whole number of connections >= 1, got 0',
    );
  });
});
