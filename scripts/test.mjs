#!/usr/bin/env node
// Runs every check, in order, and stops at the first failure (exit code ≠ 0):
// typecheck, lint/format, unit tests, the benchmark's own tests (bench/, node --test), build,
// the scanner on examples/script-tag (must be clean), package shape (publint), the packed packages
// installed into fresh apps (types with attw, tsc, vite build, the ledger's bin), byte budgets,
// browser end-to-end tests (Playwright: Chromium + Firefox ESR), WebKit smoke tests (WebDriver).
// ASSENT_ENGINES=chromium (or a comma list of chromium, firefox, webkit) restricts the browsers.
// `node scripts/test.mjs --skip e2e,size` skips steps (quick local runs); `--only unit` runs one.
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const bin = (name) => resolve(root, 'node_modules', '.bin', name);
const steps = [
  ['typecheck', bin('tsc'), ['-p', 'tsconfig.json', '--noEmit']],
  ['lint', bin('biome'), ['ci', '--colors=off', '.']],
  ['unit', bin('vitest'), ['run']],
  ['bench', 'pnpm', ['--filter', '@assent/bench', 'test']],
  ['build', process.execPath, [resolve(root, 'scripts/build.mjs')]],
  // The scanner on our showcase (examples/script-tag): no pre-consent, after-reject or tracker finding.
  ['scan-example', process.execPath, [resolve(root, 'packages/scan/test/fixture-site/scan-example.mjs')]],
  ['publint', process.execPath, [resolve(root, 'scripts/publint.mjs')]],
  // Every package packed, its types checked (attw) and installed into fresh Node, React and Vue apps.
  ['install', process.execPath, [resolve(root, 'scripts/pack-install.mjs')]],
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

// Lines worth repeating when a step fails: CI shows only the end of a long log, and a runner's
// own summary ("5 errors") often sits far below the lines that say what the errors were.
const telling = /error|fail|✗|✘|×|timed? ?out|unhandled|expected|received|exception|refused/i;
// biome-ignore lint/suspicious/noControlCharactersInRegex: ANSI colour codes are what it removes.
const plain = (line) => line.replace(/\x1b\[[0-9;]*m/g, '').trimEnd();

/** Runs one step with its output passed through, and keeps the lines that look like failures. */
function runStep(cmd, args) {
  return new Promise((resolvePromise) => {
    const child = spawn(cmd, args, { cwd: root, stdio: ['inherit', 'pipe', 'pipe'] });
    const kept = [];
    const keep = (chunk, out) => {
      out.write(chunk);
      for (const line of chunk.toString().split('\n')) {
        const text = plain(line);
        if (text && telling.test(text) && kept.length < 400) kept.push(text.slice(0, 300));
      }
    };
    child.stdout.on('data', (c) => keep(c, process.stdout));
    child.stderr.on('data', (c) => keep(c, process.stderr));
    child.on('error', (error) => resolvePromise({ status: 1, kept: [String(error)] }));
    child.on('close', (status, signal) => resolvePromise({ status: status ?? signal, kept }));
  });
}

for (const [name, cmd, args] of steps) {
  if ((only && !only.includes(name)) || skip.includes(name)) continue;
  const t = Date.now();
  console.log(`\n━━ ${name} ━━ ${[cmd.replace(`${root}/`, ''), ...args].join(' ')}`);
  const result = await runStep(cmd, args);
  const seconds = ((Date.now() - t) / 1000).toFixed(1);
  if (result.status !== 0) {
    const lines = [...new Set(result.kept)];
    if (lines.length > 0) {
      console.error(`\n── ${name}: the lines above that name errors (${lines.length}, at most 60 shown) ──`);
      for (const line of lines.slice(0, 60)) console.error(`  ${line}`);
    }
    console.error(`\n✗ ${name} failed (exit ${result.status}) after ${seconds} s`);
    process.exit(typeof result.status === 'number' && result.status > 0 ? result.status : 1);
  }
  console.log(`✓ ${name} (${seconds} s)`);
}
console.log(`\nall checks passed in ${((Date.now() - started) / 1000).toFixed(0)} s`);
