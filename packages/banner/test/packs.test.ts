// Every language pack says everything English says, in its own words: every key, no other key, the
// same placeholders, nothing left in English but what is the same on purpose, right-to-left where
// the script is, and "Reject all" as short and direct as "Accept all".
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { en } from '../src/i18n/en';
import type { TranslationOverrides } from '../src/types';

const dir = join(import.meta.dirname, '../src/i18n');
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.ts') && f !== 'en.ts')
  .map((f) => f.replace(/\.ts$/, ''));
const RTL = new Set(['ar', 'he', 'fa']);

/**
 * Strings that are the same as English on purpose: a brand or a word the language uses as it is.
 * Keys are `<pack>:<key path>`; `*:<key path>` holds for every pack.
 */
const SAME_ON_PURPOSE = new Set<string>(['*:acknowledge', '*:cookies']);

/** Every string of a pack by its key path (`title`, `categories.analytics.label`). */
function flatten(pack: object, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(pack)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else if (value && typeof value === 'object') for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}
const english = flatten(en);
const placeholders = (s: string) => [...s.matchAll(/\{\w+\}/g)].map((m) => m[0]).sort();

test('48 languages: English and 47 packs', () => {
  expect(files).toHaveLength(47);
});

describe.each(files)('%s', (file) => {
  const load = async () => (await import(`../src/i18n/${file}.ts`)).default as TranslationOverrides;

  test('has every key of English and no other', async () => {
    const pack = flatten(await load());
    pack.delete('dir');
    expect([...pack.keys()].sort()).toEqual([...english.keys()].filter((k) => k !== 'dir').sort());
    for (const [key, text] of pack) expect(text.trim(), key).not.toBe('');
  });

  test('keeps the placeholders, and leaves nothing in English by mistake', async () => {
    for (const [key, text] of flatten(await load())) {
      if (key === 'dir') continue;
      expect(placeholders(text), key).toEqual(placeholders(english.get(key)!));
      if (!SAME_ON_PURPOSE.has(`*:${key}`) && !SAME_ON_PURPOSE.has(`${file}:${key}`))
        expect(text, `${file}:${key} is the English text`).not.toBe(english.get(key));
    }
  });

  test('writes right to left exactly where the script does', async () => {
    expect((await load()).dir ?? 'ltr').toBe(RTL.has(file) ? 'rtl' : 'ltr');
  });

  test('"Reject all" is a refusal as short as "Accept all"', async () => {
    const { acceptAll, rejectAll } = await load();
    expect(rejectAll!.length).toBeLessThanOrEqual(Math.ceil(acceptAll!.length * 1.5) + 2);
  });
});
