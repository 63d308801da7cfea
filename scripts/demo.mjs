#!/usr/bin/env node
// `pnpm demo`: builds the packages, then serves the examples on localhost:
//   /          examples/script-tag (the script-tag site with the real banner)
//   /assent/   packages/embed/dist (assent.js and its on-demand files)
//   /npm/      examples/npm (the app that uses the packages from code), bundled on the fly
// Options: --port 8080 (or PORT), --no-build
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
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
const port = Number(arg('port', process.env.PORT ?? 8080));
const { url } = await serve({
  root: resolve(root, 'examples/script-tag'),
  mounts: { '/assent/': resolve(root, 'packages/embed/dist'), '/npm/': resolve(npmApp, 'public') },
  port,
  host: arg('host', '127.0.0.1'),
});
const local = url.replace('127.0.0.1', 'localhost');
console.log(
  `\nAssent demo running:\n  script-tag site  ${local}/\n  npm app          ${local}/npm/\nPress Ctrl+C to stop.`,
);
