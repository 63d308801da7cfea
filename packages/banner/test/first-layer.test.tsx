import { cleanup, fireEvent } from '@testing-library/preact';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { classes } from '../src/classes';
import { setup, teardown } from './helpers';

afterEach(() => {
  cleanup();
  teardown();
  vi.unstubAllGlobals();
});

describe('first layer (opt-in)', () => {
  test('is a labelled region at the start of <body> with a title, policy link and three buttons', () => {
    document.body.innerHTML = '<main><a href="#x">page link</a></main>';
    const m = setup({ privacyPolicyUrl: '/privacy' });
    expect(document.body.firstElementChild).toBe(m.banner.element);
    const region = m.ui().getByRole('region', { name: 'Cookie consent' });
    expect(m.ui().getByRole('heading', { name: 'We value your privacy' })).toBeTruthy();
    expect(m.ui().getByRole('link', { name: 'Privacy policy' }).getAttribute('href')).toBe('/privacy');
    const names = m
      .ui()
      .getAllByRole('button')
      .map((b) => b.textContent);
    expect(names).toEqual(['Accept all', 'Reject all', 'Customize']);
    // Accept and Reject get the same visual treatment.
    const [accept, reject] = m.ui().getAllByRole('button');
    expect(accept!.className).toBe(reject!.className);
    expect(region.closest('[data-nosnippet]')).not.toBeNull();
    // The page's own content stays visible and untouched.
    expect(document.querySelector('main')!.hasAttribute('inert')).toBe(false);
    expect(document.querySelector('[data-nosnippet]')).toBeNull();
  });

  test('Accept all grants everything with source "banner", hides the layer and announces it', () => {
    const m = setup();
    fireEvent.click(m.ui().getByRole('button', { name: 'Accept all' }));
    const s = m.store.getState();
    expect(s.decided).toBe(true);
    expect(s.source).toBe('banner');
    expect(s.categories).toEqual({ essential: true, analytics: true, advertising: true });
    expect(m.ui().queryByRole('region')).toBeNull();
    expect(m.ui().getByRole('status').textContent).toBe('Preferences saved');
  });

  test('Reject all denies every optional category with source "banner"', () => {
    const m = setup();
    fireEvent.click(m.ui().getByRole('button', { name: 'Reject all' }));
    const s = m.store.getState();
    expect(s).toMatchObject({ decided: true, source: 'banner', method: 'reject-all' });
    expect(s.categories).toEqual({ essential: true, analytics: false, advertising: false });
    expect(m.ui().queryByRole('region')).toBeNull();
  });

  test('a returning visitor gets no host element at all', () => {
    const first = setup();
    fireEvent.click(first.ui().getByRole('button', { name: 'Reject all' }));
    first.banner.destroy();
    expect(document.querySelector('assent-banner')).toBeNull();
    const again = setup();
    expect(again.banner.element).toBeNull();
    expect(document.querySelector('assent-banner')).toBeNull();
  });

  test('shows again when the decision is reset, hides when decided elsewhere', () => {
    const m = setup();
    m.store.acceptAll({ source: 'api' });
    expect(m.ui().queryByRole('region')).toBeNull();
    m.store.reset();
    expect(m.ui().getByRole('region', { name: 'Cookie consent' })).toBeTruthy();
  });

  test('a raised revision asks a returning visitor again', () => {
    const first = setup({ revision: 1 });
    first.store.acceptAll();
    const again = setup({ revision: 2 });
    expect(again.ui().getByRole('button', { name: 'Reject all' })).toBeTruthy();
  });

  test('hide() hides without deciding; destroy() removes the host', () => {
    const m = setup();
    m.banner.hide();
    expect(m.ui().queryByRole('region')).toBeNull();
    expect(m.store.getState().decided).toBe(false);
    m.banner.destroy();
    expect(m.banner.element).toBeNull();
    expect(document.querySelector('assent-banner')).toBeNull();
  });

  test('top bar and box positions get their classes', () => {
    const top = setup({}, { position: 'top' });
    expect([...top.ui().getByRole('region').classList]).toEqual([classes.card, classes.bar, classes.top]);
    top.banner.destroy();
    const box = setup({}, { layout: 'box', position: 'top-left' });
    expect([...box.ui().getByRole('region').classList]).toEqual([
      classes.card,
      classes.box,
      classes.top,
      classes.left,
    ]);
  });

  test('the bar reserves scroll padding so it never hides focused content, and restores it', async () => {
    // happy-dom has no layout, so its ResizeObserver never reports: this covers the fallback (one
    // animation frame); the ResizeObserver path is covered in Chromium and Firefox (banner-keyboard).
    vi.stubGlobal('ResizeObserver', undefined);
    const m = setup();
    await new Promise((done) => requestAnimationFrame(done));
    expect(document.documentElement.style.scrollPaddingBottom).toMatch(/px$/);
    fireEvent.click(m.ui().getByRole('button', { name: 'Accept all' }));
    expect(document.documentElement.style.scrollPaddingBottom).toBe('');
  });
});

describe('first layer (opt-out)', () => {
  test.each([
    ['"Do Not Sell or Share" denies advertising only', 'Do Not Sell or Share My Personal Information', false],
    ['OK records the current defaults', 'OK', true],
  ])('is a notice: %s', (_, button, advertising) => {
    const m = setup({ mode: 'opt-out', gpc: false });
    expect(m.ui().getByRole('heading', { name: 'Your privacy choices' })).toBeTruthy();
    fireEvent.click(m.ui().getByRole('button', { name: button }));
    const s = m.store.getState();
    expect(s).toMatchObject({ decided: true, source: 'banner' });
    expect(s.categories).toEqual({ essential: true, analytics: true, advertising });
  });

  test('says that Global Privacy Control was honoured, and OK keeps advertising off', () => {
    const m = setup({ mode: 'opt-out', gpc: true });
    expect(m.ui().getByText(/Global Privacy Control detected/)).toBeTruthy();
    fireEvent.click(m.ui().getByRole('button', { name: 'OK' }));
    expect(m.store.getState().categories.advertising).toBe(false);
  });
});

describe('Global Privacy Control in opt-in mode', () => {
  test('the banner and the dialog say the signal was honoured', () => {
    const m = setup({ gpc: true });
    expect(m.ui().getByText(/Global Privacy Control detected/)).toBeTruthy();
    fireEvent.click(m.ui().getByRole('button', { name: 'Customize' }));
    const dialog = m.ui().getByRole('dialog');
    expect(dialog.textContent).toContain('Global Privacy Control detected');
  });

  test('no message without the signal', () => {
    const m = setup({ gpc: false });
    expect(m.ui().queryByText(/Global Privacy Control/)).toBeNull();
  });
});
