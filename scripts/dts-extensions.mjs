// Gives every relative import of the emitted .d.ts files the extension Node's ESM resolution needs.
// The sources import `./cookie-codec` (bundler style); under `moduleResolution: node16/nodenext` a
// declaration that does so cannot be resolved, and a consumer with `skipLibCheck` silently gets
// `any`. Each specifier becomes `./cookie-codec.js` (or `./dir/index.js` for a folder), which is
// what the emitted .d.ts files sit next to.
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/** Relative specifiers in `from '…'`, `import('…')` and `declare module '…'` of a declaration file. */
const SPECIFIER = /(\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)(['"])(\.{1,2}\/[^'"]*)\2/g;

/** The specifier with its extension, or as it was when it already has one or points nowhere. */
function withExtension(spec, fromDir) {
  if (/\.(js|mjs|cjs|json)$/.test(spec)) return spec;
  const target = resolve(fromDir, spec);
  if (existsSync(`${target}.d.ts`)) return `${spec}.js`;
  if (existsSync(join(target, 'index.d.ts'))) return `${spec.replace(/\/$/, '')}/index.js`;
  return spec;
}

/** Rewrites every .d.ts file under `dir`; returns how many specifiers changed. */
export function addDtsExtensions(dir) {
  let changed = 0;
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      changed += addDtsExtensions(path);
      continue;
    }
    if (!name.endsWith('.d.ts')) continue;
    const text = readFileSync(path, 'utf8');
    const next = text.replace(SPECIFIER, (all, head, quote, spec) => {
      const fixed = withExtension(spec, dirname(path));
      if (fixed === spec) return all;
      changed++;
      return `${head}${quote}${fixed}${quote}`;
    });
    if (next !== text) writeFileSync(path, next);
  }
  return changed;
}
