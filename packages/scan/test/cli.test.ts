// @vitest-environment node
// The command line: argument parsing and the exit-2 cases in-process (no browser starts), the
// progress output, and the real executable (packages/scan/dist/cli.js, built when missing or
// stale) spawned twice: a scan with --fail-on (exit 1) and an interrupted scan (exit 130).
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCliArgs, USAGE } from '../src/cli-args';
import { createProgress } from '../src/progress';
import { ensureCliBuilt, ensureEmbedBuilt, SCAN_CLI } from './fixture-site/ensure-built';
import { outDir, runCli } from './fixture-site/run-cli';
import { type FixtureSite, startFixtureSite } from './fixture-site/serve';

describe('parseCliArgs', () => {
  it('has defaults', () => {
    expect(parseCliArgs(['https://example.com'])).toEqual({
      kind: 'run',
      options: {
        url: 'https://example.com/',
        pages: 20,
        timeoutMs: 15_000,
        maxTimeMs: null,
        sitemap: false,
        out: 'assent-scan',
        config: null,
        failOn: [],
        ignoreHttpsErrors: false,
        concurrency: 3,
        quiet: false,
      },
    });
  });

  it('reads every flag, in both spellings', () => {
    const argv = [
      '--pages=5',
      '--timeout',
      '2.5',
      '--max-time',
      '60',
      '--sitemap',
      '--out',
      'o',
      '--config=c.html',
    ];
    argv.push(
      '--fail-on',
      'pre-consent, after-reject,pre-consent',
      '--ignore-https-errors',
      '--concurrency',
      '2',
      '-q',
    );
    expect(parseCliArgs(['http://x.test/a?b', ...argv])).toMatchObject({
      kind: 'run',
      options: {
        url: 'http://x.test/a?b',
        pages: 5,
        timeoutMs: 2500,
        maxTimeMs: 60_000,
        sitemap: true,
        out: 'o',
        config: 'c.html',
        failOn: ['pre-consent', 'after-reject'],
        ignoreHttpsErrors: true,
        concurrency: 2,
        quiet: true,
      },
    });
    expect(parseCliArgs(['--help'])).toEqual({ kind: 'help' });
  });

  it.each([
    [['https://a.test', '--bogus'], /^Unknown option '--bogus'/],
    [['https://a.test', '--pages', '0'], /^--pages: expected a whole number from 1 to 10000, got "0"$/],
    [['https://a.test', '--pages', '2.5'], /^--pages: expected a whole number/],
    [['https://a.test', '--timeout', 'soon'], /^--timeout: expected a number from 1 to 600, got "soon"$/],
    [['https://a.test', '--max-time=-1'], /^--max-time: expected a number from 1 to 86400, got "-1"$/],
    [['https://a.test', '--max-time', '-1'], /^Option '--max-time' argument is ambiguous/],
    [
      ['https://a.test', '--fail-on', 'pre-consent,cookies'],
      /^--fail-on: unknown finding kind "cookies" \(known: pre-consent, /,
    ],
    [['https://a.test', '--fail-on', ','], /^--fail-on: unknown finding kind/],
    [['https://a.test', '--fail-on', 'pre-consent,undeclared'], /^--fail-on undeclared needs --config/],
    [[], /^missing the URL to scan$/],
    [['https://a.test', 'https://b.test'], /^one URL to scan, got 2/],
    [['example.com'], /^expected an http:\/\/ or https:\/\/ URL, got "example.com"$/],
    [['ftp://a.test/'], /^expected an http:\/\/ or https:\/\/ URL/],
  ])('refuses %j', (argv, message) => {
    const parsed = parseCliArgs(argv);
    expect(parsed.kind).toBe('error');
    expect(parsed.kind === 'error' && parsed.message).toMatch(message);
  });
});

describe('main: exit 2 on bad usage, before any browser starts', () => {
  it('prints the help on stdout with --help (exit 0)', async () => {
    expect(await runCli(['--help'])).toEqual({ code: 0, stdout: USAGE, stderr: '' });
  });

  it.each([
    [['https://a.test', '--pages', 'x'], '--pages: expected a whole number from 1 to 10000, got "x"'],
    [['--quiet'], 'missing the URL to scan'],
    [['https://a.test', '--fail-on', 'leaks'], '--fail-on: unknown finding kind "leaks"'],
    [
      ['https://a.test', '--config', '/nonexistent/site.json'],
      '--config: cannot read /nonexistent/site.json (ENOENT)',
    ],
  ])('%j', async (argv, message) => {
    const run = await runCli(argv);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(`assent-scan: ${message}`);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('refuses a --config that holds no Assent config, with the reader message', async () => {
    const dir = outDir();
    try {
      const file = join(dir, 'page.html');
      writeFileSync(file, '<!doctype html><title>No config here</title>');
      const run = await runCli(['https://a.test', '--config', file]);
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/^assent-scan: .*page\.html/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('progress', () => {
  const stream = (isTTY: boolean) => {
    const text: string[] = [];
    return { text, isTTY, columns: 60, write: (t: string) => text.push(t) };
  };

  it('prints one line per finished page when stderr is not a terminal', () => {
    const s = stream(false);
    const progress = createProgress(s, false);
    progress.passStarted?.('https://a.test/', 'before', 0, 3);
    progress.pageDone?.('https://a.test/', [], 1, 3);
    progress.pageDone?.('https://a.test/x', ['before: HTTP 500'], 2, 3);
    progress.finish();
    expect(s.text.join('')).toBe('[1/3] https://a.test/\n[2/3] https://a.test/x (before: HTTP 500)\n');
  });

  it('updates a single line on a terminal and clears it at the end', () => {
    const s = stream(true);
    const progress = createProgress(s, false);
    progress.passStarted?.(`https://a.test/${'long/'.repeat(20)}`, 'reject', 4, 20);
    progress.pageDone?.('https://a.test/', [], 5, 20);
    progress.finish();
    expect(s.text).toHaveLength(2);
    const line = s.text[0]!;
    expect(line.startsWith('\r\x1b[2K[4/20] reject …')).toBe(true);
    expect(line.endsWith('long/long/')).toBe(true);
    expect(line.length).toBeLessThanOrEqual('\r\x1b[2K'.length + 60);
    expect(s.text[1]).toBe('\r\x1b[2K');
  });

  it('prints nothing with --quiet', () => {
    const s = stream(true);
    const progress = createProgress(s, true);
    progress.passStarted?.('https://a.test/', 'before', 0, 1);
    progress.pageDone?.('https://a.test/', [], 1, 1);
    progress.finish();
    expect(s.text).toEqual([]);
  });
});

describe('the assent-scan executable', () => {
  let site: FixtureSite;
  const dirs: string[] = [];
  beforeAll(async () => {
    ensureEmbedBuilt();
    ensureCliBuilt();
    site = await startFixtureSite();
  }, 240_000);
  afterAll(async () => {
    await site?.close();
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  const start = (args: string[]) => {
    const child = spawn(process.execPath, [SCAN_CLI, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    const output = { stdout: '', stderr: '' };
    child.stdout!.on('data', (c: Buffer) => (output.stdout += c));
    child.stderr!.on('data', (c: Buffer) => (output.stderr += c));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    return { child, output, exited };
  };
  /** Waits until stderr matches, or the process ended (then the test's checks say why). */
  const waitFor = (child: ChildProcess, output: { stderr: string }, pattern: RegExp) =>
    new Promise<void>((resolve) => {
      const check = () => (pattern.test(output.stderr) ? resolve() : undefined);
      child.stderr!.on('data', check);
      child.on('exit', () => resolve());
      check();
    });

  it('exits 1 with --fail-on when the site leaks, after writing the files and a summary', async () => {
    const dir = outDir();
    dirs.push(dir);
    const { output, exited } = start([
      `${site.url}/`,
      '--pages',
      '1',
      '--out',
      dir,
      '--fail-on',
      'pre-consent,tracker-request',
    ]);
    const code = await exited;
    expect({ code, stderr: output.stderr }).toMatchObject({ code: 1 });
    expect(output.stdout).toMatch(/^Scanned 1 pages of http:\/\/127\.0\.0\.1:\d+\/ in [\d.]+ s: \d+ cookies/);
    expect(output.stderr).toContain(`[1/1] ${site.url}/\n`);
    expect(output.stderr).toMatch(/assent-scan: \d+ findings of --fail-on pre-consent,tracker-request:\n/);
    expect(output.stderr).toContain(`  pre-consent: _ga on ${site.url}/: `);
    expect(output.stderr).toContain(`  tracker-request: www.google-analytics.com on ${site.url}/: `);
    for (const file of ['config.json', 'report.json', 'report.html'])
      expect(existsSync(join(dir, file))).toBe(true);
  }, 120_000);

  it('stops on SIGINT, closes the browser and writes nothing (exit 130)', async () => {
    const dir = outDir();
    dirs.push(dir);
    const { child, output, exited } = start([`${site.url}/articles/`, '--pages', '20', '--out', dir]);
    await waitFor(child, output, /\[1\/\d+\]/);
    const stopped = Date.now();
    child.kill('SIGINT');
    const code = await exited;
    expect({ code, stderr: output.stderr }).toMatchObject({ code: 130 });
    expect(Date.now() - stopped).toBeLessThan(10_000);
    expect(output.stderr).toContain('assent-scan: interrupted; nothing written');
    expect(existsSync(join(dir, 'report.json'))).toBe(false);
  }, 120_000);
});
