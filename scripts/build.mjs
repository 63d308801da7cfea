#!/usr/bin/env node
// `pnpm build`: rollup (ESM per package + the script-tag bundle), then .d.ts files with tsc.
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
for (const dir of ['protocol', 'core', 'banner', 'adapters', 'embed', 'ledger', 'scan', 'react', 'vue'])
  rmSync(resolve(root, 'packages', dir, 'dist'), { recursive: true, force: true });
const run = (cmd, args) => {
  const result = spawnSync(cmd, args, { stdio: 'inherit', cwd: root });
  if (result.status !== 0) process.exit(result.status || 1);
};
run(resolve(root, 'node_modules/.bin/rollup'), [
  '-c',
  'rollup.config.ts',
  '--configPlugin',
  'esbuild',
  '--silent',
]);
run(process.execPath, [resolve(root, 'scripts/build-types.mjs')]);
