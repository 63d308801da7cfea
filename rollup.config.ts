// Builds every package: an ESM file per `exports` entry (dependencies external, for npm users)
// and, once packages/embed has a script-tag entry, the minified IIFE bundle packages/embed/dist/assent.js.
// Declarations (.d.ts) are emitted by scripts/build-types.mjs with tsc.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join } from 'node:path';
import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { build } from 'esbuild';
import type { RollupOptions } from 'rollup';
import esbuild from 'rollup-plugin-esbuild';
import { cssClasses } from './scripts/rollup-css-classes';

interface ExportEntry {
  source?: string;
  default?: string;
}
interface PackageJson {
  name: string;
  exports?: Record<string, ExportEntry | string>;
  dependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  assent?: {
    platform?: 'node' | 'browser';
    /** Extra ESM entries (e.g. a CLI) by output name. */
    entries?: Record<string, string>;
    bundles?: Bundle[];
    /** A module of the package that exports `bundles` (e.g. computed from its tables), added to `bundles`. */
    bundlesFrom?: string;
  };
}
interface Bundle {
  input: string;
  file: string;
  name?: string;
}

/**
 * The `bundles` export of a package's TypeScript module: bundled with esbuild (workspace packages
 * resolved to their sources, as in tests) and imported from memory.
 */
async function bundlesFrom(dir: string, module: string | undefined): Promise<Bundle[]> {
  if (!module) return [];
  const result = await build({
    entryPoints: [join('packages', dir, module)],
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'neutral',
    conditions: ['source'],
    logLevel: 'silent',
  });
  const code = Buffer.from(result.outputFiles[0]!.contents).toString('base64');
  return ((await import(`data:text/javascript;base64,${code}`)) as { bundles: Bundle[] }).bundles;
}

const extensions = ['.ts', '.tsx', '.mjs', '.js'];
const version = (JSON.parse(readFileSync('packages/core/package.json', 'utf8')) as { version: string })
  .version;
const ts = (target = 'es2020') =>
  esbuild({
    target,
    tsconfig: 'tsconfig.base.json',
    minify: false,
    define: { __VERSION__: JSON.stringify(version) },
  });
const builtins = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);

/** A self-contained script-tag bundle: everything inlined and minified, an IIFE. */
function scriptTagConfig(dir: string, bundle: Bundle): RollupOptions {
  // A language pack is data with one call: no function to compile early, no code to map. Both
  // comments cost about 33 B brotli per pack, paid by every visitor who reads that language.
  const data = /\/lang\//.test(bundle.input);
  return {
    input: join('packages', dir, bundle.input),
    plugins: [
      nodeResolve({ extensions, browser: true, exportConditions: ['source'] }),
      ts('es2020'),
      cssClasses(), // the banner's class names → a, b, … (scripts/rollup-css-classes.ts)
      terser({
        ecma: 2020,
        module: false,
        compress: {
          passes: 3,
          pure_getters: true,
          // Inline only functions that are one `return` of an expression (the default, 3, also pastes
          // a function with its own statements and variables into its one caller, as an IIFE). It
          // changes the shape of the output, never what it does.
          inline: 1,
          // Drop unused trailing parameters. Safe here: nothing in these bundles (our code, Preact,
          // js-cookie, idb-keyval) reads a function's `length`, and `arguments` (gtag pushes it)
          // holds every argument passed, whatever parameters are declared.
          keep_fargs: false,
          // A function expression that uses neither `this` nor `arguments` becomes an arrow. Safe
          // here: none of them is called with `new` or needs a `prototype` (our classes are
          // `class`; Preact calls function components without `new` and tells them from class
          // components by `prototype.render`, which an arrow lacks, as a function component does).
          unsafe_arrows: true,
          // Keep `(function(){…})()` rather than `!function(){…}()`: the same code, and the output
          // compressed smaller (brotli -11: assent.js -13 B).
          negate_iife: false,
        },
        // Chrome's explicit compile hint: compile every function while the script streams in
        // (off the main thread), not lazily on first call in the page's tasks. Measured: the
        // main-thread time of assent.js's task 11.4 → 6.6 ms, the banner's mount 5.3 → 2.9 ms
        // (median CPU time, 20 runs). Other browsers ignore the comment.
        format: { comments: false, preamble: data ? undefined : '//# allFunctionsCalledOnLoad' },
      }),
    ],
    output: {
      file: join('packages', dir, bundle.file),
      format: 'iife',
      name: bundle.name,
      sourcemap: !data,
    },
  };
}

// ASSENT_BUILD=core,banner builds only those packages (quick local runs).
const only = process.env.ASSENT_BUILD?.split(',');
const configs: RollupOptions[] = [];
/** Script-tag bundles a package computes (`assent.bundlesFrom`), built after the rest. */
const computed: Array<Promise<RollupOptions[]>> = [];
for (const dir of readdirSync('packages')) {
  const file = join('packages', dir, 'package.json');
  if (!existsSync(file) || (only && !only.includes(dir))) continue;
  const pkg = JSON.parse(readFileSync(file, 'utf8')) as PackageJson;
  const deps = [...Object.keys(pkg.dependencies ?? {}), ...Object.keys(pkg.peerDependencies ?? {})];
  const external = (id: string) => builtins.has(id) || deps.some((d) => id === d || id.startsWith(`${d}/`));
  const input: Record<string, string> = {};
  for (const entry of Object.values(pkg.exports ?? {})) {
    if (typeof entry !== 'object' || !entry.source || !entry.default?.endsWith('.js')) continue;
    if (!existsSync(join('packages', dir, entry.source)))
      throw new Error(`${file}: export source ${entry.source} does not exist`);
    input[entry.default.replace(/^\.\/dist\//, '').replace(/\.js$/, '')] = join(
      'packages',
      dir,
      entry.source,
    );
  }
  for (const [name, source] of Object.entries(pkg.assent?.entries ?? {}))
    input[name] = join('packages', dir, source);
  if (Object.keys(input).length > 0) {
    configs.push({
      input,
      external,
      plugins: [
        nodeResolve({ extensions, preferBuiltins: true }),
        ts(pkg.assent?.platform === 'node' ? 'node20' : 'es2020'),
      ],
      output: {
        dir: join('packages', dir, 'dist'),
        format: 'es',
        entryFileNames: '[name].js',
        chunkFileNames: '_chunks/[name]-[hash].js',
      },
    });
  }
  // Self-contained browser bundles (script tags): everything inlined and minified.
  for (const bundle of pkg.assent?.bundles ?? []) configs.push(scriptTagConfig(dir, bundle));
  if (pkg.assent?.bundlesFrom)
    computed.push(
      bundlesFrom(dir, pkg.assent.bundlesFrom).then((list) => list.map((b) => scriptTagConfig(dir, b))),
    );
}

export default Promise.all(computed).then((lists) => [...configs, ...lists.flat()]);
