#!/usr/bin/env node
// @ts-check
// Micro-benchmark of the ledger's rate limiter (no HTTP): how many `take` calls per second it
// serves when many distinct client addresses arrive. The limiter is bundled from its TypeScript
// source with esbuild (as bench/run.mjs does), so no build is needed.
// Usage: node packages/ledger/bench/rate-limiter.mjs [--n 100000] [--rate 12000] [--source <file.ts>]
//   --n       distinct addresses per scenario (default 100,000)
//   --rate    new addresses per simulated second in the "flood" scenario (default 12,000)
//   --source  the rate-limiter source to measure (default src/rate-limiter.ts); to compare with an
//             older version: git show <rev>:packages/ledger/src/rate-limiter.ts > /tmp/old.ts
// Prints a markdown table. The clock is simulated (take's `now` argument); times are wall clock.
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const here = dirname(fileURLToPath(import.meta.url));
const pkg = resolve(here, '..');
const root = resolve(pkg, '../..');

const { values } = parseArgs({
  options: {
    n: { type: 'string', default: '100000' },
    rate: { type: 'string', default: '12000' },
    source: { type: 'string', default: join(pkg, 'src/rate-limiter.ts') },
  },
});
const n = Number(values.n);
const rate = Number(values.rate);
const source = resolve(String(values.source));

/**
 * Bundles the limiter source into one ESM file and imports it.
 * @param {string} dir - A temp dir.
 * @returns {Promise<{ createRateLimiter: (o?: object) => { take(k: string, now?: number): number; clients?: () => number } }>}
 */
async function load(dir) {
  const { build } = createRequire(join(root, 'package.json'))('esbuild');
  const outfile = join(dir, 'rate-limiter.mjs');
  await build({
    entryPoints: [source],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    conditions: ['source'],
    nodePaths: [join(pkg, 'node_modules')],
    outfile,
    logLevel: 'warning',
  });
  return import(pathToFileURL(outfile).href);
}

/**
 * Distinct IPv4-looking addresses.
 * @param {number} count
 * @returns {string[]}
 */
const addresses = (count) =>
  Array.from({ length: count }, (_, i) => `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`);

/**
 * Runs one scenario and measures it.
 * @param {string} name
 * @param {() => { take(k: string, now?: number): number; clients?: () => number }} make
 * @param {(limiter: { take(k: string, now?: number): number }) => number} run - returns the takes made
 */
function measure(name, make, run) {
  globalThis.gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  const limiter = make();
  const t0 = process.hrtime.bigint();
  const takes = run(limiter);
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  const heapMb = (process.memoryUsage().heapUsed - heapBefore) / 1e6;
  const tracked = limiter.clients ? limiter.clients() : '–';
  return { name, takes, ms, opsPerS: Math.round((takes / ms) * 1000), tracked, heapMb };
}

const dir = mkdtempSync(join(tmpdir(), 'assent-rl-bench-'));
try {
  const { createRateLimiter } = await load(dir);
  const keys = addresses(n);
  const rows = [
    // A flood of new addresses at `rate` per second: each sends one request (defaults: 60/min, burst 30).
    measure(
      `flood: ${n} new addresses at ${rate}/s`,
      () => createRateLimiter(),
      (l) => {
        const t0 = 1_000_000;
        for (let i = 0; i < keys.length; i++) l.take(/** @type {string} */ (keys[i]), t0 + (i * 1000) / rate);
        return keys.length;
      },
    ),
    // All at one instant: no bucket ever refills during the run.
    measure(
      `burst: ${n} new addresses at one instant`,
      () => createRateLimiter(),
      (l) => {
        for (const k of keys) l.take(k, 1_000_000);
        return keys.length;
      },
    ),
    // Normal traffic: 1,000 clients, 1,000,000 requests over 100 simulated seconds.
    measure(
      'steady: 1,000 clients, 1,000,000 requests',
      () => createRateLimiter(),
      (l) => {
        const few = keys.slice(0, 1000);
        for (let i = 0; i < 1_000_000; i++) l.take(/** @type {string} */ (few[i % 1000]), 1_000_000 + i / 10);
        return 1_000_000;
      },
    ),
  ];
  console.log(
    `rate limiter: ${source.replace(`${root}/`, '')} · Node ${process.version} · ${cpus()[0]?.model ?? '?'}\n`,
  );
  console.log('| scenario | takes | time (ms) | takes/s | clients tracked at end | heap growth (MB) |');
  console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
  for (const r of rows)
    console.log(
      `| ${r.name} | ${r.takes} | ${r.ms.toFixed(0)} | ${r.opsPerS} | ${r.tracked} | ${r.heapMb.toFixed(1)} |`,
    );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
