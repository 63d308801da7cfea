/** @jsxImportSource react */
import * as core from '@assent/core';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { StrictMode } from 'react';
import { afterEach, expect, test, vi } from 'vitest';
import { ConsentProvider, useConsent } from '../src/index';
import {
  bannerButton,
  bannerButtons,
  banners,
  clearCookies,
  flushMicrotasks,
  makeConfig,
  watchCookieWrites,
} from './helpers';

vi.mock('@assent/core', async (importOriginal) => {
  const actual = await importOriginal<typeof core>();
  return { ...actual, createConsent: vi.fn(actual.createConsent) };
});

afterEach(async () => {
  cleanup();
  await flushMicrotasks();
  clearCookies();
  vi.mocked(core.createConsent).mockClear();
});

function Status() {
  const { state } = useConsent();
  return <p>{state.decided ? `decided: ${state.method}` : 'undecided'}</p>;
}

test('StrictMode makes one store and one banner, and a click writes the cookie once', async () => {
  const cookies = watchCookieWrites();
  try {
    render(
      <StrictMode>
        <ConsentProvider config={makeConfig()}>
          <Status />
        </ConsentProvider>
      </StrictMode>,
    );
    await flushMicrotasks(); // past StrictMode's unmount → mount and the deferred release
    expect(core.createConsent).toHaveBeenCalledTimes(1);
    expect(banners()).toHaveLength(1);
    expect(screen.getByText('undecided')).toBeTruthy();

    act(() => fireEvent.click(bannerButton('Accept all')));
    expect(screen.getByText('decided: accept-all')).toBeTruthy();
    expect(cookies.count()).toBe(1);
    expect(bannerButtons()).toEqual([]); // decided: the first layer is gone
  } finally {
    cookies.stop();
  }
});

test('unmounting the provider removes its banner and stops its store', async () => {
  const config = makeConfig();
  const view = render(
    <StrictMode>
      <ConsentProvider config={config}>
        <Status />
      </ConsentProvider>
    </StrictMode>,
  );
  await flushMicrotasks();
  expect(banners()).toHaveLength(1);
  view.unmount();
  await flushMicrotasks();
  expect(banners()).toHaveLength(0);
  // A new provider for the same config gets a new store (the old one was destroyed).
  render(
    <ConsentProvider config={config}>
      <Status />
    </ConsentProvider>,
  );
  await flushMicrotasks();
  expect(core.createConsent).toHaveBeenCalledTimes(2);
  expect(banners()).toHaveLength(1);
});

function RejectButton() {
  const { rejectAll } = useConsent();
  return (
    <button type="button" onClick={() => rejectAll({ source: 'settings' })}>
      Reject
    </button>
  );
}

test('banner={false} shows no banner; the app decides through useConsent', async () => {
  render(
    <ConsentProvider config={makeConfig()} banner={false}>
      <Status />
      <RejectButton />
    </ConsentProvider>,
  );
  await flushMicrotasks();
  expect(banners()).toHaveLength(0);
  fireEvent.click(screen.getByText('Reject'));
  expect(screen.getByText('decided: reject-all')).toBeTruthy();
  expect(document.cookie).toMatch(/assent=/);
});

test('banner options reach the banner; a store of your own is used and not destroyed', async () => {
  const store = core.createConsent(makeConfig());
  const view = render(
    <ConsentProvider store={store} banner={{ layout: 'modal' }}>
      <Status />
    </ConsentProvider>,
  );
  await flushMicrotasks();
  expect(core.createConsent).toHaveBeenCalledTimes(1); // only ours
  expect(banners()[0]?.shadowRoot?.querySelector('[role="dialog"]')).not.toBeNull();
  view.unmount();
  await flushMicrotasks();
  expect(banners()).toHaveLength(0);
  const seen: string[] = [];
  store.subscribe((state) => seen.push(String(state.method)));
  store.acceptAll();
  expect(seen).toEqual(['accept-all']); // still alive: the app owns it
  store.destroy();
});

test('two providers on one store show one banner', async () => {
  const store = core.createConsent(makeConfig());
  render(
    <>
      <ConsentProvider store={store}>
        <Status />
      </ConsentProvider>
      <ConsentProvider store={store}>
        <Status />
      </ConsentProvider>
    </>,
  );
  await flushMicrotasks();
  expect(banners()).toHaveLength(1);
  cleanup();
  store.destroy();
});

test('hooks outside a provider throw a clear error', () => {
  vi.spyOn(console, 'error').mockImplementation(() => {});
  expect(() => render(<Status />)).toThrow('Assent: no <ConsentProvider> above this component');
});
