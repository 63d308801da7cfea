#!/usr/bin/env node
// Gives every public package the same metadata (one home: this script) and the root LICENSE:
// `repository` (with its directory), `engines`, `keywords`, `license`, and caret ranges for
// third-party dependencies and peers. `node scripts/package-metadata.mjs` rewrites them;
// test/unit/packages.test.ts fails when a package drifts from it.
import { copyFileSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
export const REPOSITORY = 'git+https://github.com/assent-consent/assent.git';
export const ENGINES = { node: '>=20.19' };
export const KEYWORDS = ['consent', 'cookie-banner', 'gdpr', 'ccpa', 'consent-mode', 'privacy', 'cmp'];

/** The public packages: every packages/<dir> whose package.json is not private. */
export function publicPackages() {
  return readdirSync(join(root, 'packages')).filter((dir) => {
    try {
      return !JSON.parse(readFileSync(join(root, 'packages', dir, 'package.json'), 'utf8')).private;
    } catch {
      return false;
    }
  });
}

/** `1.2.3` → `^1.2.3` (a peer: `^1`, any release of that major); ranges, `workspace:` and tags stay. */
export const caret = (range, peer = false) =>
  /^\d+\.\d+\.\d+$/.test(range) ? `^${peer ? range.split('.')[0] : range}` : range;

/** The package.json of `dir` with the shared metadata. */
export function withMetadata(pkg, dir) {
  const out = { ...pkg, license: 'MIT' };
  out.repository = { type: 'git', url: REPOSITORY, directory: `packages/${dir}` };
  out.engines = { ...ENGINES, ...pkg.engines };
  out.keywords = [...new Set([...(pkg.keywords ?? []), ...KEYWORDS])];
  for (const field of ['dependencies', 'peerDependencies', 'optionalDependencies'])
    if (pkg[field])
      out[field] = Object.fromEntries(
        Object.entries(pkg[field]).map(([name, range]) => [name, caret(range, field === 'peerDependencies')]),
      );
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  // `node scripts/package-metadata.mjs core banner` updates only those.
  const only = process.argv.slice(2);
  for (const dir of only.length ? only : publicPackages()) {
    const file = join(root, 'packages', dir, 'package.json');
    const pkg = JSON.parse(readFileSync(file, 'utf8'));
    writeFileSync(file, `${JSON.stringify(withMetadata(pkg, dir), null, 2)}\n`);
    copyFileSync(join(root, 'LICENSE'), join(root, 'packages', dir, 'LICENSE'));
  }
}
