// @vitest-environment node
import * as core from '@assent/core';
import { readConsent } from '@assent/core/server';
import { afterEach, expect, test, vi } from 'vitest';
import { createSSRApp, defineComponent, h } from 'vue';
import { renderToString } from 'vue/server-renderer';
import { ConsentGate, createAssent, useConsent } from '../src/index';
import { makeConfig } from './helpers';

vi.mock('@assent/core', async (importOriginal) => {
  const actual = await importOriginal<typeof core>();
  return { ...actual, createConsent: vi.fn(actual.createConsent) };
});
afterEach(() => vi.mocked(core.createConsent).mockClear());

const Page = defineComponent({
  setup() {
    const { state, acceptAll } = useConsent();
    acceptAll(); // does nothing on a server
    return () => [
      h('p', state.value.decided ? 'decided' : 'undecided'),
      h(
        ConsentGate,
        { category: 'analytics' },
        { default: () => h('p', 'Chart'), fallback: () => h('p', 'Statistics are off') },
      ),
    ];
  },
});

test('a server render makes no store and touches no document', async () => {
  expect(typeof document).toBe('undefined');
  const html = await renderToString(createSSRApp(Page).use(createAssent({ config: makeConfig() })));
  expect(html).toContain('<p>undecided</p>');
  expect(html).toContain('Statistics are off');
  expect(core.createConsent).not.toHaveBeenCalled();
});

test('a server render shows what the request cookie grants', async () => {
  const config = makeConfig();
  const value = core.encodeDecision({
    revision: 0,
    updatedAt: Date.now(),
    id: '8c1f6a4e-3b2d-4c5e-9f10-112233445566',
    method: 'custom',
    gpcOverride: false,
    categories: { analytics: true, advertising: false },
  });
  const initialState = readConsent(`other=1; assent=${value}`, config);
  const html = await renderToString(createSSRApp(Page).use(createAssent({ config, initialState })));
  expect(html).toContain('<p>decided</p>');
  expect(html).toContain('Chart');
  expect(html).not.toContain('Statistics are off');
});
