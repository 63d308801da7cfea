#!/usr/bin/env node
// Prints the banner's own size (preact and @assent/core external), minified + gzip + brotli.
// Usage: node packages/banner/scripts/size.mjs [--with-deps]  (--with-deps: preact and the core code it imports inlined too)
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const entry = fileURLToPath(new URL('../src/index.ts', import.meta.url));
const result = await build({
  entryPoints: [entry],
  bundle: true,
  minify: true,
  format: 'esm',
  target: 'es2020',
  write: false,
  external: process.argv.includes('--with-deps') ? [] : ['preact', 'preact/*', '@assent/core'],
  conditions: ['source'],
  jsx: 'automatic',
  jsxImportSource: 'preact',
});
const code = result.outputFiles[0].contents;
const brotli = brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const label = process.argv.includes('--with-deps')
  ? 'banner + preact + hooks (+ core helpers it imports)'
  : 'banner';
console.log(
  `${label} (min): ${code.length} B, gzip: ${gzipSync(code, { level: 9 }).length} B, brotli: ${brotli} B`,
);
