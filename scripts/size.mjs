#!/usr/bin/env node
// Byte budgets. Each entry is either a built file or an import set bundled here with esbuild
// (minified, everything inlined unless listed as external), then measured raw, gzip -9 and brotli -11.
// `--check` fails when an entry is over its brotli budget; `--json` prints machine-readable rows.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const root = resolve(import.meta.dirname, '..');
const KB = 1024;

/** @type {Array<{ name: string, file?: string, code?: string, external?: string[], budget: number, optional?: boolean }>} */
export const entries = [
  {
    name: 'core: createConsent (+ js-cookie)',
    code: `export { createConsent } from '@assent/core';`,
    // 5.4 → 5.65 KB (issues 13, 15): a wrong optional key is checked on its own and left out with a
    // warning (state.configWarnings) instead of switching consent off; no channel or cookie write
    // where there is no document (server code).
    budget: 5.65 * KB,
  },
  // 5.6 → 5.7 KB: the cookie module (readCookie, writeCookie, expireCookie, …) became public API
  // for the adapters and the receipts, which had each read document.cookie their own way.
  // 5.7 → 6.1 KB: issues 13 and 15, as for createConsent, and the placeholder's one wording
  // (fillPlaceholder, PLACEHOLDER_TEXTS), shared by the script tag's adapter and the bindings.
  { name: 'core: full public API', code: `export * from '@assent/core';`, budget: 6.1 * KB },
  {
    // js-cookie is core's, shared with createConsent in any app that has a store.
    name: 'core/receipts: createReceipts (+ idb-keyval)',
    code: `export { createReceipts } from '@assent/core/receipts';`,
    external: ['js-cookie'],
    // 2.9 → 3.0 KB: the log split into small modules (recorder, delivery, outbox, export) for issue 12.
    // The file the script tag loads, assent.receipts.js, stays under its own 3 KB budget.
    budget: 3 * KB,
  },
  {
    name: 'banner: mountBanner + English (core, preact external)',
    code: `export { mountBanner } from '@assent/banner';`,
    external: ['@assent/core', 'preact', 'preact/*'],
    // 6 → 6.75 KB (issue 16): the language menu of the preferences dialog (switching in place,
    // loading a pack on demand, remembering the pick for the visit) and the language aliases.
    budget: 6.75 * KB,
  },
  // The framework bindings themselves (core, banner and the framework are the app's anyway). Not
  // dependencies of packages/embed, so imported by path from there. About 1.1 KB each: the store
  // shared across StrictMode's remounts, hydration from initialState, the gate and its placeholder.
  {
    name: '@assent/react: bindings (core, banner, react external)',
    code: `export * from '../react/src/index';`,
    external: ['react', '@assent/core', '@assent/core/*', '@assent/banner'],
    budget: 1.15 * KB,
  },
  {
    name: '@assent/vue: bindings (core, banner, vue external)',
    code: `export * from '../vue/src/index';`,
    external: ['vue', '@assent/core', '@assent/core/*', '@assent/banner'],
    budget: 1.15 * KB,
  },
  // The budget: what every visitor of every site downloads.
  {
    name: 'embed: assent.js (script tag: core, gating, Consent Mode)',
    file: 'packages/embed/dist/assent.js',
    budget: 12 * KB,
  },
  {
    name: 'embed: assent.banner.js (Preact + banner + styles + English, on demand)',
    file: 'packages/embed/dist/assent.banner.js',
    budget: 11 * KB,
  },
  {
    name: 'embed: assent.standalone.js (assent.js + the banner, one file)',
    file: 'packages/embed/dist/assent.standalone.js',
    // 21.5 → 22.5 KB (issue 16): the language menu, as for the banner.
    budget: 22.5 * KB,
  },
  // Every language pack (one per file of packages/embed/src/lang/): at most 0.9 KB each, paid only
  // by the visitors who read that language.
  ...readdirSync(join(root, 'packages/embed/src/lang')).map((file) => ({
    name: `embed: assent.${file.replace(/\.ts$/, '')}.js (language pack, on demand)`,
    file: `packages/embed/dist/assent.${file.replace(/\.ts$/, '')}.js`,
    budget: 0.9 * KB,
  })),
  {
    name: 'embed: assent.google-analytics.js (on demand)',
    file: 'packages/embed/dist/assent.google-analytics.js',
    budget: 2.4 * KB,
  },
  {
    name: 'embed: assent.meta-pixel.js (on demand)',
    file: 'packages/embed/dist/assent.meta-pixel.js',
    budget: 1.5 * KB,
  },
  {
    name: 'embed: assent.receipts.js (on demand)',
    file: 'packages/embed/dist/assent.receipts.js',
    budget: 3 * KB,
  },
  {
    // Only with "debug": true or Assent.audit(): the config notice and the in-page cookie audit.
    name: 'embed: assent.audit.js (on demand, site owners only)',
    file: 'packages/embed/dist/assent.audit.js',
    budget: 2.5 * KB,
  },
];

async function bytesOf(entry) {
  if (entry.file) {
    const path = join(root, entry.file);
    return existsSync(path) ? readFileSync(path) : null;
  }
  try {
    const result = await build({
      // packages/embed depends on every browser package, so imports resolve from there.
      stdin: { contents: entry.code, resolveDir: join(root, 'packages', 'embed'), loader: 'ts' },
      bundle: true,
      minify: true,
      write: false,
      format: 'esm',
      target: 'es2020',
      conditions: ['source'],
      jsx: 'automatic',
      jsxImportSource: 'preact',
      external: entry.external ?? [],
      logLevel: 'silent',
      legalComments: 'none',
    });
    return Buffer.from(result.outputFiles[0].contents);
  } catch (error) {
    if (entry.optional) return null;
    throw error;
  }
}

export async function measure() {
  const rows = [];
  for (const entry of entries) {
    const bytes = await bytesOf(entry);
    if (!bytes) {
      rows.push({ name: entry.name, missing: true, optional: entry.optional, budget: entry.budget });
      continue;
    }
    const gzip = gzipSync(bytes, { level: 9 }).length;
    const brotli = brotliCompressSync(bytes, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
    }).length;
    rows.push({ name: entry.name, raw: bytes.length, gzip, brotli, budget: entry.budget });
  }
  return rows;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const rows = await measure();
  if (process.argv.includes('--json')) console.log(JSON.stringify(rows, null, 2));
  else {
    console.log('| entry | min | gzip -9 | brotli -11 | budget (brotli) |\n|---|---:|---:|---:|---:|');
    for (const r of rows)
      console.log(
        r.missing
          ? `| ${r.name} | not built | | | ${r.budget} B |`
          : `| ${r.name} | ${r.raw} B | ${r.gzip} B | ${r.brotli} B | ${Math.round(r.budget)} B |`,
      );
  }
  if (process.argv.includes('--check')) {
    const over = rows.filter((r) => !r.missing && r.brotli > r.budget);
    const missing = rows.filter((r) => r.missing && !r.optional);
    for (const r of over)
      console.error(`over budget: ${r.name}: ${r.brotli} B brotli > ${Math.round(r.budget)} B`);
    for (const r of missing) console.error(`missing: ${r.name}`);
    process.exit(over.length + missing.length > 0 ? 1 : 0);
  }
}
