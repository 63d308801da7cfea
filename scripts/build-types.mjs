#!/usr/bin/env node
// Emits .d.ts files for every package into packages/<name>/dist with tsc (TypeScript 7).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { addDtsExtensions } from './dts-extensions.mjs';

const root = resolve(import.meta.dirname, '..');
const tmp = mkdtempSync(join(tmpdir(), 'assent-types-'));
let failed = false;
for (const dir of readdirSync(join(root, 'packages'))) {
  const src = join(root, 'packages', dir, 'src');
  if (!existsSync(src)) continue;
  const config = join(tmp, `${dir}.json`);
  writeFileSync(
    config,
    JSON.stringify({
      extends: join(root, 'tsconfig.base.json'),
      compilerOptions: {
        noEmit: false,
        declaration: true,
        emitDeclarationOnly: true,
        outDir: join(root, 'packages', dir, 'dist'),
        rootDir: src,
        typeRoots: [join(root, 'node_modules', '@types')],
        types: ['ledger', 'scan'].includes(dir) ? ['node'] : [],
      },
      include: [src],
      exclude: [join(src, '**/*.test.ts'), join(src, '**/*.test.tsx')],
    }),
  );
  const result = spawnSync(join(root, 'node_modules', '.bin', 'tsc'), ['-p', config], {
    stdio: 'inherit',
    cwd: root,
  });
  if (result.status !== 0) failed = true;
  else addDtsExtensions(join(root, 'packages', dir, 'dist'));
}
rmSync(tmp, { recursive: true, force: true });
process.exit(failed ? 1 : 0);
