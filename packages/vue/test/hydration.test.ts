import { type ConsentConfig, type ConsentState, createConsent } from '@assent/core';
import { readConsent } from '@assent/core/server';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { type App, createSSRApp, h, nextTick } from 'vue';
import { renderToString } from 'vue/server-renderer';
import { ConsentGate, createAssent } from '../src/index';
import { clearCookies, makeConfig } from './helpers';

const apps: App[] = [];
let warnings: unknown[] = [];
beforeEach(() => {
  warnings = [];
  const keep = (...args: unknown[]) => void warnings.push(args);
  vi.spyOn(console, 'warn').mockImplementation(keep);
  vi.spyOn(console, 'error').mockImplementation(keep);
});
afterEach(() => {
  for (const app of apps.splice(0)) app.unmount();
  clearCookies();
  document.body.innerHTML = '';
});

const Page = () => [
  h(
    ConsentGate,
    { category: 'analytics' },
    {
      default: () => h('p', { id: 'gated' }, 'Chart'),
      fallback: () => h('p', { id: 'fallback' }, 'Statistics are off'),
    },
  ),
  h(
    ConsentGate,
    { category: 'advertising', service: 'YouTube', placeholder: true },
    { default: () => h('p', 'Video') },
  ),
];

const makeApp = (config: ConsentConfig, initialState?: ConsentState) =>
  createSSRApp({ render: () => h('main', Page()) }).use(
    createAssent({ config, initialState, banner: false }),
  );

/** Server-renders the app, puts the HTML in the page and hydrates it; returns the server HTML. */
async function serverThenHydrate(config: ConsentConfig, serverState?: ConsentState) {
  const html = await renderToString(makeApp(config, serverState));
  const container = document.createElement('div');
  container.innerHTML = html;
  document.body.append(container);
  const served = container.innerHTML; // the server HTML as the browser parsed it
  const nodes = [...container.querySelectorAll('*')];
  const app = makeApp(config, serverState);
  apps.push(app);
  app.mount(container);
  await nextTick();
  return { html, served, container, nodes };
}

function decideEarlier(config: ConsentConfig) {
  const store = createConsent(config);
  store.update({ analytics: true });
  store.destroy();
}

test('a returning visitor: the server HTML is what hydration renders, node for node', async () => {
  const config = makeConfig();
  decideEarlier(config);
  const { html, served, container, nodes } = await serverThenHydrate(
    config,
    readConsent(document.cookie, config),
  );
  expect(html).toContain('Chart');
  expect(html).not.toContain('Statistics are off');
  expect(warnings).toEqual([]);
  expect(container.innerHTML).toBe(served);
  expect([...container.querySelectorAll('*')]).toEqual(nodes);
});

test('a first visit: the fallback and the placeholder are served and kept', async () => {
  const config = makeConfig();
  const { html, served, container, nodes } = await serverThenHydrate(config, readConsent(undefined, config));
  expect(html).toContain('Statistics are off');
  expect(html).toContain('YouTube is blocked until you allow advertising.');
  expect(warnings).toEqual([]);
  expect(container.innerHTML).toBe(served);
  expect([...container.querySelectorAll('*')]).toEqual(nodes);
});

test('a cookie newer than the server state: hydration matches the server, then follows the cookie', async () => {
  const config = makeConfig();
  const stale = readConsent(undefined, config);
  decideEarlier(config);
  const { html, container } = await serverThenHydrate(config, stale);
  expect(html).toContain('Statistics are off');
  expect(warnings).toEqual([]);
  expect(container.querySelector('#gated')?.textContent).toBe('Chart');
  expect(container.querySelector('#fallback')).toBeNull();
});
