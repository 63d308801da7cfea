// @ts-check
// What the ledger's benchmarks share: bundling the ledger from TypeScript source, percentiles, markdown tables.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
/** The ledger package's directory. */
export const pkg = resolve(here, '..');
/** The repository's root. */
export const root = resolve(pkg, '../..');
/** `require` as seen from the ledger package (for better-sqlite3 and pg). */
export const requireFromLedger = createRequire(join(pkg, 'package.json'));

/**
 * Bundles the ledger source plus the test PostgreSQL launcher into one ESM file in a temp dir.
 * @param {string} outfile - Where to write the bundle.
 * @param {string} [checkout] - A checkout whose `packages/ledger/src` and `packages/protocol/src` to
 *   bundle instead of this one's (to measure a baseline, e.g. a `git archive HEAD` in /tmp).
 * @returns {Promise<string>} The bundle's path.
 */
export async function bundleLedger(outfile, checkout) {
  const { build } = createRequire(join(root, 'package.json'))('esbuild');
  const base = checkout ? resolve(checkout) : root;
  const ledgerSrc = join(base, 'packages/ledger/src');
  const protocolSrc = join(base, 'packages/protocol/src/index.ts');
  if (!existsSync(join(ledgerSrc, 'index.ts'))) throw new Error(`no ledger source under ${ledgerSrc}`);
  await build({
    stdin: {
      contents: `export * from ${JSON.stringify(join(ledgerSrc, 'index.ts'))};
export { startPgServer, findPgBin, PG_MISSING } from ${JSON.stringify(join(pkg, 'test/pg-server.ts'))};`,
      resolveDir: pkg,
      loader: 'ts',
    },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile,
    logLevel: 'warning',
    plugins: [
      {
        // Keep the database drivers external, as absolute paths so they resolve from the temp dir;
        // the protocol from the same checkout's TypeScript source, as the tests use it.
        name: 'ledger-deps',
        /** @param {import('esbuild').PluginBuild} b */
        setup(b) {
          b.onResolve({ filter: /^(better-sqlite3|pg)$/ }, (args) => ({
            path: requireFromLedger.resolve(args.path),
            external: true,
          }));
          b.onResolve({ filter: /^@assent\/protocol$/ }, () => ({ path: protocolSrc }));
        },
      },
    ],
  });
  return outfile;
}

/** The `p`th percentile of sorted numbers. */
export const pct = (/** @type {number[]} */ sorted, /** @type {number} */ p) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;

/**
 * A markdown table padded the way Biome formats it (so a written file passes `biome ci`).
 * @param {string[]} header - Column names.
 * @param {('l' | 'r')[]} align - Alignment per column.
 * @param {(string | number)[][]} rows - Cells.
 * @returns {string[]} The lines.
 */
export function markdownTable(header, align, rows) {
  const widths = header.map((h, i) => Math.max(3, h.length, ...rows.map((r) => String(r[i]).length)));
  const cell = (/** @type {string | number} */ v, /** @type {number} */ i) =>
    align[i] === 'r' ? String(v).padStart(widths[i] ?? 0) : String(v).padEnd(widths[i] ?? 0);
  const line = (/** @type {(string | number)[]} */ cells) => `| ${cells.map(cell).join(' | ')} |`;
  const rule = `| ${widths.map((w, i) => (align[i] === 'r' ? `${'-'.repeat(w - 1)}:` : '-'.repeat(w))).join(' | ')} |`;
  return [line(header), rule, ...rows.map(line)];
}

/**
 * In a child process running a ledger: tells the parent where it listens (plus `extra`), and on
 * the parent's "stop" closes the ledger and its storage and exits.
 * @param {{ url: string, close(): Promise<void> }} ledger
 * @param {{ close(): Promise<void> }} storage
 */
export function serveParent(ledger, storage, extra = {}) {
  process.send?.({ url: ledger.url, ...extra });
  process.on('message', async (msg) => {
    if (msg === 'stop') {
      await ledger.close();
      await storage.close();
      process.exit(0);
    }
  });
}
