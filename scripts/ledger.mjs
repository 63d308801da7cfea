#!/usr/bin/env node
// `pnpm ledger`: starts the consent-receipt ledger on localhost with SQLite
// (builds packages/ledger first when its dist is missing). Arguments go to the ledger's CLI, e.g.
// `pnpm ledger --port 8787 --origin http://localhost:8080`; see packages/ledger/README.md.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const cli = resolve(root, 'packages/ledger/dist/cli.js');
if (!existsSync(cli)) {
  const built = spawnSync(process.execPath, [resolve(root, 'scripts/build.mjs')], {
    stdio: 'inherit',
    cwd: root,
  });
  if (built.status !== 0) process.exit(built.status || 1);
}
const result = spawnSync(process.execPath, [cli, ...process.argv.slice(2)], { stdio: 'inherit', cwd: root });
process.exit(result.status ?? 1);
