import { build } from 'esbuild';

const r = await build({
  entryPoints: ['src/index.ts'],
  bundle: true,
  minify: true,
  format: 'esm',
  write: false,
  external: ['preact', 'preact/*', '@assent/core'],
  conditions: ['source'],
  jsx: 'automatic',
  jsxImportSource: 'preact',
  target: 'es2020',
});
process.stdout.write(r.outputFiles[0].text);
