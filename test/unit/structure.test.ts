// @vitest-environment node
// The shape rules of the codebase (CONTRIBUTING.md): small files in the packages' sources, and a
// protocol module that runs anywhere. Function length (80 lines) is biome's
// noExcessiveLinesPerFunction, checked by the lint step.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, test } from 'vitest';

const packages = resolve(import.meta.dirname, '../../packages');
const sources = readdirSync(packages).flatMap((pkg) => {
  const src = join(packages, pkg, 'src');
  let files: string[] = [];
  try {
    files = readdirSync(src, { recursive: true, encoding: 'utf8' });
  } catch {
    return [];
  }
  return files.filter((f) => /\.(ts|tsx)$/.test(f)).map((f) => join('packages', pkg, 'src', f));
});
const root = resolve(packages, '..');
const read = (file: string) => readFileSync(join(root, file), 'utf8');

test('no source file of a package is over 250 lines', () => {
  expect(sources.length).toBeGreaterThan(50);
  const long = sources
    .map((file) => ({ file, lines: read(file).split('\n').length - 1 }))
    .filter(({ lines }) => lines > 250);
  expect(long).toEqual([]);
});

test('the protocol module uses no DOM, no Node built-ins and no other package', () => {
  const protocol = sources.filter((file) => file.startsWith('packages/protocol/'));
  expect(protocol.length).toBeGreaterThan(4);
  for (const file of protocol) {
    const code = read(file);
    expect(code, file).not.toMatch(/\b(document|window|navigator|localStorage|location)\b\s*[.[]/);
    expect(code, file).not.toMatch(/from ['"](node:|@assent\/|preact)/);
  }
  const pkg = JSON.parse(read('packages/protocol/package.json'));
  expect(pkg.dependencies ?? {}).toEqual({});
});
