#!/usr/bin/env node
// Bundles the app (src/main.ts → public/app.js) the way a site's own build would: npm-style imports,
// resolved to the packages' built dist files (run `pnpm build` first; `pnpm demo` does).
import { build } from 'esbuild';

await build({
  entryPoints: [new URL('./src/main.ts', import.meta.url).pathname],
  outfile: new URL('./public/app.js', import.meta.url).pathname,
  bundle: true,
  minify: true,
  format: 'esm',
  target: 'es2020',
  sourcemap: true,
  logLevel: 'warning',
});
console.log('examples/npm: built public/app.js');
