#!/usr/bin/env node
// Prints the minified + brotli size of each subpath export of @assent/adapters
// (esbuild bundle, ESM, @assent/core and @assent/protocol external: an app that has a store has both).
// Usage: node packages/adapters/scripts/size.mjs
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const root = join(dirname(new URL(import.meta.url).pathname), '..');
const { exports } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const rows = [];
for (const [subpath, target] of Object.entries(exports)) {
  if (typeof target !== 'object') continue;
  const result = await build({
    entryPoints: [join(root, target.source)],
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2020',
    external: ['@assent/core', '@assent/protocol'],
    write: false,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0].contents;
  const brotli = brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  rows.push({ subpath, minified: code.length, gzip: gzipSync(code, { level: 9 }).length, brotli });
}
console.table(rows);
