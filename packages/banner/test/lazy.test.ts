// @assent/banner/lazy: npm users pay for Preact and the banner only when something must be shown.
import { join, resolve } from 'node:path';
import { createConsent } from '@assent/core';
import { within } from '@testing-library/preact';
import { build } from 'esbuild';
import { afterEach, describe, expect, test } from 'vitest';
import { type LazyBannerHandle, mountBannerWhenNeeded } from '../src/lazy';
import { clearCookies } from './helpers';

let handle: LazyBannerHandle | null = null;
afterEach(() => {
  handle?.destroy();
  handle = null;
  clearCookies();
  document.body.innerHTML = '';
});

const shadow = () => document.querySelector('assent-banner')?.shadowRoot as unknown as HTMLElement;
const decidedStore = () => {
  const first = createConsent({ categories: { analytics: {} } });
  first.rejectAll();
  first.destroy();
  return createConsent({ categories: { analytics: {} } });
};

describe('mountBannerWhenNeeded', () => {
  test('a visitor who must be asked gets the banner at once', async () => {
    handle = mountBannerWhenNeeded(createConsent({}));
    await handle.ready;
    expect(within(shadow()).getByRole('button', { name: 'Reject all' })).toBeTruthy();
  });

  test('a returning visitor gets nothing until the preferences are asked for', async () => {
    const store = decidedStore();
    handle = mountBannerWhenNeeded(store);
    await new Promise((r) => setTimeout(r, 50));
    expect(handle.banner()).toBeNull();
    expect(document.querySelector('assent-banner')).toBeNull();
    store.showPreferences();
    await handle.ready;
    await expect.poll(() => within(shadow()).queryByRole('dialog')).toBeTruthy();
  });

  test('a click on [data-assent-open] loads the banner and opens the preferences', async () => {
    handle = mountBannerWhenNeeded(decidedStore());
    document.body.innerHTML = '<button type="button" data-assent-open>Cookie settings</button>';
    document.querySelector('button')!.click();
    await handle.ready;
    await expect.poll(() => within(shadow()).queryByRole('dialog')).toBeTruthy();
  });
});

test('the entry itself bundles neither Preact nor the banner: they are a chunk of their own', async () => {
  const root = resolve(import.meta.dirname, '../../..');
  const result = await build({
    entryPoints: [join(root, 'packages/banner/src/lazy.ts')],
    bundle: true,
    splitting: true,
    format: 'esm',
    outdir: join(root, 'node_modules/.cache/assent-lazy-banner'),
    write: false,
    metafile: true,
    conditions: ['source'],
    external: ['@assent/core'],
    logLevel: 'silent',
  });
  const outputs = Object.values(result.metafile.outputs);
  const entry = outputs.find((o) => o.entryPoint?.endsWith('lazy.ts'))!;
  expect(Object.keys(entry.inputs).some((i) => i.includes('preact') || i.includes('mount-banner'))).toBe(
    false,
  );
  // esbuild counts a dynamically imported module as an entry of its own.
  const chunk = outputs.find((o) => o.entryPoint?.endsWith('mount-banner.tsx'));
  expect(chunk && Object.keys(chunk.inputs).some((i) => i.includes('node_modules/.pnpm/preact'))).toBe(true);
});
