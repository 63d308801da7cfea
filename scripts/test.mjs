#!/usr/bin/env node
// Runs every check, in order, and stops at the first failure (exit code ≠ 0):
// typecheck, lint/format, unit tests, build, package shape (publint), byte budgets, browser
// end-to-end tests (Playwright: Chromium + Firefox ESR), WebKit smoke tests (WebDriver).
// ASSENT_ENGINES=chromium (or a comma list of chromium, firefox, webkit) restricts the browsers.
// `node scripts/test.mjs --skip e2e,size` skips steps (quick local runs); `--only unit` runs one.
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const bin = (name) => resolve(root, 'node_modules', '.bin', name);
const steps = [
  ['typecheck', bin('tsc'), ['-p', 'tsconfig.json', '--noEmit']],
  ['lint', bin('biome'), ['ci', '--colors=off', '.']],
  ['unit', bin('vitest'), ['run']],
  ['build', process.execPath, [resolve(root, 'scripts/build.mjs')]],
  ['publint', process.execPath, [resolve(root, 'scripts/publint.mjs')]],
  ['size', process.execPath, [resolve(root, 'scripts/size.mjs'), '--check']],
  ['e2e', bin('playwright'), ['test']],
  ['webkit', process.execPath, [resolve(root, 'test/webkit/run.mjs')]],
];
const arg = (name) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1]?.split(',') : undefined;
};
const only = arg('only');
const skip = arg('skip') ?? [];
const started = Date.now();
for (const [name, cmd, args] of steps) {
  if ((only && !only.includes(name)) || skip.includes(name)) continue;
  const t = Date.now();
  console.log(`\n━━ ${name} ━━ ${[cmd.replace(`${root}/`, ''), ...args].join(' ')}`);
  const result = spawnSync(cmd, args, { stdio: 'inherit', cwd: root });
  const seconds = ((Date.now() - t) / 1000).toFixed(1);
  if (result.status !== 0) {
    console.error(`\n✗ ${name} failed (exit ${result.status ?? result.signal}) after ${seconds} s`);
    process.exit(result.status || 1);
  }
  console.log(`✓ ${name} (${seconds} s)`);
}
console.log(`\nall checks passed in ${((Date.now() - started) / 1000).toFixed(0)} s`);
