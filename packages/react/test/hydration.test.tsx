/** @jsxImportSource react */
import { type ConsentConfig, type ConsentState, createConsent } from '@assent/core';
import { readConsent } from '@assent/core/server';
import { act, cleanup } from '@testing-library/react';
import { hydrateRoot, type Root } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { ConsentGate, ConsentProvider } from '../src/index';
import { clearCookies, flushMicrotasks, makeConfig } from './helpers';

const roots: Root[] = [];
let errors: unknown[] = [];
beforeEach(() => {
  errors = [];
  vi.spyOn(console, 'error').mockImplementation((...args) => void errors.push(args));
});
afterEach(async () => {
  for (const root of roots.splice(0)) act(() => root.unmount());
  cleanup();
  await flushMicrotasks();
  clearCookies();
  document.body.innerHTML = '';
});

function App({ config, initialState }: { config: ConsentConfig; initialState?: ConsentState }) {
  return (
    <ConsentProvider config={config} initialState={initialState} banner={false}>
      <ConsentGate category="analytics" fallback={<p id="fallback">Statistics are off</p>}>
        <p id="gated">Chart</p>
      </ConsentGate>
      <ConsentGate category="advertising" service="YouTube" placeholder>
        <p id="video">Video</p>
      </ConsentGate>
    </ConsentProvider>
  );
}

/** Server-renders the app, puts the HTML in the page and hydrates it; returns the server HTML. */
async function serverThenHydrate(config: ConsentConfig, serverState?: ConsentState) {
  const html = renderToString(<App config={config} initialState={serverState} />);
  const container = document.createElement('div');
  container.innerHTML = html;
  document.body.append(container);
  const served = container.innerHTML; // the server HTML as the browser parsed it
  const nodes = [...container.querySelectorAll('*')];
  await act(async () => {
    roots.push(
      hydrateRoot(container, <App config={config} initialState={serverState} />, {
        onRecoverableError: (error) => void errors.push(error),
      }),
    );
  });
  return { html, served, container, nodes };
}

/** Grants analytics in the browser's cookie, as an earlier page view would have. */
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
  expect(errors).toEqual([]);
  expect(container.innerHTML).toBe(served);
  expect([...container.querySelectorAll('*')]).toEqual(nodes); // the same elements: nothing flashed
});

test('a first visit: the fallback and the placeholder are served and kept', async () => {
  const config = makeConfig();
  const { html, served, container, nodes } = await serverThenHydrate(config, readConsent(undefined, config));
  expect(html).toContain('Statistics are off');
  expect(html).toContain('YouTube is blocked until you allow advertising.');
  expect(errors).toEqual([]);
  expect(container.innerHTML).toBe(served);
  expect([...container.querySelectorAll('*')]).toEqual(nodes);
});

test('without initialState the server renders a new visitor, and hydration agrees', async () => {
  const config = makeConfig();
  const { html, served, container } = await serverThenHydrate(config);
  expect(html).toContain('Statistics are off');
  expect(errors).toEqual([]);
  expect(container.innerHTML).toBe(served);
});

test('a cookie newer than the server state: hydration matches the server, then follows the cookie', async () => {
  const config = makeConfig();
  const stale = readConsent(undefined, config); // the server did not see the decision
  decideEarlier(config);
  const { html, container } = await serverThenHydrate(config, stale);
  expect(html).toContain('Statistics are off');
  expect(errors).toEqual([]); // no hydration mismatch
  expect(container.querySelector('#gated')?.textContent).toBe('Chart');
  expect(container.querySelector('#fallback')).toBeNull();
});
