#!/usr/bin/env node
// Installs Assent as a user does: packs every public package (`pnpm pack`), checks each tarball's
// types with @arethetypeswrong/cli (ESM under node16/nodenext and bundlers), then installs the
// tarballs with npm into fresh apps outside the workspace (apps from scripts/pack-apps/) and runs
// each app's checks there: `tsc --noEmit` (strict, skipLibCheck false), its build, its smoke test.
// After `pnpm build`. `--keep` leaves the temporary folder for a look.
//
// better-sqlite3 compiles from source on this machine (no prebuilt download without internet);
// the apps take the workspace's compiled copy (`file:` link) instead of compiling it again.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { publicPackages } from './package-metadata.mjs';

const root = resolve(import.meta.dirname, '..');
const work = mkdtempSync(join(tmpdir(), 'assent-install-'));
const tarballs = join(work, 'tarballs');
mkdirSync(tarballs);

/** Runs a command; exits the script with its output when it fails. */
function run(cmd, args, cwd, what) {
  const started = Date.now();
  const result = spawnSync(cmd, args, {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, npm_config_fund: 'false' },
  });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (result.status !== 0) {
    process.stderr.write(`${result.stdout ?? ''}${result.stderr ?? ''}\n✗ ${what} failed (${seconds} s)\n`);
    process.exit(1);
  }
  console.log(`✓ ${what} (${seconds} s)`);
  return result.stdout;
}

// 1. Pack every public package; pnpm turns workspace:* into the version.
const packed = {};
// `--only core,banner` packs only those (a quick local run; the apps then need only those too).
const only = process.argv
  .find((a) => a.startsWith('--only='))
  ?.slice(7)
  .split(',');
for (const dir of only ?? publicPackages()) {
  const pkg = JSON.parse(readFileSync(join(root, 'packages', dir, 'package.json'), 'utf8'));
  run('pnpm', ['pack', '--pack-destination', tarballs], join(root, 'packages', dir), `pack ${pkg.name}`);
  packed[pkg.name] = join(tarballs, `${pkg.name.replace('@', '').replace('/', '-')}-${pkg.version}.tgz`);
}

// 2. Types as published: every entry resolves, with types, under node16 (ESM) and bundlers.
const attw = join(root, 'node_modules', '.bin', 'attw');
for (const [name, tgz] of Object.entries(packed))
  run(
    attw,
    [tgz, '--profile', 'esm-only', '--format', 'ascii', '--no-emoji', '--no-color'],
    root,
    `types of ${name} (attw)`,
  );

// 3. Fresh apps: each folder of scripts/pack-apps/ is copied out, given the tarballs, installed, checked.
const sqlite = readdirSync(join(root, 'node_modules', '.pnpm')).find((d) => d.startsWith('better-sqlite3@'));
const appsDir = join(root, 'scripts', 'pack-apps');
for (const app of readdirSync(appsDir)) {
  const dir = join(work, app);
  cpSync(join(appsDir, app), dir, { recursive: true });
  const file = join(dir, 'package.json');
  const pkg = JSON.parse(readFileSync(file, 'utf8'));
  const wanted = pkg.assentPackages ?? Object.keys(packed);
  pkg.dependencies = { ...pkg.dependencies };
  for (const name of wanted) pkg.dependencies[name] = `file:${packed[name]}`;
  // Every @assent package the tarballs depend on comes from the tarballs, never from the registry.
  pkg.overrides = Object.fromEntries(Object.entries(packed).map(([name, tgz]) => [name, `file:${tgz}`]));
  if (pkg.dependencies['better-sqlite3'])
    pkg.dependencies['better-sqlite3'] =
      `file:${join(root, 'node_modules', '.pnpm', sqlite, 'node_modules', 'better-sqlite3')}`;
  writeFileSync(file, `${JSON.stringify(pkg, null, 2)}\n`);
  // --ignore-scripts: the only install script the apps would run is better-sqlite3's, which would rebuild
  // the workspace's own copy through the link (it is built already).
  run(
    'npm',
    ['install', '--no-audit', '--no-fund', '--ignore-scripts', '--loglevel=error'],
    dir,
    `${app}: npm install`,
  );
  for (const [script] of Object.entries(pkg.scripts ?? {}).filter(([s]) => s.startsWith('check')))
    run('npm', ['run', '--silent', script], dir, `${app}: ${script}`);
}

if (process.argv.includes('--keep')) console.log(`left in ${work}`);
else rmSync(work, { recursive: true, force: true });
console.log('✓ every package installs like a user’s');
