// @vitest-environment node
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLedgerHandler } from '../src/create-ledger-handler';
import { createSqliteStorage } from '../src/sqlite-storage';
import { startLedger } from '../src/start-ledger';
import { makeReceipt } from './fixtures';

describe('createLedgerHandler mounted in an existing server', () => {
  const storage = createSqliteStorage(':memory:');
  let server: Server;
  let origin: string;
  beforeAll(async () => {
    const ledger = createLedgerHandler({ storage, basePath: '/consent/', rateLimit: false });
    server = createServer((req, res) =>
      ledger(req, res, () => {
        res.writeHead(200, { 'content-type': 'text/plain' });
        res.end('site page');
      }),
    );
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    await storage.close();
  });

  it('answers under the base path and passes other paths to the site', async () => {
    const r = makeReceipt();
    const res = await fetch(`${origin}/consent/receipts`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain;charset=UTF-8' },
      body: JSON.stringify(r),
    });
    expect(res.status).toBe(201);
    expect(await storage.byConsentId(r.consentId)).toHaveLength(1);
    expect((await fetch(`${origin}/consent/health`)).status).toBe(200);
    expect(await (await fetch(`${origin}/receipts`)).text()).toBe('site page');
    expect(await (await fetch(`${origin}/consentx/receipts`)).text()).toBe('site page');
    expect((await fetch(`${origin}/consent/nope`)).status).toBe(404);
  });

  it('turns a storage failure into a JSON 500 without details', async () => {
    const errors: unknown[] = [];
    const broken = createLedgerHandler({
      storage: {
        insert: async () => {
          throw new Error('disk on fire at /var/secret/path');
        },
        byConsentId: async () => [],
        deleteConsent: async () => 0,
        stats: async (range) => ({ ...range, actions: [], categories: [] }),
        close: async () => {},
      },
      onError: (e) => errors.push(e),
    });
    const s = createServer((req, res) => broken(req, res));
    await new Promise<void>((resolve) => s.listen(0, '127.0.0.1', resolve));
    try {
      const res = await fetch(`http://127.0.0.1:${(s.address() as AddressInfo).port}/receipts`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(makeReceipt()),
      });
      expect(res.status).toBe(500);
      const text = await res.text();
      expect(JSON.parse(text).error).toMatch(/retry later/);
      expect(text).not.toMatch(/disk on fire|secret|at /);
      expect(errors).toHaveLength(1);
    } finally {
      await new Promise((resolve) => s.close(resolve));
    }
  });

  it('refuses bad options at creation, listing every problem, never the token', () => {
    const bad = {
      storage,
      token: 'short-secret',
      origins: ['https://shop.example', 'example.com'],
      basePath: 'consent',
      bodyLimit: 0,
      rateLimit: { perMinute: 0 },
      cookie: { name: 'assent' },
      trustProxy: 'yes',
      cors: true,
    };
    expect(() => createLedgerHandler(bad as never)).toThrow(
      new TypeError(
        [
          'Invalid ledger options:',
          '- token: expected a secret of at least 16 characters, got 12 characters',
          '- origins[1]: expected an origin like "https://www.example.com", or "*", got "example.com"',
          '- basePath: expected a path starting with "/", got "consent"',
          '- bodyLimit: expected a whole number of bytes above 0, got 0',
          '- rateLimit.perMinute: expected a number of requests above 0, got 0',
          '- cookie.maxAgeDays: expected a number of days from one second (1/86400) to 400, got undefined',
          '- trustProxy: expected true or false, got "yes"',
          '- cors: unknown key (allowed: storage, basePath, origins, token, bodyLimit, rateLimit, cookie, trustProxy, now, onError)',
        ].join('\n'),
      ),
    );
    expect(() => createLedgerHandler({} as never)).toThrow(
      new TypeError(
        'Invalid ledger options:\n- storage: expected a LedgerStorage { insert, byConsentId, deleteConsent, stats, close }, got undefined',
      ),
    );
  });

  it('startLedger checks its own options too, before it creates the SQLite file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'assent-start-'));
    try {
      const dbPath = join(dir, 'ledger.sqlite');
      await expect(startLedger({ dbPath, port: 70000, host: '' })).rejects.toThrow(
        new TypeError(
          [
            'Invalid ledger options:',
            '- port: expected a port from 0 to 65535 (0: any free port), got 70000',
            '- host: expected an interface address like "127.0.0.1", got ""',
          ].join('\n'),
        ),
      );
      expect(existsSync(dbPath)).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
