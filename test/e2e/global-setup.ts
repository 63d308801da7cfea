// Bundles the test harness entries (test/e2e/harness/*.ts(x)) into test/e2e/.build/ with esbuild,
// so browser tests can exercise packages from source before the embed bundle exists.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';

export default async function globalSetup() {
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
