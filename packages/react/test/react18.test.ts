// The bindings under React 18.3 (StrictMode's double render differs from React 19's: it runs the
// whole component twice, state initializers and refs included). The scenario is bundled with
// esbuild, `react` and `react-dom` aliased to the React 18 copies, in development mode.
import { join } from 'node:path';
import { build } from 'esbuild';
import { afterAll, afterEach, beforeAll, expect, test, vi } from 'vitest';
import type * as Scenario from './fixtures/react18';
import {
  bannerButton,
  banners,
  clearCookies,
  flushMicrotasks,
  makeConfig,
  watchCookieWrites,
} from './helpers';

let scenario: typeof Scenario;
let channels = 0;

beforeAll(async () => {
  const result = await build({
    entryPoints: [join(import.meta.dirname, 'fixtures/react18.tsx')],
    absWorkingDir: join(import.meta.dirname, '..'), // where react-18 and react-dom-18 are installed
    alias: { react: 'react-18', 'react-dom': 'react-dom-18' },
    bundle: true,
    write: false,
    format: 'iife',
    globalName: 'scenario',
    platform: 'browser',
    conditions: ['source'],
    define: { 'process.env.NODE_ENV': '"development"' },
    logLevel: 'silent',
  });
  scenario = new Function(`${result.outputFiles[0]!.text}; return scenario;`)() as typeof Scenario;
  // Each store opens one BroadcastChannel: counting them counts stores.
  const Channel = globalThis.BroadcastChannel;
  vi.stubGlobal(
    'BroadcastChannel',
    class extends Channel {
      constructor(name: string) {
        super(name);
        channels++;
      }
    },
  );
}, 60_000);

afterAll(() => vi.unstubAllGlobals());

afterEach(async () => {
  await flushMicrotasks();
  clearCookies();
  document.body.innerHTML = '';
});

test('the scenario runs React 18', () => {
  expect(scenario.version).toMatch(/^18\./);
});

test('React 18 StrictMode: one store, one banner, one cookie write', async () => {
  channels = 0;
  const cookies = watchCookieWrites();
  try {
    const { container, unmount } = await scenario.renderStrict(makeConfig());
    await flushMicrotasks();
    expect(channels).toBe(1);
    expect(banners()).toHaveLength(1);
    expect(container.querySelector('#fallback')).not.toBeNull();
    scenario.inAct(() => bannerButton('Accept all').click());
    expect(container.querySelector('#status')?.textContent).toBe('decided: accept-all');
    expect(container.querySelector('#gated')).not.toBeNull();
    expect(cookies.count()).toBe(1);
    unmount();
    await flushMicrotasks();
    expect(banners()).toHaveLength(0);
  } finally {
    cookies.stop();
  }
});

test('React 18 hydration: the server HTML is kept node for node', async () => {
  const config = makeConfig();
  scenario.decideEarlier(config);
  const errors = vi.spyOn(console, 'error');
  const run = await scenario.serverThenHydrate(config, false);
  expect(run.html).toContain('Chart');
  expect(run.errors).toEqual([]);
  expect(errors).not.toHaveBeenCalled();
  expect(run.container.innerHTML).toBe(run.html);
  expect(run.same).toBe(true);
  run.unmount();
});

test('React 18 hydration from a stale server state: no mismatch, then the cookie wins', async () => {
  const config = makeConfig();
  scenario.decideEarlier(config);
  const errors = vi.spyOn(console, 'error');
  const run = await scenario.serverThenHydrate(config, true);
  expect(run.html).toContain('Statistics are off');
  expect(run.errors).toEqual([]);
  expect(errors).not.toHaveBeenCalled();
  expect(run.container.querySelector('#gated')?.textContent).toBe('Chart');
  run.unmount();
});
