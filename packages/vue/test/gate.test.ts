import { cleanup, fireEvent, render, screen } from '@testing-library/vue';
import { afterEach, expect, test } from 'vitest';
import { defineComponent, h, nextTick, ref, type VNodeChild } from 'vue';
import {
  ConsentGate,
  ConsentPlaceholder,
  createAssent,
  type UseConsentResult,
  useConsent,
} from '../src/index';
import { clearCookies, makeConfig } from './helpers';

afterEach(() => {
  cleanup();
  clearCookies();
});

let consent: UseConsentResult;
/** Renders `children()` under the plugin (no banner), keeping `consent` at hand. */
const mount = (children: () => VNodeChild) =>
  render(
    defineComponent({
      setup() {
        consent = useConsent();
        return () => h('div', [children()]);
      },
    }),
    { global: { plugins: [createAssent({ config: makeConfig(), banner: false })] } },
  );

test('shows the fallback slot until the category is granted, then the default slot', async () => {
  mount(() =>
    h(
      ConsentGate,
      { category: 'analytics' },
      { default: () => h('p', 'Chart'), fallback: () => h('p', 'Statistics are off') },
    ),
  );
  expect(screen.getByText('Statistics are off')).toBeTruthy();
  expect(screen.queryByText('Chart')).toBeNull();
  consent.acceptAll();
  await nextTick();
  expect(screen.getByText('Chart')).toBeTruthy();
  expect(screen.queryByText('Statistics are off')).toBeNull();
  consent.update({ analytics: false });
  await nextTick();
  expect(screen.queryByText('Chart')).toBeNull();
});

test('follows a category prop that changes', async () => {
  const category = ref('analytics');
  mount(() => h(ConsentGate, { category: category.value }, { default: () => h('p', 'Content') }));
  consent.update({ advertising: true });
  await nextTick();
  expect(screen.queryByText('Content')).toBeNull();
  category.value = 'advertising';
  await nextTick();
  expect(screen.getByText('Content')).toBeTruthy();
});

test('the placeholder names the service and category, and its Allow button grants the category', async () => {
  mount(() =>
    h(
      ConsentGate,
      { category: 'advertising', service: 'YouTube', placeholder: true },
      { default: () => h('figure', { title: 'Video' }) },
    ),
  );
  const group = screen.getByRole('group', { name: 'YouTube' });
  expect(group.textContent).toContain('YouTube is blocked until you allow advertising.');
  expect(screen.queryByTitle('Video')).toBeNull();
  await fireEvent.click(screen.getByRole('button', { name: 'Allow advertising' }));
  expect(screen.getByTitle('Video')).toBeTruthy();
  expect(screen.queryByRole('group')).toBeNull();
  expect(consent.state.value.categories).toEqual({ essential: true, analytics: false, advertising: true });
  expect(consent.state.value.source).toBe('placeholder');
});

test('the placeholder uses the config label and custom texts; a fallback slot wins over it', async () => {
  mount(() => [
    h(
      ConsentGate,
      {
        category: 'analytics',
        service: 'Charts',
        placeholder: { text: '{service} need {category}.', button: 'Turn on {category}' },
      },
      { default: () => h('p', 'Chart') },
    ),
    h(
      ConsentGate,
      { category: 'analytics', placeholder: true },
      { default: () => h('p', 'Table'), fallback: () => h('p', 'Off') },
    ),
  ]);
  expect(screen.getByText('Charts need Statistics.')).toBeTruthy();
  expect(screen.getByText('Off')).toBeTruthy();
  expect(screen.getAllByRole('button')).toHaveLength(1);
  await fireEvent.click(screen.getByRole('button', { name: 'Turn on Statistics' }));
  expect(screen.getByText('Chart')).toBeTruthy();
  expect(screen.getByText('Table')).toBeTruthy();
});

test('a placeholder for an unknown category has no button; names are text, not patterns', () => {
  mount(() => h(ConsentPlaceholder, { category: 'chat', service: 'Tom $& Jerry' }));
  expect(screen.getByText('Tom $& Jerry is blocked until you allow chat.')).toBeTruthy();
  expect(screen.queryByRole('button')).toBeNull();
});
