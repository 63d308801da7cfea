import { createConsent } from '@assent/core';
import { cleanup, fireEvent, render, screen } from '@testing-library/vue';
import { afterEach, expect, test, vi } from 'vitest';
import { createApp, defineComponent, h, isReadonly, nextTick } from 'vue';
import { createAssent, type UseConsentResult, useCategory, useConsent } from '../src/index';
import { bannerButtons, banners, clearCookies, makeConfig } from './helpers';

afterEach(() => {
  cleanup();
  clearCookies();
  document.body.innerHTML = '';
});

let consent: UseConsentResult;
const Status = defineComponent({
  setup() {
    consent = useConsent();
    const analytics = consent.has('analytics');
    const advertising = useCategory('advertising');
    return () =>
      h('div', [
        h('p', consent.state.value.decided ? `decided: ${consent.state.value.method}` : 'undecided'),
        h(
          'p',
          `analytics ${analytics.value ? 'on' : 'off'}, advertising ${advertising.value ? 'on' : 'off'}`,
        ),
        h('button', { type: 'button', onClick: () => consent.update({ analytics: true }) }, 'Statistics on'),
      ]);
  },
});

test('the plugin makes one store and mounts one banner; a decision there reaches the app', async () => {
  render(Status, { global: { plugins: [createAssent({ config: makeConfig() })] } });
  expect(banners()).toHaveLength(1);
  expect(screen.getByText('undecided')).toBeTruthy();
  const accept = banners()[0]!.shadowRoot!.querySelectorAll('button')[0]!;
  expect(accept.textContent).toBe('Accept all');
  await fireEvent.click(accept);
  expect(screen.getByText('decided: accept-all')).toBeTruthy();
  expect(screen.getByText('analytics on, advertising on')).toBeTruthy();
  expect(bannerButtons()).toEqual([]);
  expect(document.cookie).toMatch(/assent=/);
});

test('useConsent: a readonly state ref, computed has(), and the store methods', async () => {
  render(Status, { global: { plugins: [createAssent({ config: makeConfig(), banner: false })] } });
  expect(banners()).toHaveLength(0);
  expect(isReadonly(consent.state)).toBe(true);
  await fireEvent.click(screen.getByText('Statistics on'));
  expect(screen.getByText('analytics on, advertising off')).toBeTruthy();
  expect(consent.state.value.source).toBe('api');
  consent.rejectAll();
  await nextTick();
  expect(screen.getByText('decided: reject-all')).toBeTruthy();
  consent.reset();
  await nextTick();
  expect(screen.getByText('undecided')).toBeTruthy();
  expect(consent.has('toString').value).toBe(false);
});

test('showPreferences opens the banner preferences dialog', async () => {
  render(Status, { global: { plugins: [createAssent({ config: makeConfig() })] } });
  consent.showPreferences();
  await nextTick();
  const dialog = banners()[0]?.shadowRoot?.querySelector('[role="dialog"]');
  expect(dialog?.textContent).toContain('Statistics');
});

test('unmounting the app removes the banner and stops following the store', async () => {
  const app = createApp(Status).use(createAssent({ config: makeConfig() }));
  const root = document.createElement('div');
  document.body.append(root);
  app.mount(root);
  expect(banners()).toHaveLength(1);
  const { state } = consent;
  app.unmount();
  expect(banners()).toHaveLength(0);
  consent.acceptAll(); // the store still decides, but the app no longer follows it
  expect(state.value.decided).toBe(false);
});

test('a store of your own is used, with banner options, and outlives the app', () => {
  const store = createConsent(makeConfig());
  const app = createApp(Status).use(createAssent({ store, banner: { layout: 'modal' } }));
  const root = document.createElement('div');
  document.body.append(root);
  app.mount(root);
  expect(banners()[0]?.shadowRoot?.querySelector('[role="dialog"]')).not.toBeNull();
  app.unmount();
  const seen: string[] = [];
  store.subscribe((state) => seen.push(String(state.method)));
  store.rejectAll();
  expect(seen).toEqual(['reject-all']);
  store.destroy();
});

test('useConsent without the plugin throws a clear error', () => {
  vi.spyOn(console, 'warn').mockImplementation(() => {});
  expect(() => render(Status)).toThrow('Assent: no app.use(createAssent(…))');
});
