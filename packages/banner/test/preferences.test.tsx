import { cleanup, fireEvent } from '@testing-library/preact';
import { afterEach, describe, expect, test } from 'vitest';
import { focused, setup, teardown } from './helpers';

afterEach(() => {
  cleanup();
  teardown();
});

const config = {
  privacyPolicyUrl: 'https://example.com/privacy',
  categories: {
    analytics: {
      services: {
        ga4: {
          label: 'Google Analytics 4',
          description: 'Counts visits.',
          cookies: [{ name: '_ga', purpose: 'Tells visitors apart', lifetime: '2 years' }, '_ga_*'],
        },
      },
    },
    advertising: { label: 'Ads by partners', description: 'Our own text wins.' },
  },
};

const openFromBanner = () => {
  document.body.innerHTML = '<main><button id="page">page</button></main><aside inert>already inert</aside>';
  const m = setup(config);
  const customize = m.ui().getByRole('button', { name: 'Customize' });
  customize.focus();
  fireEvent.click(customize);
  return { m, customize, dialog: m.ui().getByRole('dialog') };
};

describe('preferences dialog', () => {
  test('is a labelled, described modal dialog that takes focus', () => {
    const { m, dialog } = openFromBanner();
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    const label = m.root().getElementById(dialog.getAttribute('aria-labelledby')!);
    expect(label?.textContent).toBe('Privacy preferences');
    expect(m.root().getElementById(dialog.getAttribute('aria-describedby')!)?.textContent).toContain(
      'Choose which cookies',
    );
    expect(focused(m)).toBe(dialog);
    // The first layer is not offered at the same time.
    expect(m.ui().queryByRole('region')).toBeNull();
  });

  test('has one row per category, no pre-ticked switch, essential always active', () => {
    const { m } = openFromBanner();
    const switches = m.ui().getAllByRole('switch');
    expect(switches.map((s) => s.getAttribute('aria-checked'))).toEqual(['false', 'false']);
    expect(m.ui().getByRole('switch', { name: 'Analytics' }).getAttribute('aria-describedby')).toBeTruthy();
    expect(m.ui().queryByRole('switch', { name: 'Essential' })).toBeNull();
    expect(m.ui().getByRole('heading', { name: 'Essential' })).toBeTruthy();
    expect(m.ui().getByText('Always active')).toBeTruthy();
    // Config labels and descriptions win over the translation defaults.
    expect(m.ui().getByRole('switch', { name: 'Ads by partners' })).toBeTruthy();
    expect(m.ui().getByText('Our own text wins.')).toBeTruthy();
  });

  test('lists services with their cookies (name, purpose, lifetime)', () => {
    const { m } = openFromBanner();
    expect(m.ui().getByText('Services and cookies (1)')).toBeTruthy();
    expect(m.ui().getByText('Google Analytics 4')).toBeTruthy();
    const item = m.ui().getByText('_ga').closest('li')!;
    expect(item.textContent).toContain('Tells visitors apart');
    expect(item.textContent).toContain('Lifetime: 2 years');
    expect(m.ui().getByText('_ga_*')).toBeTruthy();
  });

  test('Save choices records the switches with source "preferences" and closes everything', () => {
    const { m } = openFromBanner();
    const analytics = m.ui().getByRole('switch', { name: 'Analytics' });
    fireEvent.click(analytics);
    expect(analytics.getAttribute('aria-checked')).toBe('true');
    fireEvent.click(m.ui().getByRole('button', { name: 'Save choices' }));
    const s = m.store.getState();
    expect(s).toMatchObject({ decided: true, source: 'preferences', method: 'custom' });
    expect(s.categories).toEqual({ essential: true, analytics: true, advertising: false });
    expect(m.ui().queryByRole('dialog')).toBeNull();
    expect(m.ui().queryByRole('region')).toBeNull();
    expect(m.ui().getByRole('status').textContent).toBe('Preferences saved');
  });

  test('Accept all and Reject all in the dialog use source "preferences"', () => {
    const { m } = openFromBanner();
    fireEvent.click(m.ui().getByRole('button', { name: 'Accept all' }));
    expect(m.store.getState()).toMatchObject({ source: 'preferences', method: 'accept-all' });
    m.banner.showPreferences();
    fireEvent.click(m.ui().getByRole('button', { name: 'Reject all' }));
    expect(m.store.getState()).toMatchObject({ source: 'preferences', method: 'reject-all' });
    expect(m.store.getState().categories.analytics).toBe(false);
  });

  test('opening it again shows the current choices', () => {
    const { m } = openFromBanner();
    fireEvent.click(m.ui().getByRole('switch', { name: 'Analytics' }));
    fireEvent.click(m.ui().getByRole('button', { name: 'Save choices' }));
    m.store.showPreferences();
    expect(m.ui().getByRole('switch', { name: 'Analytics' }).getAttribute('aria-checked')).toBe('true');
    expect(m.ui().getByRole('switch', { name: 'Ads by partners' }).getAttribute('aria-checked')).toBe(
      'false',
    );
  });

  test('Escape closes without deciding and focus returns to Customize', () => {
    const { m, dialog, customize } = openFromBanner();
    fireEvent.click(m.ui().getByRole('switch', { name: 'Analytics' }));
    fireEvent.keyDown(dialog, { key: 'Escape' });
    expect(m.ui().queryByRole('dialog')).toBeNull();
    expect(m.store.getState().decided).toBe(false);
    expect(m.store.getState().categories.analytics).toBe(false);
    expect(focused(m)).toBe(customize);
    expect(m.ui().getByRole('region')).toBeTruthy();
  });

  test('the close button discards the changes (never accepts)', () => {
    const { m } = openFromBanner();
    fireEvent.click(m.ui().getByRole('button', { name: 'Close' }));
    expect(m.ui().queryByRole('dialog')).toBeNull();
    expect(m.store.getState().decided).toBe(false);
  });

  test('the page behind is inert while open, and exactly restored after', () => {
    const { m, dialog } = openFromBanner();
    expect(document.querySelector('main')!.hasAttribute('inert')).toBe(true);
    expect(m.banner.element!.hasAttribute('inert')).toBe(false);
    fireEvent.keyDown(dialog, { key: 'Escape' });
    expect(document.querySelector('main')!.hasAttribute('inert')).toBe(false);
    expect(document.querySelector('aside')!.hasAttribute('inert')).toBe(true);
  });

  test('Tab and Shift+Tab stay inside the dialog', () => {
    const { m, dialog } = openFromBanner();
    const link = m.ui().getByRole('link', { name: 'Privacy policy' });
    const last = m.ui().getAllByRole('button').at(-1)!;
    expect(last.textContent).toBe('Reject all');
    last.focus();
    fireEvent.keyDown(dialog, { key: 'Tab' });
    expect(focused(m)).toBe(link);
    fireEvent.keyDown(dialog, { key: 'Tab', shiftKey: true });
    expect(focused(m)).toBe(last);
    // From the dialog itself (initial focus), Shift+Tab wraps to the end too.
    dialog.focus();
    fireEvent.keyDown(dialog, { key: 'Tab', shiftKey: true });
    expect(focused(m)).toBe(last);
  });

  test('store.showPreferences() opens it for a returning visitor; focus goes back to the page', () => {
    document.body.innerHTML = '<button id="settings">Settings</button>';
    const first = setup();
    first.store.acceptAll();
    first.banner.destroy();
    const m = setup();
    expect(m.banner.element).toBeNull();
    const settings = document.getElementById('settings')!;
    settings.focus();
    m.store.showPreferences();
    expect(m.ui().getByRole('dialog')).toBeTruthy();
    expect(
      m
        .ui()
        .getAllByRole('switch')
        .every((s) => s.getAttribute('aria-checked') === 'true'),
    ).toBe(true);
    fireEvent.click(m.ui().getByRole('button', { name: 'Close' }));
    expect(document.activeElement).toBe(settings);
  });
});

describe('re-opening', () => {
  test('any [data-assent-open] element, even one added later, opens the dialog', () => {
    const first = setup();
    first.store.rejectAll();
    first.banner.destroy();
    const m = setup();
    const link = document.createElement('a');
    link.href = '#';
    link.setAttribute('data-assent-open', '');
    link.innerHTML = '<span>Cookie settings</span>';
    document.body.append(link);
    fireEvent.click(link.firstElementChild!);
    expect(m.ui().getByRole('dialog')).toBeTruthy();
    fireEvent.keyDown(m.ui().getByRole('dialog'), { key: 'Escape' });
    expect(document.activeElement).toBe(link);
  });

  test('the floating button appears after a decision and re-opens the dialog', () => {
    const m = setup({}, { floatingButton: true });
    expect(m.ui().queryByRole('button', { name: 'Privacy preferences' })).toBeNull();
    fireEvent.click(m.ui().getByRole('button', { name: 'Reject all' }));
    const fab = m.ui().getByRole('button', { name: 'Privacy preferences' });
    fab.focus();
    fireEvent.click(fab);
    expect(m.ui().getByRole('dialog')).toBeTruthy();
    fireEvent.click(m.ui().getByRole('button', { name: 'Close' }));
    expect(focused(m)).toBe(m.ui().getByRole('button', { name: 'Privacy preferences' }));
  });

  test('a returning visitor with the floating button gets it without the first layer', () => {
    const first = setup();
    first.store.acceptAll();
    first.banner.destroy();
    const m = setup({}, { floatingButton: true });
    expect(m.ui().getByRole('button', { name: 'Privacy preferences' })).toBeTruthy();
    expect(m.ui().queryByRole('region')).toBeNull();
  });

  test('destroy() stops listening to [data-assent-open] and showPreferences()', () => {
    const m = setup();
    m.banner.destroy();
    document.body.innerHTML = '<button data-assent-open>x</button>';
    fireEvent.click(document.querySelector('button')!);
    m.store.showPreferences();
    expect(document.querySelector('assent-banner')).toBeNull();
  });
});

describe('modal layout', () => {
  test('the first layer is a modal dialog that makes the page inert; Escape does not decide', () => {
    document.body.innerHTML = '<main>page</main>';
    const m = setup({}, { layout: 'modal' });
    const dialog = m.ui().getByRole('dialog');
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    expect(m.root().getElementById(dialog.getAttribute('aria-labelledby')!)?.textContent).toBe(
      'We value your privacy',
    );
    expect(document.querySelector('main')!.hasAttribute('inert')).toBe(true);
    expect(focused(m)).toBe(dialog);
    fireEvent.keyDown(dialog, { key: 'Escape' });
    expect(m.store.getState().decided).toBe(false);
    expect(m.ui().getByRole('dialog')).toBe(dialog);
    fireEvent.click(m.ui().getByRole('button', { name: 'Reject all' }));
    expect(document.querySelector('main')!.hasAttribute('inert')).toBe(false);
  });
});
