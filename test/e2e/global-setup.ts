// Bundles the test harness entries (test/e2e/harness/*.ts(x)) into test/e2e/.build/ with esbuild,
// so browser tests can exercise packages from source before the embed bundle exists.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';

export default async function globalSetup() {
  // The end-to-end tests run against the built script-tag bundle; build it when it is missing
  // (`pnpm test` builds before the browser tests anyway).
  const root = join(import.meta.dirname, '..', '..');
  if (!existsSync(join(root, 'packages', 'embed', 'dist', 'assent.js'))) {
    const result = spawnSync(process.execPath, [join(root, 'scripts', 'build.mjs')], {
      stdio: 'inherit',
      cwd: root,
    });
    if (result.status !== 0) throw new Error('pnpm build failed');
  }
  const app = spawnSync(process.execPath, [join(root, 'examples', 'npm', 'build.mjs')], {
    stdio: 'inherit',
    cwd: root,
  });
  if (app.status !== 0) throw new Error('building examples/npm failed');
  const dir = join(import.meta.dirname, 'harness');
  const entries = readdirSync(dir)
    .filter((f) => /\.tsx?$/.test(f))
    .map((f) => join(dir, f));
  if (entries.length === 0) return;
  await build({
    entryPoints: entries,
    outdir: join(import.meta.dirname, '.build'),
    bundle: true,
    format: 'iife',
    target: 'es2020',
    conditions: ['source'],
    jsx: 'automatic',
    jsxImportSource: 'preact',
    sourcemap: 'inline',
    logLevel: 'warning',
  });
}
