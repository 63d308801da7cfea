#!/usr/bin/env node
// @ts-check
// Load benchmark of @assent/ledger: POST /receipts on 127.0.0.1 with SQLite, then PostgreSQL.
// The ledger runs in a child process (bundled from TS source with esbuild); this process is the load generator.
// Usage: pnpm --filter @assent/ledger bench [options], or node packages/ledger/bench/run.mjs [--n 20000]
//        [--concurrency 50] [--dup 0.1] [--time-limit 120] [--backends sqlite,postgres]
// Writes packages/ledger/bench/RESULTS.md and prints the same markdown table. Loopback only; stops by itself.
import { fork } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { bundleLedger, markdownTable, pct, requireFromLedger, serveParent } from './lib.mjs';

const here = dirname(fileURLToPath(import.meta.url));

function receipt() {
  const consentId = randomUUID();
  return {
    id: randomUUID(),
    consentId,
    timestamp: new Date().toISOString(),
    revision: 3,
    mode: 'opt-in',
    region: 'DE',
    categories: { essential: true, analytics: Math.random() < 0.5, advertising: Math.random() < 0.3 },
    action: 'custom',
    source: 'banner',
    gpc: false,
    language: 'de-DE',
    textHash: 'ab'.repeat(32),
    url: 'https://www.example.com/products/42?ref=bench',
    sdkVersion: '0.1.0',
  };
}

/**
 * The send list: unique receipts, plus about `dup` of them sent again (later, identical), shuffled.
 * @param {number} n - Sends in all.
 * @param {number} dup - Share of repeated sends (0 to 1).
 */
function workload(n, dup) {
  const duplicates = Math.round(n * dup);
  const unique = Array.from({ length: n - duplicates }, receipt);
  const sends = unique.map((r) => JSON.stringify(r));
  for (let i = 0; i < duplicates; i++)
    sends.push(/** @type {string} */ (sends[Math.floor(Math.random() * unique.length)]));
  for (let i = sends.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [sends[i], sends[j]] = /** @type {[string, string]} */ ([sends[j], sends[i]]);
  }
  return { unique, sends };
}

/**
 * Sends `sends` with `concurrency` requests in flight until done or `deadline` (performance.now()).
 * @param {string} url - The ledger's base URL.
 * @param {string[]} sends - Request bodies.
 * @param {number} concurrency - Requests in flight.
 * @param {number} deadline - When to stop sending.
 */
async function load(url, sends, concurrency, deadline) {
  /** @type {number[]} */
  const latencies = [];
  /** @type {Map<number, number>} */
  const statuses = new Map();
  /** @type {Set<string>} */
  const acceptedIds = new Set();
  let next = 0;
  let errors = 0;
  const t0 = performance.now();
  const worker = async () => {
    while (next < sends.length && performance.now() < deadline) {
      const body = /** @type {string} */ (sends[next++]);
      const start = performance.now();
      try {
        const res = await fetch(`${url}/receipts`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body,
        });
        await res.arrayBuffer();
        latencies.push(performance.now() - start);
        statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
        if (res.status === 201 || res.status === 200) acceptedIds.add(JSON.parse(body).id);
      } catch {
        errors++;
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  const elapsed = (performance.now() - t0) / 1000;
  return { latencies: latencies.sort((a, b) => a - b), statuses, acceptedIds, errors, elapsed, sent: next };
}

/**
 * The ids of the receipts in the database.
 * @param {string} backend - `sqlite` or `postgres`.
 * @param {string} target - The SQLite file or the PostgreSQL connection string.
 * @returns {Promise<string[]>}
 */
async function countInDb(backend, target) {
  if (backend === 'sqlite') {
    const Database = requireFromLedger('better-sqlite3');
    const db = new Database(target, { readonly: true });
    const ids = db.prepare('SELECT id FROM assent_receipts').pluck().all();
    db.close();
    return ids;
  }
  const pg = requireFromLedger('pg');
  const client = new pg.Client({ connectionString: target });
  await client.connect();
  const { rows } = await client.query('SELECT id::text AS id FROM assent_receipts');
  await client.end();
  return rows.map((/** @type {{ id: string }} */ r) => r.id);
}

/** @typedef {{ n: number, concurrency: number, dup: number, timeLimit: number }} Options */

/**
 * Runs one backend: the ledger in a child process, warm-up, the measured load, then the database check.
 * @param {string} backend - `sqlite` or `postgres`.
 * @param {string} target - The SQLite file or the PostgreSQL connection string.
 * @param {string} bundlePath - The bundled ledger.
 * @param {Options} opts - The run's options.
 */
async function runBackend(backend, target, bundlePath, opts) {
  const child = fork(fileURLToPath(import.meta.url), ['--child', bundlePath, backend, target], {
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  /** @type {{ url: string }} */
  const { url } = await new Promise((resolve, reject) => {
    child.once('message', resolve);
    child.once('exit', (code) => reject(new Error(`ledger child exited with ${code}`)));
  });
  const { unique, sends } = workload(opts.n, opts.dup);
  // Warm-up with receipts that are not counted (JIT, connection pools, SQLite page cache).
  await load(url, workload(500, 0).sends, opts.concurrency, performance.now() + 10_000);
  const warm = new Set(await countInDb(backend, target));
  const loadBefore = loadavg()[0] ?? NaN;
  const r = await load(url, sends, opts.concurrency, performance.now() + opts.timeLimit * 1000);
  const loadAfter = loadavg()[0] ?? NaN;
  await new Promise((resolve) => {
    child.once('exit', resolve);
    child.send('stop');
  });
  const inDb = (await countInDb(backend, target)).filter((id) => !warm.has(id));
  const distinctInDb = new Set(inDb);
  /** @type {Set<string>} */
  const sentIds = new Set(sends.slice(0, r.sent).map((s) => JSON.parse(s).id));
  const lost = [...r.acceptedIds].filter((id) => !distinctInDb.has(id)).length;
  const unexpected = [...distinctInDb].filter((id) => !sentIds.has(id)).length;
  const accepted = (r.statuses.get(201) ?? 0) + (r.statuses.get(200) ?? 0);
  return {
    backend,
    skipped: undefined,
    sent: r.sent,
    uniqueSent: sentIds.size,
    duplicateSends: r.sent - sentIds.size,
    created: r.statuses.get(201) ?? 0,
    duplicates: r.statuses.get(200) ?? 0,
    other: [...r.statuses].filter(([s]) => s !== 201 && s !== 200).reduce((n, [, c]) => n + c, 0) + r.errors,
    elapsed: r.elapsed,
    rps: accepted / r.elapsed,
    p50: pct(r.latencies, 50),
    p90: pct(r.latencies, 90),
    p99: pct(r.latencies, 99),
    max: r.latencies[r.latencies.length - 1] ?? NaN,
    rows: inDb.length,
    distinctInDb: distinctInDb.size,
    lost,
    doubled: inDb.length - distinctInDb.size,
    unexpected,
    ok:
      distinctInDb.size === sentIds.size &&
      inDb.length === distinctInDb.size &&
      lost === 0 &&
      unexpected === 0 &&
      (r.statuses.get(201) ?? 0) === sentIds.size,
    unique: unique.length,
    load: `${loadBefore.toFixed(1)} → ${loadAfter.toFixed(1)}`,
  };
}

/** @typedef {Awaited<ReturnType<typeof runBackend>> | { backend: string, skipped: string }} Result */

/**
 * The RESULTS.md text.
 * @param {Result[]} results - One per backend.
 * @param {Options} opts - The run's options.
 */
function table(results, opts) {
  const f = (/** @type {number} */ x) => (Number.isFinite(x) ? x.toFixed(1) : '–');
  const header = [
    'backend',
    'sent',
    'distinct ids sent',
    'duplicate sends',
    '201 stored',
    '200 duplicate',
    'other/errors',
    'time (s)',
    'accepted receipts/s',
    'p50 ms',
    'p90 ms',
    'p99 ms',
    'max ms',
    'rows in DB',
    'distinct ids in DB',
    'lost',
    'doubled',
    'verdict',
    '1-min load avg',
  ];
  const align = header.map((_, i) => (i === 0 || i >= 17 ? 'l' : 'r'));
  const rows = results.map((r) =>
    r.skipped !== undefined
      ? [r.backend, ...Array.from({ length: 16 }, () => '–'), `skipped: ${r.skipped}`, '–']
      : [
          r.backend,
          r.sent,
          r.uniqueSent,
          r.duplicateSends,
          r.created,
          r.duplicates,
          r.other,
          r.elapsed.toFixed(2),
          Math.round(r.rps),
          f(r.p50),
          f(r.p90),
          f(r.p99),
          f(r.max),
          r.rows,
          r.distinctInDb,
          r.lost,
          r.doubled,
          r.ok ? 'OK: none lost or doubled' : 'FAILED',
          r.load,
        ],
  );
  const lines = markdownTable(header, align, rows);
  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  return `# @assent/ledger load benchmark

Run: ${new Date().toISOString()} · Node ${process.version} · ${cpus().length} × ${cpu} (shared machine)

\`node packages/ledger/bench/run.mjs --n ${opts.n} --concurrency ${opts.concurrency} --dup ${opts.dup} --time-limit ${opts.timeLimit}\`

Each backend: a fresh database; the ledger (rate limit off) runs in a child process on 127.0.0.1; this process sends
one receipt per \`POST /receipts\` (Node fetch/undici, keep-alive, ${opts.concurrency} in flight) after 500 uncounted warm-up receipts.
About ${Math.round(opts.dup * 100)}% of the sends repeat an earlier receipt (identical body), shuffled in among the new ones.
Latency is per request as the client saw it. "Lost" = receipts answered 201/200 but missing from the database;
"doubled" = rows minus distinct ids. Verdict OK requires: distinct ids in the DB == distinct ids sent, no doubles,
no unknown ids, and exactly one 201 per distinct id.

${lines.join('\n')}

PostgreSQL: throwaway cluster from Debian's packages (initdb, fsync=off, synchronous_commit=off: this measures the
ledger, not the disk). SQLite: WAL, synchronous=NORMAL, file in a temp dir.
Client, ledger and database share the same ${cpus().length} cores (and, on a shared CI box, other jobs: see the load
average column), so the figures are a floor for a dedicated machine, not a ceiling.
`;
}

async function main() {
  const { values } = parseArgs({
    options: {
      n: { type: 'string', default: '20000' },
      concurrency: { type: 'string', default: '50' },
      dup: { type: 'string', default: '0.1' },
      'time-limit': { type: 'string', default: '120' },
      backends: { type: 'string', default: 'sqlite,postgres' },
    },
  });
  const opts = {
    n: Math.min(200_000, Number(values.n)),
    concurrency: Math.min(500, Number(values.concurrency)),
    dup: Number(values.dup),
    timeLimit: Number(values['time-limit']),
  };
  const work = mkdtempSync(join(tmpdir(), 'assent-ledger-bench-'));
  /** @type {Result[]} */
  const results = [];
  let pgServer;
  try {
    const bundlePath = await bundleLedger(join(work, 'ledger-bench.mjs'));
    const lib = await import(pathToFileURL(bundlePath).href);
    for (const backend of values.backends.split(',')) {
      console.error(`[bench] ${backend}: ${opts.n} sends, concurrency ${opts.concurrency}…`);
      if (backend === 'sqlite') {
        results.push(await runBackend('sqlite', join(work, 'bench.sqlite'), bundlePath, opts));
      } else if (backend === 'postgres') {
        if (!lib.findPgBin()) {
          results.push({ backend, skipped: lib.PG_MISSING });
          continue;
        }
        pgServer = await lib.startPgServer();
        results.push(await runBackend('postgres', pgServer.connectionString, bundlePath, opts));
        await pgServer.stop();
        pgServer = undefined;
      }
    }
  } finally {
    await pgServer?.stop();
    rmSync(work, { recursive: true, force: true });
  }
  const md = table(results, opts);
  writeFileSync(join(here, 'RESULTS.md'), md);
  console.log(md);
  if (results.some((r) => r.skipped === undefined && !r.ok)) process.exitCode = 1;
}

// ---- child: runs one ledger until told to stop ----
if (process.argv[2] === '--child') {
  const [, , , bundlePath = '', backend, target] = process.argv;
  const lib = await import(pathToFileURL(bundlePath).href);
  const storage =
    backend === 'postgres'
      ? lib.createPostgresStorage({ connectionString: target, max: 10 })
      : lib.createSqliteStorage(target);
  const ledger = await lib.startLedger({ storage, port: 0, host: '127.0.0.1', rateLimit: false });
  serveParent(ledger, storage);
} else {
  await main();
}
