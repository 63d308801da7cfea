#!/usr/bin/env node
// @ts-check
// Peer benchmark: Assent against vanilla-cookieconsent, Klaro, Osano cookieconsent and tarteaucitron in
// headless Chromium, interleaved, same machine, with and without 4× CPU slowdown.
// Usage: pnpm bench [options], or node bench/run.mjs [--rounds 10] [--quick] [--only Assent,Klaro] [--no-throttle]
//        [--no-build | --build] [--write | --no-write]
// - builds packages/embed/dist first when it is missing or older than the sources (--build: always;
//   --no-build: never)
// - prints the markdown report; writes docs/benchmark.md (full runs only, unless --write / --no-write)
//   with every sample in bench/results.json (other runs: results-smoke.json only)
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../scripts/chromium.mjs';
import { peers as allPeers } from './peers.mjs';
import { renderReport } from './report.mjs';
import { serveBench } from './server.mjs';
import { rotate } from './stats.mjs';
import { visit } from './visit.mjs';
import { weighFiles } from './weigh.mjs';

/** @typedef {import('./peers.mjs').Peer} Peer */
/** @typedef {import('./visit.mjs').Sample} Sample */
/** @typedef {import('./report.mjs').Weight} Weight */
/** @typedef {import('./report.mjs').BenchData} BenchData */

const here = import.meta.dirname;
const root = resolve(here, '..');
const dist = join(root, 'packages/embed/dist');
const CHROMIUM = CHROMIUM_PATH;
// vanilla-cookieconsent hides its banner from automated browsers: look like a visitor's browser.
const BENCH_ARGS = [...CHROMIUM_ARGS, '--disable-blink-features=AutomationControlled'];

const { values: opts } = parseArgs({
  options: {
    rounds: { type: 'string' },
    quick: { type: 'boolean', default: false },
    only: { type: 'string' },
    'no-throttle': { type: 'boolean', default: false },
    build: { type: 'boolean' },
    'no-build': { type: 'boolean', default: false },
    write: { type: 'boolean' },
    'no-write': { type: 'boolean', default: false },
  },
});
const rounds = Number(opts.rounds ?? (opts.quick ? 3 : 10));
if (!Number.isInteger(rounds) || rounds < 1)
  throw new Error(`--rounds must be a positive integer, not ${opts.rounds}`);
const only = opts.only?.split(',').map((s) => s.trim().toLowerCase());
const peers = allPeers.filter(
  (p) => !only || only.includes(p.name.toLowerCase()) || p.name.startsWith('baseline'),
);
if (only && peers.length !== only.length + (only.some((n) => n.startsWith('baseline')) ? 0 : 1))
  console.warn(`--only: known names are ${allPeers.map((p) => p.name).join(', ')}`);
const scenarios = [
  { name: 'no throttling', rate: 1 },
  ...(opts['no-throttle'] ? [] : [{ name: '4× CPU slowdown', rate: 4 }]),
];
const writeDocs = opts['no-write'] ? false : (opts.write ?? (!opts.quick && !only && rounds >= 10));

// ---------- build ----------
const newest = (/** @type {string} */ dir) => {
  let t = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true }))
    if (entry.isFile()) t = Math.max(t, statSync(join(entry.parentPath, entry.name)).mtimeMs);
  return t;
};
const bundle = join(dist, 'assent.js');
const sourcesChanged = () =>
  ['core', 'banner', 'adapters', 'embed'].some(
    (p) => newest(join(root, 'packages', p, 'src')) > statSync(bundle).mtimeMs,
  );
if (opts.build || (!opts['no-build'] && (!existsSync(bundle) || sourcesChanged()))) {
  console.log('building packages (node scripts/build.mjs)…');
  const built = spawnSync(process.execPath, [join(root, 'scripts/build.mjs')], {
    cwd: root,
    stdio: 'inherit',
  });
  if (built.status !== 0) process.exit(built.status ?? 1);
}
if (!existsSync(bundle))
  throw new Error(`${bundle} is missing: run node scripts/build.mjs (or drop --no-build)`);
// Serve a private copy: a rebuild during the run (other work on the repo) must not change or remove
// the files under test.
const snapshot = mkdtempSync(join(tmpdir(), 'assent-bench-'));
cpSync(dist, snapshot, { recursive: true, filter: (src) => !src.endsWith('.map') });
process.on('exit', () => rmSync(snapshot, { recursive: true, force: true }));

// ---------- server (server.mjs): the pages, the peers from this package's node_modules, the snapshot ----------
const server = await serveBench(snapshot);

// ---------- versions and environment ----------
const pkgVersion = (/** @type {string} */ dir) =>
  JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).version;
const gitHead = () => {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8' }).trim();
  } catch {
    return 'unknown';
  }
};
const versions = Object.fromEntries(
  peers.map((p) => [
    p.name,
    p.ours
      ? `${pkgVersion(join(root, 'packages/embed'))} (git ${gitHead()} + working tree; assent.js sha256 ${createHash(
          'sha256',
        )
          .update(readFileSync(join(snapshot, 'assent.js')))
          .digest('hex')
          .slice(0, 12)})`
      : p.pkg
        ? pkgVersion(join(here, 'node_modules', p.pkg))
        : '',
  ]),
);
const chromiumVersion = execFileSync(CHROMIUM, ['--version'], {
  encoding: 'utf8',
  stdio: ['ignore', 'pipe', 'ignore'],
}).trim();
const loadStart = loadavg();
const started = Date.now();

// ---------- run ----------
const browser = await chromium.launch({ executablePath: CHROMIUM, args: BENCH_ARGS });
console.log(
  `${chromiumVersion}; ${rounds} rounds × ${scenarios.length} CPU settings × ${peers.length} pages; load average ${loadStart.map((x) => x.toFixed(2)).join(' / ')}`,
);
/** @type {Record<string, string>} */
const rejectChecks = {};
/** @type {Record<string, Sample>} */
const checkSamples = {};
for (const peer of peers.filter((p) => p.accept)) {
  // untimed: warms the server and the browser, and checks one-click "reject all" on the first layer
  const s = await visit(browser, server.url, peer, { rate: 1, click: 'reject' });
  checkSamples[peer.name] = s;
  rejectChecks[peer.name] = s.error
    ? `❌ ${s.error}`
    : s.buttonVisible && (s.clickToGone ?? -1) >= 0 && !s.returnFlash && s.returnConsentAt === null
      ? '✅ one click'
      : `❌ ${s.buttonVisible ? 'choice not kept' : 'no visible reject button'}`;
}
/** @type {Record<string, Record<string, Sample[]>>} scenario name → peer name → samples */
const samples = Object.fromEntries(
  scenarios.map((sc) => [sc.name, Object.fromEntries(peers.map((p) => [p.name, []]))]),
);
for (let r = 0; r < rounds; r++) {
  for (const sc of scenarios) {
    for (const peer of rotate(peers, r)) {
      const s = await visit(browser, server.url, peer, { rate: sc.rate });
      if (s.error) console.warn(`  ${peer.name}, ${sc.name}, round ${r + 1}: ${s.error}`);
      samples[sc.name]?.[peer.name]?.push(s);
    }
  }
  console.log(`round ${r + 1}/${rounds} done (${Math.round((Date.now() - started) / 1000)} s)`);
}
await browser.close();
await server.close();

// ---------- weights: the files of the first successful first visit, and of its returning visit ----------
/**
 * @param {Peer} peer
 * @param {(s: Sample) => string[] | undefined} pick the sample's requests
 * @returns {Weight | undefined}
 */
const weigh = (peer, pick) => {
  const sample = scenarios
    .flatMap((sc) => samples[sc.name]?.[peer.name] ?? [])
    .find((s) => !s.error && pick(s));
  if (!sample) return undefined;
  /** @type {Array<{ url: string, file: string }>} */
  const files = [];
  for (const url of new Set(pick(sample))) {
    if (url.startsWith('data:')) continue;
    const file = server.fileOf(url);
    if (file) files.push({ url: new URL(url).pathname, file });
    else console.warn(`  ${peer.name}: ${url} is not a local file (not counted)`);
  }
  const w = weighFiles(files.map((f) => f.file));
  return {
    ...w,
    files: w.files.map(({ file, ...sizes }) => ({
      ...sizes,
      url: files.find((x) => x.file === file)?.url ?? file,
    })),
  };
};
/** @type {Record<string, Weight>} */
const weights = {};
/** @type {Record<string, Weight>} */
const returnWeights = {};
for (const peer of peers) {
  const first = weigh(peer, (s) => s.urls);
  if (first) weights[peer.name] = first;
  const back = weigh(peer, (s) => s.returnUrls);
  if (back) returnWeights[peer.name] = back;
}

/** @type {BenchData} */
const data = {
  date: new Date(started).toISOString(),
  chromium: chromiumVersion,
  chromiumArgs: BENCH_ARGS,
  playwright: pkgVersion(join(here, 'node_modules/@playwright/test')),
  node: process.version,
  cpus: `${cpus().length} × ${cpus()[0]?.model.trim() ?? 'unknown CPU'}`,
  loadStart,
  loadEnd: loadavg(),
  runSeconds: Math.round((Date.now() - started) / 1000),
  rounds,
  scenarios,
  versions,
  weights,
  returnWeights,
  rejectChecks,
  checkSamples,
  samples,
};
const md = renderReport(data, peers);
console.log(`\n${md}`);
// results.json always belongs to docs/benchmark.md; a smoke run keeps its samples apart.
const json = writeDocs ? 'results.json' : 'results-smoke.json';
writeFileSync(join(here, json), `${JSON.stringify(data, null, 1)}\n`);
if (writeDocs) writeFileSync(join(root, 'docs/benchmark.md'), md);
console.log(
  writeDocs
    ? 'wrote docs/benchmark.md and bench/results.json'
    : `wrote bench/${json} (docs/benchmark.md and results.json only for full runs, or with --write)`,
);
