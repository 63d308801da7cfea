// @vitest-environment node
// Every public package installs like a user expects: MIT LICENSE file (the root one), a README,
// the shared metadata, and caret ranges (an app on another patch of a dependency or Preact must
// not get ERESOLVE). scripts/package-metadata.mjs is the one home of the metadata.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { publicPackages, withMetadata } from '../../scripts/package-metadata.mjs';

const root = resolve(import.meta.dirname, '../..');
const read = (path: string) => readFileSync(join(root, path), 'utf8');

describe.each(publicPackages() as string[])('packages/%s', (dir) => {
  const pkg = JSON.parse(read(`packages/${dir}/package.json`));

  test('has the root LICENSE and a README', () => {
    expect(read(`packages/${dir}/LICENSE`)).toBe(read('LICENSE'));
    expect(existsSync(join(root, 'packages', dir, 'README.md'))).toBe(true);
  });

  test('has the shared metadata (run scripts/package-metadata.mjs when this fails)', () => {
    expect(pkg).toEqual(withMetadata(pkg, dir));
  });

  test('pins no third-party dependency or peer to one exact version', () => {
    for (const field of ['dependencies', 'peerDependencies', 'optionalDependencies'])
      for (const [name, range] of Object.entries((pkg[field] ?? {}) as Record<string, string>))
        expect(`${name}@${range}`).not.toMatch(/@\d+\.\d+\.\d+$/);
  });
});
