// @vitest-environment node
/** @jsxImportSource react */
import * as core from '@assent/core';
import { readConsent } from '@assent/core/server';
import { renderToString } from 'react-dom/server';
import { afterEach, expect, test, vi } from 'vitest';
import { ConsentGate, ConsentProvider, useConsent } from '../src/index';
import { makeConfig } from './helpers';

vi.mock('@assent/core', async (importOriginal) => {
  const actual = await importOriginal<typeof core>();
  return { ...actual, createConsent: vi.fn(actual.createConsent) };
});
afterEach(() => vi.mocked(core.createConsent).mockClear());

function Page() {
  const { state, acceptAll } = useConsent();
  acceptAll(); // does nothing on a server
  return (
    <>
      <p>{state.decided ? 'decided' : 'undecided'}</p>
      <ConsentGate category="analytics" fallback={<p>Statistics are off</p>}>
        <p>Chart</p>
      </ConsentGate>
    </>
  );
}

test('a server render makes no store and touches no document', () => {
  expect(typeof document).toBe('undefined');
  const config = makeConfig();
  const html = renderToString(
    <ConsentProvider config={config}>
      <Page />
    </ConsentProvider>,
  );
  expect(html).toContain('<p>undecided</p>');
  expect(html).toContain('Statistics are off');
  expect(core.createConsent).not.toHaveBeenCalled();
});

test('a server render shows what the request cookie grants', () => {
  const config = makeConfig();
  // The cookie an earlier decision wrote, as the browser sends it back.
  const value = core.encodeDecision({
    revision: 0,
    updatedAt: Date.now(),
    id: '8c1f6a4e-3b2d-4c5e-9f10-112233445566',
    method: 'custom',
    gpcOverride: false,
    categories: { analytics: true, advertising: false },
  });
  const html = renderToString(
    <ConsentProvider config={config} initialState={readConsent(`other=1; assent=${value}`, config)}>
      <Page />
    </ConsentProvider>,
  );
  expect(html).toContain('<p>decided</p>');
  expect(html).toContain('Chart');
  expect(html).not.toContain('Statistics are off');
});
