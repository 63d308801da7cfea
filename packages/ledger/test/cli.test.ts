// @vitest-environment node
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
        maxConnections: 512,
      },
    });
    expect(parseCliArgs(['--max-connections', '64'], {})).toMatchObject({ options: { maxConnections: 64 } });
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

  const PORT = 'a port from 0 to 65535 (0: any free port)';
  it.each([
    [['--port', 'abc'], `--port: expected ${PORT}, got "abc"`],
    [['--port', '70000'], `--port: expected ${PORT}, got 70000`],
    [['--token', 'short'], '--token: expected a secret of at least 16 characters, got 5 characters'],
    [
      ['--origin', 'example.com'],
      '--origin: expected an origin like "https://www.example.com", or "*", got "example.com"',
    ],
    [['--rate-limit', '0'], '--rate-limit: expected a number of requests above 0, got 0'],
    [['--max-connections', '1.5'], '--max-connections: expected a whole number of connections >= 1, got 1.5'],
    [
      ['--cookie-domain', 'example.com'],
      '--cookie-name: expected a cookie name, which --cookie-domain needs, got undefined',
    ],
    [
      ['--cookie-name', 'a', '--cookie-same-site', 'lax'],
      '--cookie-same-site: expected "Lax", "Strict" or "None", got "lax"',
    ],
    [
      ['--cookie-name', 'a', '--cookie-max-age-days', '500'],
      '--cookie-max-age-days: expected a number of days from one second (1/86400) to 400, got 500',
    ],
  ])('refuses %j, saying which flag and what it expects', (argv, problem) => {
    expect(parseCliArgs(argv, {})).toEqual({ kind: 'error', message: `Invalid arguments:\n- ${problem}` });
  });

  it('reports every wrong value at once, the token from the environment by its name', () => {
    expect(parseCliArgs(['--port=-1', '--body-limit', '0'], { ASSENT_LEDGER_TOKEN: 'short' })).toEqual({
      kind: 'error',
      message: [
        'Invalid arguments:',
        '- --port: expected a port from 0 to 65535 (0: any free port), got -1',
        '- ASSENT_LEDGER_TOKEN: expected a secret of at least 16 characters, got 5 characters',
        '- --body-limit: expected a whole number of bytes above 0, got 0',
      ].join('\n'),
    });
  });

  it('passes on what parseArgs says about an unknown flag', () => {
    const p = parseCliArgs(['--bogus'], {});
    expect(p.kind === 'error' && p.message).toMatch(/^Unknown option '--bogus'/);
  });
});

describe('bundled CLI', () => {
  // The bundle must sit inside the package so that its external imports (better-sqlite3, pg) resolve.
  let out: string;
  let cli: string;
  beforeAll(async () => {
    out = mkdtempSync(join(here, '.cli-build-'));
    cli = join(out, 'cli.js');
    await build({
      entryPoints: [join(here, '../src/cli.ts')],
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      // The database drivers stay external; @assent/protocol is bundled from its source, so the test
      // needs no build of it.
      external: ['better-sqlite3', 'pg'],
      conditions: ['source'],
      outfile: cli,
      logLevel: 'silent',
    });
  }, 30_000);
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('starts from an esbuild bundle, stores receipts in the SQLite file and stops on SIGTERM', async () => {
    const data = mkdtempSync(join(tmpdir(), 'assent-cli-'));
    try {
      const db = join(data, 'ledger.sqlite');
      const child = spawn(process.execPath, [cli, '--port', '0', '--db', db], {
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
      rmSync(data, { recursive: true, force: true });
    }
  }, 30_000);

  it('exits with status 2 and the usage on a bad argument', async () => {
    const child = spawn(process.execPath, [cli, '--port', 'x'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let err = '';
    child.stderr.on('data', (c: Buffer) => {
      err += c.toString();
    });
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    expect(code).toBe(2);
    expect(err).toContain('assent-ledger: Invalid arguments:\n- --port: expected a port from 0 to 65535');
    expect(err).toMatch(/Usage: assent-ledger/);
  }, 30_000);
});
