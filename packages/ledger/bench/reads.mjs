#!/usr/bin/env node
// @ts-check
// Read benchmark of @assent/ledger: does the ledger keep answering while heavy reads run?
// On a database of --rows receipts spread over 366 days (plus one consent with --big receipts), it measures
// GET /health latency (p50/p99/max) while idle, while 3 clients loop GET /stats over 366 days, while the big
// consent's receipts are read (page by page where the ledger pages), and (SQLite) while another connection holds
// the write lock and receipts are POSTed.
// Usage: pnpm --filter @assent/ledger bench:reads [options], or node packages/ledger/bench/reads.mjs
//        [--rows 200000] [--big 20000] [--seconds 10] [--backends sqlite,postgres] [--baseline <checkout>]
// --baseline: a checkout (e.g. `git archive HEAD packages/ledger/src packages/protocol/src | tar -x -C /tmp/b`)
// measured first, on the same database, so its figures and this checkout's sit side by side; this checkout then
// opens the database the baseline wrote (the "open" column includes any migration).
// Writes packages/ledger/bench/RESULTS-reads.md and prints it. Loopback only; stops by itself.
import { fork } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { bundleLedger, markdownTable, pct, requireFromLedger, serveParent } from './lib.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const TOKEN = 'bench-token-0123456789abcdef';
const auth = { authorization: `Bearer ${TOKEN}` };
const LAST_DAY = '2026-11-30';
const FIRST_DAY = '2025-11-30'; // 366 days up to LAST_DAY, inclusive
const ACTIONS = ['accept-all', 'reject-all', 'custom', 'reset', 'gpc'];
const sleep = (/** @type {number} */ ms) => new Promise((r) => setTimeout(r, ms));

/**
 * Receipt `i` of the data set: reception spread evenly over the 366 days, 3 revisions, 5 actions; about
 * two receipts per consent id, except the big consent's.
 * @param {number} i - Index.
 * @param {number} rows - Receipts in all.
 * @param {string} consentId - The consent id to use.
 */
function receiptAt(i, rows, consentId) {
  const start = Date.parse(`${FIRST_DAY}T00:00:00.000Z`);
  const receivedAt = new Date(start + Math.floor((i / rows) * 366 * 86_400_000)).toISOString();
  return {
    id: randomUUID(),
    consentId,
    timestamp: new Date(Date.parse(receivedAt) - 1000).toISOString(),
    revision: 1 + (i % 3),
    mode: 'opt-in',
    region: 'DE',
    categories: { advertising: i % 3 === 0, analytics: i % 2 === 0, essential: true },
    action: ACTIONS[i % 5],
    source: 'banner',
    gpc: false,
    language: 'de-DE',
    textHash: 'ab'.repeat(32),
    url: 'https://www.example.com/products/42?ref=bench',
    sdkVersion: '0.1.0',
    receivedAt,
  };
}

/**
 * Fills an empty storage: `rows` receipts, of which `big` share one consent id.
 * @param {any} storage - A LedgerStorage.
 * @param {number} rows - Receipts in all.
 * @param {number} big - Receipts of the big consent.
 * @param {string} bigConsent - Its id.
 */
async function populate(storage, rows, big, bigConsent) {
  let pair = randomUUID();
  for (let i = 0; i < rows; i += 2000) {
    const batch = [];
    for (let j = i; j < Math.min(rows, i + 2000); j++) {
      if (j % 2 === 0) pair = randomUUID();
      batch.push(receiptAt(j, rows, j % Math.max(1, Math.floor(rows / big)) === 0 ? bigConsent : pair));
    }
    await storage.insert(batch);
  }
}

/**
 * Sends GET /health one after another (10 ms apart) until `stop()` resolves; returns sorted latencies.
 * @param {string} url - The ledger's base URL.
 */
function probeHealth(url) {
  /** @type {number[]} */
  const latencies = [];
  let running = true;
  const done = (async () => {
    while (running) {
      const t = performance.now();
      // A connection the ledger closed while frozen (keep-alive timeout) fails once: counted as it took.
      await fetch(`${url}/health`).then(
        (res) => res.arrayBuffer(),
        () => undefined,
      );
      latencies.push(performance.now() - t);
      await sleep(10);
    }
  })();
  return async () => {
    running = false;
    await done;
    return latencies.sort((a, b) => a - b);
  };
}

/**
 * Runs `work` while probing /health.
 * @template T
 * @param {string} url - The ledger's base URL.
 * @param {() => Promise<T>} work - The load.
 * @returns {Promise<{ result: T, health: number[] }>}
 */
async function whileProbing(url, work) {
  const stop = probeHealth(url);
  const result = await work();
  return { result, health: await stop() };
}

/**
 * `clients` loops of GET /stats over 366 days, until `seconds` passed and each finished at least one.
 * @param {string} url - The ledger's base URL.
 * @param {number} clients - Loops at once.
 * @param {number} seconds - Minimum duration.
 */
async function statsLoad(url, clients, seconds) {
  const until = performance.now() + seconds * 1000;
  /** @type {number[]} */
  const latencies = [];
  const statuses = new Set();
  const loop = async () => {
    do {
      const t = performance.now();
      try {
        const res = await fetch(`${url}/stats?from=${FIRST_DAY}&to=${LAST_DAY}`, { headers: auth });
        await res.arrayBuffer();
        statuses.add(res.status);
      } catch {
        statuses.add('error');
      }
      latencies.push(performance.now() - t);
    } while (performance.now() < until);
  };
  await Promise.all(Array.from({ length: clients }, loop));
  return { latencies: latencies.sort((a, b) => a - b), statuses: [...statuses].join('/') };
}

/**
 * Reads every receipt of one consent, following `next` where the ledger pages.
 * @param {string} url - The ledger's base URL.
 * @param {string} consentId - The consent.
 */
async function readConsent(url, consentId) {
  const t = performance.now();
  let count = 0;
  let requests = 0;
  let largest = 0;
  let slowest = 0;
  /** @type {string | null} */
  let next = null;
  do {
    const q = next === null ? 'limit=1000' : `limit=1000&after=${encodeURIComponent(next)}`;
    const r = performance.now();
    const res = await fetch(`${url}/consents/${consentId}/receipts?${q}`, { headers: auth });
    const text = await res.text();
    slowest = Math.max(slowest, performance.now() - r);
    requests++;
    largest = Math.max(largest, text.length);
    const body = JSON.parse(text);
    count += body.receipts.length;
    next = body.next ?? null;
  } while (next !== null);
  return { count, requests, largest, slowest, total: performance.now() - t };
}

/**
 * (SQLite) Holds the write lock from another connection for `seconds` while POSTing 3 receipts in turn.
 * @param {string} url - The ledger's base URL.
 * @param {string} file - The SQLite file.
 * @param {number} seconds - How long the lock is held.
 */
async function underWriteLock(url, file, seconds) {
  const Database = requireFromLedger('better-sqlite3');
  const other = new Database(file);
  other.exec('BEGIN IMMEDIATE');
  const released = sleep(seconds * 1000).then(() => {
    other.exec('ROLLBACK');
    other.close();
  });
  /** @type {number[]} */
  const statuses = [];
  let slowest = 0;
  for (let i = 0; i < 3; i++) {
    const t = performance.now();
    const { receivedAt: _, ...body } = receiptAt(i, 3, randomUUID());
    const res = await fetch(`${url}/receipts`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ ...body, timestamp: new Date().toISOString() }),
    });
    await res.arrayBuffer();
    statuses.push(res.status);
    slowest = Math.max(slowest, performance.now() - t);
  }
  await released;
  return { statuses: statuses.join('/'), slowest };
}

/** @typedef {{ rows: number, big: number, seconds: number }} Options */

/**
 * One source on one backend: the ledger in a child process, then the phases.
 * @param {string} label - `baseline` or `this checkout`.
 * @param {string} backend - `sqlite` or `postgres`.
 * @param {string} target - The SQLite file or the PostgreSQL connection string.
 * @param {string} bundlePath - The bundled ledger.
 * @param {Options} opts - The run's options.
 */
async function measure(label, backend, target, bundlePath, opts) {
  const child = fork(
    fileURLToPath(import.meta.url),
    ['--child', bundlePath, backend, target, String(opts.rows), String(opts.big)],
    {
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    },
  );
  /** @type {{ url: string, bigConsent: string, populateMs: number, openMs: number }} */
  const info = await new Promise((resolve, reject) => {
    child.once('message', resolve);
    child.once('exit', (code) => reject(new Error(`ledger child exited with ${code}`)));
  });
  const { url } = info;
  try {
    const idle = await whileProbing(url, () => sleep(2000));
    const stats = await whileProbing(url, () => statsLoad(url, 3, opts.seconds));
    const consent = await whileProbing(url, () => readConsent(url, info.bigConsent));
    const lock = backend === 'sqlite' ? await whileProbing(url, () => underWriteLock(url, target, 3)) : null;
    return { label, backend, ...info, idle: idle.health, stats, consent, lock };
  } finally {
    await new Promise((resolve) => {
      child.once('exit', resolve);
      child.send('stop');
    });
  }
}

/** @typedef {Awaited<ReturnType<typeof measure>>} Result */

/**
 * The RESULTS-reads.md text.
 * @param {Result[]} results - One per source and backend.
 * @param {Options} opts - The run's options.
 * @param {string | undefined} baseline - The baseline checkout.
 */
function report(results, opts, baseline) {
  const f = (/** @type {number} */ x) => (Number.isFinite(x) ? x.toFixed(1) : '–');
  const health = (/** @type {number[]} */ l) =>
    `${f(pct(l, 50))} / ${f(pct(l, 99))} / ${f(l.at(-1) ?? Number.NaN)}`;
  const header = [
    'source',
    'backend',
    'fill s',
    'open ms',
    '/health idle p50/p99/max ms',
    '/health under 3×/stats p50/p99/max ms',
    '/stats done',
    '/stats p50/max ms',
    'big consent: requests, largest KB, slowest ms, all ms',
    '/health while reading it p50/p99/max ms',
    'write lock held 3 s: POST statuses, slowest ms',
    '/health under the lock p50/p99/max ms',
  ];
  const rows = results.map((r) => [
    r.label,
    r.backend,
    f(r.populateMs / 1000),
    Math.round(r.openMs),
    health(r.idle),
    health(r.stats.health),
    `${r.stats.result.latencies.length} (${r.stats.result.statuses})`,
    `${f(pct(r.stats.result.latencies, 50))} / ${f(r.stats.result.latencies.at(-1) ?? Number.NaN)}`,
    `${r.consent.result.requests}, ${Math.round(r.consent.result.largest / 1024)}, ${Math.round(r.consent.result.slowest)}, ${Math.round(r.consent.result.total)}`,
    health(r.consent.health),
    r.lock ? `${r.lock.result.statuses}, ${Math.round(r.lock.result.slowest)}` : '–',
    r.lock ? health(r.lock.health) : '–',
  ]);
  const lines = markdownTable(
    header,
    header.map((_, i) => (i < 2 ? 'l' : 'r')),
    rows,
  );
  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  return `# @assent/ledger read benchmark: does /health answer while heavy reads run?

Run: ${new Date().toISOString()} · Node ${process.version} · ${cpus().length} × ${cpu} (shared machine)

\`node packages/ledger/bench/reads.mjs --rows ${opts.rows} --big ${opts.big} --seconds ${opts.seconds}${baseline ? ' --baseline <checkout>' : ''}\`

Data: ${opts.rows} receipts received evenly over 366 days (${FIRST_DAY} to ${LAST_DAY}), 3 revisions × 5 actions,
about two receipts per consent id, except one consent with ${opts.big} receipts. The ledger runs in a child process on
127.0.0.1; this process sends \`GET /health\` one after another (10 ms apart) during each phase: idle (2 s); 3 clients
looping \`GET /stats\` over all 366 days (at least ${opts.seconds} s, each at least once); reading the big consent's
receipts (\`?limit=1000\`, following \`next\` where the ledger pages; a ledger without paging answers all at once);
(SQLite) another connection holding the write lock (\`BEGIN IMMEDIATE\`) for 3 s while 3 receipts are POSTed in turn.
"fill s": inserting the data set through the storage, in batches of 2000 (0 when the database was already filled).
"open ms": creating the storage on the existing database and its first query (includes any migration).
${baseline ? '"baseline" is the checkout given with `--baseline`, measured first; "this checkout" then opened the same database.\n' : ''}
${lines.join('\n')}
`;
}

async function main() {
  const { values } = parseArgs({
    options: {
      rows: { type: 'string', default: '200000' },
      big: { type: 'string', default: '20000' },
      seconds: { type: 'string', default: '10' },
      backends: { type: 'string', default: 'sqlite,postgres' },
      baseline: { type: 'string' },
    },
  });
  const opts = { rows: Number(values.rows), big: Number(values.big), seconds: Number(values.seconds) };
  const work = mkdtempSync(join(tmpdir(), 'assent-ledger-reads-'));
  /** @type {Result[]} */
  const results = [];
  let pgServer;
  try {
    const sources = [{ label: 'this checkout', bundle: await bundleLedger(join(work, 'current.mjs')) }];
    if (values.baseline)
      sources.unshift({
        label: 'baseline',
        bundle: await bundleLedger(join(work, 'baseline.mjs'), values.baseline),
      });
    const lib = await import(pathToFileURL(sources[0]?.bundle ?? '').href);
    for (const backend of values.backends.split(',')) {
      let target = join(work, 'reads.sqlite');
      if (backend === 'postgres') {
        if (!lib.findPgBin()) {
          console.error(`[reads] skipping postgres: ${lib.PG_MISSING}`);
          continue;
        }
        pgServer = await lib.startPgServer();
        target = pgServer.connectionString;
      }
      for (const source of sources) {
        console.error(`[reads] ${source.label}, ${backend}: ${opts.rows} rows…`);
        results.push(await measure(source.label, backend, target, source.bundle, opts));
      }
      await pgServer?.stop();
      pgServer = undefined;
    }
  } finally {
    await pgServer?.stop();
    rmSync(work, { recursive: true, force: true });
  }
  const md = report(results, opts, values.baseline);
  writeFileSync(join(here, 'RESULTS-reads.md'), md);
  console.log(md);
}

// ---- child: opens (and fills, when empty) the database, runs one ledger until told to stop ----
if (process.argv[2] === '--child') {
  const [, , , bundlePath = '', backend, target, rows = '0', big = '0'] = process.argv;
  const lib = await import(pathToFileURL(bundlePath).href);
  let t = performance.now();
  const storage =
    backend === 'postgres'
      ? lib.createPostgresStorage({ connectionString: target, max: 10 })
      : lib.createSqliteStorage(target);
  const lastDay = await storage.stats({ from: LAST_DAY, to: LAST_DAY });
  const openMs = performance.now() - t;
  // A fixed id, so a second run on the same database finds the big consent.
  const bigConsent = '00000000-0000-4000-8000-000000000b19';
  t = performance.now();
  if (lastDay.actions.length === 0) await populate(storage, Number(rows), Number(big), bigConsent);
  const populateMs = performance.now() - t;
  const ledger = await lib.startLedger({
    storage,
    port: 0,
    host: '127.0.0.1',
    rateLimit: false,
    token: TOKEN,
  });
  serveParent(ledger, storage, { bigConsent, populateMs, openMs });
} else {
  await main();
}
