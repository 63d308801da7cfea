// @vitest-environment node
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { parseCliArgs } from '../src/cli-args';
import { createSqliteStorage } from '../src/sqlite-storage';
import { makeReceipt } from './fixtures';

const here = dirname(fileURLToPath(import.meta.url));

describe('parseCliArgs', () => {
  it('has safe defaults', () => {
    const p = parseCliArgs([], {});
    expect(p).toMatchObject({
      kind: 'run',
      db: './assent-ledger.sqlite',
      postgres: undefined,
      options: {
        port: 8787,
        host: '127.0.0.1',
        origins: [],
        token: undefined,
        rateLimit: { perMinute: 60, burst: 30 },
      },
    });
  });

  it('reads repeatable origins, the token and PostgreSQL from env, cookie options', () => {
    const p = parseCliArgs(
      [
        '--origin',
        'https://a.example',
        '--origin',
        'https://b.example',
        '--port',
        '0',
        '--cookie-name',
        'assent',
        '--cookie-domain',
        'example.com',
        '--no-rate-limit',
      ],
      { ASSENT_LEDGER_TOKEN: 'x'.repeat(16), ASSENT_LEDGER_POSTGRES: 'postgres://db/x' },
    );
    expect(p).toMatchObject({
      kind: 'run',
      postgres: 'postgres://db/x',
      options: {
        port: 0,
        origins: ['https://a.example', 'https://b.example'],
        token: 'x'.repeat(16),
        rateLimit: false,
        cookie: { name: 'assent', maxAgeDays: 180, domain: 'example.com' },
      },
    });
  });

  it.each([
    [['--port', 'abc'], /--port must be an integer/],
    [['--port', '70000'], /<= 65535/],
    [['--token', 'short'], /at least 16 characters/],
    [['--bogus'], /Unknown option/],
    [['--cookie-domain', 'example.com'], /need --cookie-name/],
    [['--cookie-name', 'a', '--cookie-same-site', 'lax'], /Lax, Strict or None/],
  ])('refuses %j', (argv, message) => {
    const p = parseCliArgs(argv, {});
    expect(p.kind).toBe('error');
    expect(p.kind === 'error' && p.message).toMatch(message);
  });
});

describe('bundled CLI', () => {
  it('starts from an esbuild bundle, stores receipts in the SQLite file and stops on SIGTERM', async () => {
    // The bundle must sit inside the package so that its external imports (better-sqlite3, pg) resolve.
    const out = mkdtempSync(join(here, '.cli-build-'));
    const data = mkdtempSync(join(tmpdir(), 'assent-cli-'));
    try {
      await build({
        entryPoints: [join(here, '../src/cli.ts')],
        bundle: true,
        platform: 'node',
        format: 'esm',
        target: 'node20',
        packages: 'external',
        outfile: join(out, 'cli.js'),
        logLevel: 'silent',
      });
      const db = join(data, 'ledger.sqlite');
      const child = spawn(process.execPath, [join(out, 'cli.js'), '--port', '0', '--db', db], {
        env: { ...process.env, ASSENT_LEDGER_TOKEN: 't'.repeat(20) },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
      const url = await new Promise<string>((resolve, reject) => {
        let text = '';
        child.stdout.on('data', (chunk: Buffer) => {
          text += chunk.toString();
          const m = /listening on (http:\/\/\S+)/.exec(text);
          if (m) resolve(m[1]!);
        });
        child.on('exit', () => reject(new Error(`CLI exited early: ${text}`)));
      });
      expect((await fetch(`${url}/health`)).status).toBe(200);
      const r = makeReceipt();
      const posted = await fetch(`${url}/receipts`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(r),
      });
      expect(posted.status).toBe(201);
      child.kill('SIGTERM');
      expect(await exited).toBe(0);
      const storage = createSqliteStorage(db);
      expect((await storage.byConsentId(r.consentId)).map((x) => x.id)).toEqual([r.id]);
      await storage.close();
    } finally {
      rmSync(out, { recursive: true, force: true });
      rmSync(data, { recursive: true, force: true });
    }
  }, 30_000);

  it('exits with status 2 and the usage on a bad argument', async () => {
    const out = mkdtempSync(join(here, '.cli-build-'));
    try {
      await build({
        entryPoints: [join(here, '../src/cli.ts')],
        bundle: true,
        platform: 'node',
        format: 'esm',
        packages: 'external',
        outfile: join(out, 'cli.js'),
        logLevel: 'silent',
      });
      const child = spawn(process.execPath, [join(out, 'cli.js'), '--port', 'x'], {
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let err = '';
      child.stderr.on('data', (c: Buffer) => {
        err += c.toString();
      });
      const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
      expect(code).toBe(2);
      expect(err).toMatch(/--port must be an integer/);
      expect(err).toMatch(/Usage: assent-ledger/);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }, 30_000);
});
