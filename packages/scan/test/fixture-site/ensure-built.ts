// Builds what the browser tests need when it is missing, with the repo's rollup config, one
// package at a time (ASSENT_BUILD): Assent's script-tag files (packages/embed/dist/assent.js, which
// the fixture site serves) and the scanner's CLI (packages/scan/dist/cli.js, rebuilt when a source
// is newer). Not scripts/build.mjs: it empties every package's dist first. Test files may run in
// parallel, so a lock directory keeps it to one build at a time.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../../../..');
export const EMBED_SCRIPT = join(root, 'packages/embed/dist/assent.js');
export const SCAN_CLI = join(root, 'packages/scan/dist/cli.js');
const LOCK = join(tmpdir(), 'assent-scan-test-build.lock');

const newest = (dir: string): number =>
  Math.max(
    0,
    ...readdirSync(dir, { recursive: true, encoding: 'utf8' }).map((f) => statSync(join(dir, f)).mtimeMs),
  );

function build(pkg: string) {
  const result = spawnSync(
    join(root, 'node_modules/.bin/rollup'),
    ['-c', 'rollup.config.ts', '--configPlugin', 'esbuild', '--silent'],
    { cwd: root, env: { ...process.env, ASSENT_BUILD: pkg }, encoding: 'utf8' },
  );
  if (result.status !== 0)
    throw new Error(`building packages/${pkg} failed (rollup exit ${result.status}): ${result.stderr}`);
}

const sleep = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

/** Holds the lock while `fn` runs (waits up to 5 minutes; a lock older than that is stale). */
function locked(fn: () => void) {
  const until = Date.now() + 300_000;
  for (;;) {
    try {
      mkdirSync(LOCK);
      break;
    } catch {
      if (existsSync(LOCK) && Date.now() - statSync(LOCK).mtimeMs > 300_000)
        rmSync(LOCK, { recursive: true });
      if (Date.now() > until) throw new Error(`${LOCK} is held: another build is running`);
      sleep(200);
    }
  }
  try {
    fn();
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
}

/** Builds Assent's script-tag files when missing. */
export function ensureEmbedBuilt() {
  if (existsSync(EMBED_SCRIPT)) return;
  locked(() => existsSync(EMBED_SCRIPT) || build('embed'));
  if (!existsSync(EMBED_SCRIPT)) throw new Error(`${EMBED_SCRIPT} is missing after the build`);
}

const PROTOCOL = join(root, 'packages/protocol/dist/index.js');

/**
 * Builds the scanner's CLI when missing or older than its sources, and `@assent/protocol`, which
 * the built CLI imports, when it is missing (a clean clone runs the unit tests before any build).
 */
export function ensureCliBuilt() {
  const stale = () =>
    !existsSync(SCAN_CLI) ||
    !existsSync(PROTOCOL) ||
    statSync(SCAN_CLI).mtimeMs < newest(join(root, 'packages/scan/src'));
  if (!stale()) return;
  locked(() => stale() && build('protocol,scan'));
  if (!existsSync(SCAN_CLI)) throw new Error(`${SCAN_CLI} is missing after the build`);
}
