/** @jsxImportSource react */
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { type ReactNode, useEffect } from 'react';
import { afterEach, expect, test } from 'vitest';
import { ConsentProvider, type UseConsentResult, useCategory, useConsent } from '../src/index';
import { clearCookies, flushMicrotasks, makeConfig } from './helpers';

afterEach(async () => {
  cleanup();
  await flushMicrotasks();
  clearCookies();
  seen.length = 0;
  decided.length = 0;
  renders = 0;
});

const wrap = (children: ReactNode) => (
  <ConsentProvider config={makeConfig()} banner={false}>
    {children}
  </ConsentProvider>
);

/** Every `useConsent()` result a component got, render after render. */
const seen: UseConsentResult[] = [];
const last = () => seen.at(-1)!;
function Grab() {
  seen.push(useConsent());
  return null;
}

function AnalyticsText() {
  return <p>analytics {useConsent().state.categories.analytics ? 'on' : 'off'}</p>;
}

let renders = 0;
function AnalyticsOnly() {
  renders++;
  return <p>statistics {useCategory('analytics') ? 'allowed' : 'blocked'}</p>;
}

function Unknown() {
  const inherited = useCategory('toString');
  const missing = useCategory('nope');
  return <p>{inherited || missing ? 'granted' : 'denied'}</p>;
}

const decided: boolean[] = [];
function DecidedEffect() {
  const { state } = useConsent();
  useEffect(() => void decided.push(state.decided), [state.decided]);
  return null;
}

function OpenButton() {
  const { showPreferences } = useConsent();
  return (
    <button type="button" onClick={showPreferences}>
      Cookie settings
    </button>
  );
}

test('useConsent renders again on every change and keeps its functions', () => {
  render(
    wrap(
      <>
        <Grab />
        <AnalyticsText />
      </>,
    ),
  );
  expect(screen.getByText('analytics off')).toBeTruthy();
  act(() => seen[0]!.acceptAll());
  expect(screen.getByText('analytics on')).toBeTruthy();
  act(() => seen[0]!.update({ analytics: false }));
  expect(screen.getByText('analytics off')).toBeTruthy();
  act(() => seen[0]!.reset());
  expect(last().state.decided).toBe(false);
  expect(seen.length).toBeGreaterThan(3);
  expect(last().state).not.toBe(seen[0]!.state);
  for (const name of ['acceptAll', 'rejectAll', 'update', 'reset', 'showPreferences'] as const)
    expect(last()[name], name).toBe(seen[0]![name]);
});

test('useCategory follows its category and ignores changes to the others', () => {
  render(
    wrap(
      <>
        <AnalyticsOnly />
        <Grab />
      </>,
    ),
  );
  expect(screen.getByText('statistics blocked')).toBeTruthy();
  const before = renders;
  act(() => last().update({ advertising: true }));
  expect(renders).toBe(before);
  act(() => last().update({ analytics: true }));
  expect(screen.getByText('statistics allowed')).toBeTruthy();
  act(() => last().rejectAll());
  expect(screen.getByText('statistics blocked')).toBeTruthy();
});

test('an unknown category is never granted', () => {
  render(
    wrap(
      <>
        <Unknown />
        <Grab />
      </>,
    ),
  );
  act(() => last().acceptAll());
  expect(last().state.decided).toBe(true);
  expect(screen.getByText('denied')).toBeTruthy();
});

test('showPreferences opens the banner preferences dialog', async () => {
  render(
    <ConsentProvider config={makeConfig()}>
      <OpenButton />
    </ConsentProvider>,
  );
  await flushMicrotasks();
  fireEvent.click(screen.getByText('Cookie settings'));
  const dialog = document.querySelector('assent-banner')?.shadowRoot?.querySelector('[role="dialog"]');
  expect(dialog?.textContent).toContain('Statistics');
});

test('a decision made elsewhere (the store) reaches the components', () => {
  render(
    wrap(
      <>
        <DecidedEffect />
        <Grab />
      </>,
    ),
  );
  act(() => last().rejectAll());
  expect(decided).toEqual([false, true]);
});
