// The vendor table and the language table are the one home of which on-demand files exist: they
// drive the config check, the loader and the build. These tests check that the rest agrees with
// them: each row's entry file registers exactly its key, the build makes exactly the tables' files,
// and the banner has every language the table lists.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { bundles } from '../src/bundles';
import { LANGUAGE_CODES, packFile } from '../src/language-packs';
import { VENDOR_KEYS, VENDORS } from '../src/vendors';

const pkg = resolve(import.meta.dirname, '..');
const registered = () => (window as { assentLazy?: Record<string, unknown> }).assentLazy ?? {};

beforeEach(() => {
  vi.resetModules();
  delete (window as { assentLazy?: unknown }).assentLazy;
});
afterEach(() => {
  delete (window as { assentLazy?: unknown }).assentLazy;
});

describe('each row has an entry file that registers exactly its key', () => {
  test.each(VENDOR_KEYS)('vendor %s', async (key) => {
    await import(`../src/adapters/${VENDORS[key].file}.ts`);
    expect(Object.keys(registered())).toEqual([key]);
    expect(registered()[key]).toBeTypeOf('function');
  });

  test.each(LANGUAGE_CODES)('language %s', async (code) => {
    await import(`../src/lang/${packFile(code)}.ts`);
    expect(Object.keys(registered())).toEqual([code]);
    expect(registered()[code]).toMatchObject({
      acceptAll: expect.any(String),
      rejectAll: expect.any(String),
    });
  });
});

describe('the build makes exactly the files of the tables', () => {
  const files = bundles.map((bundle) => bundle.file);

  test('the public file names stay the same', () => {
    expect([...files].sort()).toEqual(
      [
        'dist/assent.js',
        'dist/assent.banner.js',
        'dist/assent.standalone.js',
        'dist/assent.receipts.js',
        'dist/assent.audit.js',
        ...LANGUAGE_CODES.map((code) => `dist/assent.${code.toLowerCase()}.js`),
        'dist/assent.google-analytics.js',
        'dist/assent.google-tag-manager.js',
        'dist/assent.meta-pixel.js',
      ].sort(),
    );
    // Language files are named by the lowercase code; these names are in sites' CSPs and caches.
    for (const name of ['de', 'ar', 'zh-hans', 'zh-hant', 'pt-br', 'no', 'sr'])
      expect(files).toContain(`dist/assent.${name}.js`);
    expect(files).toHaveLength(5 + 47 + 3);
  });

  test('every bundle is assent.js, its banner, standalone, receipts or audit file, or a row of a table', () => {
    const fromTables = new Set([
      ...LANGUAGE_CODES.map((code) => `dist/assent.${packFile(code)}.js`),
      ...VENDOR_KEYS.map((key) => `dist/assent.${VENDORS[key].file}.js`),
    ]);
    const fixed = [
      'assent.js',
      'assent.banner.js',
      'assent.standalone.js',
      'assent.receipts.js',
      'assent.audit.js',
    ];
    for (const file of files) expect(fromTables.has(file) || fixed.includes(file.slice(5)), file).toBe(true);
    expect(new Set(files).size).toBe(files.length);
  });

  test('every entry file is built, and every bundle input exists', () => {
    for (const { input } of bundles) expect(existsSync(join(pkg, input)), input).toBe(true);
    const inputs = new Set(bundles.map((bundle) => bundle.input));
    for (const dir of ['lang', 'adapters'])
      for (const file of readdirSync(join(pkg, 'src', dir)))
        expect(inputs.has(`src/${dir}/${file}`), `src/${dir}/${file}`).toBe(true);
  });

  test('rollup reads the list from src/bundles.ts', () => {
    const json = JSON.parse(readFileSync(join(pkg, 'package.json'), 'utf8'));
    expect(json.assent).toEqual({ bundlesFrom: 'src/bundles.ts' });
  });
});

test('the banner has every language of the table, and exports it', () => {
  const banner = resolve(pkg, '../banner');
  const exported = JSON.parse(readFileSync(join(banner, 'package.json'), 'utf8')).exports;
  for (const file of LANGUAGE_CODES.map(packFile)) {
    expect(existsSync(join(banner, 'src/i18n', `${file}.ts`)), file).toBe(true);
    expect(exported[`./i18n/${file}`]?.source, file).toBe(`./src/i18n/${file}.ts`);
  }
});
