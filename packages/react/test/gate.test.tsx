/** @jsxImportSource react */
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, expect, test } from 'vitest';
import {
  ConsentGate,
  ConsentPlaceholder,
  ConsentProvider,
  type UseConsentResult,
  useConsent,
} from '../src/index';
import { clearCookies, flushMicrotasks, makeConfig } from './helpers';

afterEach(async () => {
  cleanup();
  await flushMicrotasks();
  clearCookies();
});

let consent: UseConsentResult | undefined;
function Grab() {
  consent = useConsent();
  return null;
}
const wrap = (children: ReactNode) =>
  render(
    <ConsentProvider config={makeConfig()} banner={false}>
      <Grab />
      {children}
    </ConsentProvider>,
  );

test('shows the fallback until the category is granted, then the children', () => {
  wrap(
    <ConsentGate category="analytics" fallback={<p>Statistics are off</p>}>
      <p>Chart</p>
    </ConsentGate>,
  );
  expect(screen.getByText('Statistics are off')).toBeTruthy();
  expect(screen.queryByText('Chart')).toBeNull();
  act(() => consent!.acceptAll());
  expect(screen.getByText('Chart')).toBeTruthy();
  expect(screen.queryByText('Statistics are off')).toBeNull();
  act(() => consent!.update({ analytics: false }));
  expect(screen.queryByText('Chart')).toBeNull();
});

test('without fallback or placeholder, nothing is shown until granted', () => {
  const { container } = wrap(
    <ConsentGate category="analytics">
      <p>Chart</p>
    </ConsentGate>,
  );
  expect(container.textContent).toBe('');
  act(() => consent!.update({ analytics: true }));
  expect(container.textContent).toBe('Chart');
});

test('the placeholder names the service and category, and its Allow button grants the category', () => {
  wrap(
    <ConsentGate category="advertising" service="YouTube" placeholder>
      <figure title="Video" />
    </ConsentGate>,
  );
  const group = screen.getByRole('group', { name: 'YouTube' });
  expect(group.textContent).toContain('YouTube is blocked until you allow advertising.');
  expect(screen.queryByTitle('Video')).toBeNull();
  fireEvent.click(screen.getByRole('button', { name: 'Allow advertising' }));
  expect(screen.getByTitle('Video')).toBeTruthy();
  expect(screen.queryByRole('group')).toBeNull();
  expect(consent!.state.categories).toEqual({ essential: true, analytics: false, advertising: true });
  expect(consent!.state.source).toBe('placeholder');
});

test('the placeholder uses the config label and custom texts', () => {
  wrap(
    <ConsentGate
      category="analytics"
      service="Charts"
      placeholder={{ text: '{service} need {category}.', button: 'Turn on {category}' }}
    >
      <p>Chart</p>
    </ConsentGate>,
  );
  expect(screen.getByText('Charts need Statistics.')).toBeTruthy();
  fireEvent.click(screen.getByRole('button', { name: 'Turn on Statistics' }));
  expect(screen.getByText('Chart')).toBeTruthy();
});

test('a fallback wins over the placeholder', () => {
  wrap(
    <ConsentGate category="analytics" fallback={<p>Off</p>} placeholder>
      <p>Chart</p>
    </ConsentGate>,
  );
  expect(screen.getByText('Off')).toBeTruthy();
  expect(screen.queryByRole('button')).toBeNull();
});

test('a placeholder for an unknown category has no button; names are text, not patterns', () => {
  wrap(<ConsentPlaceholder category="chat" service="Tom $& Jerry" />);
  expect(screen.getByText('Tom $& Jerry is blocked until you allow chat.')).toBeTruthy();
  expect(screen.queryByRole('button')).toBeNull();
});
