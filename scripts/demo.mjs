#!/usr/bin/env node
// `pnpm demo`: builds the packages, then serves the examples on localhost:
//   /          examples/script-tag (the script-tag site with the real banner)
//   /assent/   packages/embed/dist (assent.js and its on-demand files)
//   /npm/      examples/npm (the app that uses the packages from code), bundled on the fly
//   /react/    examples/react (Vite + React with @assent/react), built with Vite
//   /vue/      examples/vue (Vite + Vue with @assent/vue), built with Vite
//   /ledger/   the consent-receipt ledger (@assent/ledger, SQLite), where the site sends its receipts
// Options: --port 8080 (or PORT), --no-build
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { serve } from './serve.mjs';

const root = resolve(import.meta.dirname, '..');
const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
if (!process.argv.includes('--no-build') || !existsSync(resolve(root, 'packages/embed/dist/assent.js'))) {
  console.log('building…');
  const result = spawnSync(process.execPath, [resolve(root, 'scripts/build.mjs')], {
    stdio: 'inherit',
    cwd: root,
  });
  if (result.status !== 0) process.exit(result.status || 1);
}
const npmApp = resolve(root, 'examples/npm');
if (existsSync(resolve(npmApp, 'build.mjs'))) {
  const result = spawnSync(process.execPath, [resolve(npmApp, 'build.mjs')], { stdio: 'inherit', cwd: root });
  if (result.status !== 0) process.exit(result.status || 1);
}
// The framework examples, bundled by Vite from the packages' built dist files.
const frameworkApps = ['@assent/example-react', '@assent/example-vue'].flatMap((name) => ['--filter', name]);
const vite = spawnSync('pnpm', [...frameworkApps, 'run', 'build'], { stdio: 'inherit', cwd: root });
if (vite.status !== 0) process.exit(vite.status || 1);
// The receipt ledger, mounted on the demo's own origin at /ledger/ (SQLite in .cache/), so the
// site's receipts go there and the consent cookie is re-issued by the server (Safari ITP mode).
const { createLedgerHandler, createSqliteStorage } = await import(
  resolve(root, 'packages/ledger/dist/index.js')
);
mkdirSync(resolve(root, '.cache'), { recursive: true });
const ledgerFile = resolve(root, '.cache/demo-ledger.sqlite');
const ledger = createLedgerHandler({
  storage: createSqliteStorage(ledgerFile),
  basePath: '/ledger',
  token: process.env.ASSENT_LEDGER_TOKEN ?? 'demo-token-0123456789',
  cookie: { name: 'assent', maxAgeDays: 182 },
});
const port = Number(arg('port', process.env.PORT ?? 8080));
const { url } = await serve({
  handlers: [ledger],
  root: resolve(root, 'examples/script-tag'),
  mounts: {
    '/assent/': resolve(root, 'packages/embed/dist'),
    '/npm/': resolve(npmApp, 'public'),
    '/react/': resolve(root, 'examples/react/dist'),
    '/vue/': resolve(root, 'examples/vue/dist'),
  },
  port,
  host: arg('host', '127.0.0.1'),
});
const local = url.replace('127.0.0.1', 'localhost');
console.log(`
Assent demo running:
  script-tag site  ${local}/
  npm app          ${local}/npm/
  React app        ${local}/react/
  Vue app          ${local}/vue/
  receipt ledger   ${local}/ledger/ (SQLite: ${ledgerFile})
                   curl -H 'Authorization: Bearer demo-token-0123456789' ${local}/ledger/stats
Press Ctrl+C to stop.`);
