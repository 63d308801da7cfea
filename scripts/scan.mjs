#!/usr/bin/env node
// `pnpm scan <url> [options]`: runs the scanner (packages/scan), building it first when its dist is
// missing. Arguments go to the `assent-scan` CLI; see packages/scan/README.md.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const cli = resolve(root, 'packages/scan/dist/cli.js');
if (!existsSync(cli)) {
  const built = spawnSync(process.execPath, [resolve(root, 'scripts/build.mjs')], {
    stdio: 'inherit',
    cwd: root,
  });
  if (built.status !== 0) process.exit(built.status || 1);
}
const result = spawnSync(process.execPath, [cli, ...process.argv.slice(2)], {
  stdio: 'inherit',
  cwd: process.cwd(),
});
process.exit(result.status ?? 1);
