// @vitest-environment node
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, vi } from 'vitest';

const src = join(import.meta.dirname, '..', 'src');

test('core never imports Preact or the banner, and renders nothing', () => {
  const files = readdirSync(src, { recursive: true, encoding: 'utf8' }).filter((f) => /\.tsx?$/.test(f));
  expect(files.length).toBeGreaterThan(5);
  for (const file of files) {
    const code = readFileSync(join(src, file), 'utf8');
    expect(code, file).not.toMatch(/from ['"](preact|@assent\/banner)/);
    expect(code, file).not.toMatch(/createElement|innerHTML|appendChild|insertAdjacent|attachShadow/);
  }
  const pkg = JSON.parse(readFileSync(join(src, '..', 'package.json'), 'utf8'));
  expect(Object.keys({ ...pkg.dependencies, ...pkg.peerDependencies })).not.toContain('preact');
});

test('core loads and works with Preact made unavailable', async () => {
  vi.doMock('preact', () => {
    throw new Error('core must not load preact');
  });
  const { createConsent, validateConfig } = await import('@assent/core');
  expect(validateConfig({}).categoryIds).toContain('essential');
  expect(typeof createConsent).toBe('function');
});
