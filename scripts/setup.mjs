#!/usr/bin/env node
// One-time set-up for a fresh machine with only Node and npm (also run by .ci/run):
//   1. pnpm 12.4.2 (the version pinned in package.json "packageManager"), installed with npm if missing
//   2. the locked packages (pnpm install --frozen-lockfile); native modules (better-sqlite3) are
//      compiled against Node's own headers when no prebuilt binary can be downloaded
//   3. the system packages the browser and database tests need, from Debian (as root, with apt-get,
//      recommended packages included, as the browsers were tested with them):
//      chromium (Playwright drives /usr/bin/chromium; no browser download), firefox-esr and
//      webkit2gtk-driver + xvfb (the Firefox and WebKit browser tests) and postgresql (ledger tests)
// Usage: node scripts/setup.mjs [--no-system]   (npm run setup)
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const pinned = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).packageManager.split('@')[1];
const run = (cmd, args, env = {}) => {
  console.log(`$ ${cmd} ${args.join(' ')}`);
  const result = spawnSync(cmd, args, { stdio: 'inherit', cwd: root, env: { ...process.env, ...env } });
  if (result.status !== 0) {
    console.error(`setup: "${cmd} ${args.join(' ')}" failed (exit ${result.status})`);
    process.exit(result.status ?? 1);
  }
};
const version = (cmd) => {
  try {
    return execFileSync(cmd, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return null;
  }
};

// 1. pnpm
if (version('pnpm') !== pinned)
  run('npm', ['install', '--global', '--no-fund', '--no-audit', `pnpm@${pinned}`]);

// 2. packages. node-gyp cannot download Node headers here; Debian/Node images ship them in /usr/include/node.
const headers = [
  '/usr/include/node/node.h',
  join(process.execPath, '..', '..', 'include', 'node', 'node.h'),
].find(existsSync);
const nodedir = headers ? resolve(headers, '..', '..', '..') : undefined;
run(
  'pnpm',
  ['install', '--frozen-lockfile'],
  nodedir && !process.env.npm_config_nodedir ? { npm_config_nodedir: nodedir } : {},
);

// 3. system packages for the browser and database tests
const wanted = [
  { pkg: 'chromium', present: () => existsSync('/usr/bin/chromium') },
  { pkg: 'postgresql', present: () => existsSync('/usr/lib/postgresql') },
  // Firefox ESR (Playwright's moz-firefox channel) and WebKitGTK (MiniBrowser + WebKitWebDriver, under
  // Xvfb); Mesa's software GL, openssl for the WebKit runs' local vendor certificate.
  { pkg: 'firefox-esr', present: () => existsSync('/usr/bin/firefox-esr') },
  { pkg: 'webkit2gtk-driver', present: () => existsSync('/usr/bin/WebKitWebDriver') },
  { pkg: 'xvfb', present: () => existsSync('/usr/bin/Xvfb') },
  { pkg: 'xauth', present: () => existsSync('/usr/bin/xauth') },
  { pkg: 'libgl1-mesa-dri', present: () => existsSync('/usr/share/doc/libgl1-mesa-dri') },
  { pkg: 'openssl', present: () => existsSync('/usr/bin/openssl') },
];
const missing = process.argv.includes('--no-system')
  ? []
  : wanted.filter((w) => !w.present()).map((w) => w.pkg);
if (missing.length > 0) {
  if (process.getuid?.() === 0 && version('apt-get')) {
    run('apt-get', ['update', '-qq']);
    run('apt-get', ['install', '-y', '-qq', ...missing], {
      DEBIAN_FRONTEND: 'noninteractive',
    });
  } else {
    console.warn(
      `setup: please install these Debian packages (as root): apt-get install -y ${missing.join(' ')}`,
    );
  }
}
console.log('setup: done');
