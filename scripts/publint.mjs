#!/usr/bin/env node
// Checks every package's published shape (exports maps, types, files) with publint, after a build.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
let failed = 0;
for (const dir of readdirSync(join(root, 'packages'))) {
  const cwd = join(root, 'packages', dir);
  if (!existsSync(join(cwd, 'package.json'))) continue;
  const result = spawnSync(join(root, 'node_modules', '.bin', 'publint'), ['--strict'], {
    cwd,
    encoding: 'utf8',
  });
  const out = `${result.stdout}${result.stderr}`.trim();
  console.log(
    out
      .split('\n')
      .filter((l) => !/^(Running|Packing|Linting)/.test(l))
      .map((l) => `${dir}: ${l}`)
      .join('\n'),
  );
  if (result.status !== 0) failed++;
}
process.exit(failed ? 1 : 0);
