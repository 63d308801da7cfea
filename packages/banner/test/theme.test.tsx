import { cleanup } from '@testing-library/preact';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { isSafeThemeValue, themeVarsCss } from '../src/index';
import { setup, teardown } from './helpers';

afterEach(() => {
  cleanup();
  teardown();
});

const sheetText = (root: ShadowRoot) =>
  root.adoptedStyleSheets.map((s) => [...s.cssRules].map((r) => r.cssText).join('\n')).join('\n');

describe('theme variables', () => {
  test('safe values become --assent-* declarations on :host', () => {
    expect(themeVarsCss({ accent: '#0a7', radius: '12px', '--assent-font': '"Inter", sans-serif' })).toBe(
      ':host([data-theme]){--assent-accent:#0a7;--assent-radius:12px;--assent-font:"Inter", sans-serif;}',
    );
  });

  test.each([
    'red;} body{display:none',
    'red; color: blue',
    '{',
    '}',
    '</style><script>alert(1)</script>',
    'url(https://evil.example/x.png)',
    'URL (x)'.replace(' ', ''),
    'expression(alert(1))',
    'red\\3b color:blue',
    '"unterminated',
    'red /* comment',
    'a\nb',
    '',
  ])('rejects %j', (value) => {
    expect(isSafeThemeValue(value)).toBe(false);
  });

  test('an unsafe name or value is dropped with a warning, the rest kept', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(themeVarsCss({ accent: 'red;}*{color:red', 'x;y': '1px', radius: '4px' })).toBe(
      ':host([data-theme]){--assent-radius:4px;}',
    );
    expect(warn).toHaveBeenCalledTimes(2);
  });

  test('mounting puts the variables into the adopted (constructed) stylesheet, no inline style', () => {
    const m = setup({}, { themeVars: { accent: '#0a7' }, theme: 'dark' });
    expect(m.banner.element!.getAttribute('data-theme')).toBe('dark');
    expect(m.root().adoptedStyleSheets.length).toBeGreaterThan(0);
    expect(sheetText(m.root())).toContain('--assent-accent: #0a7');
    expect(m.root().querySelector('[style]')).toBeNull();
    expect(m.banner.element!.hasAttribute('style')).toBe(false);
  });

  test('theme defaults to auto', () => {
    const m = setup();
    expect(m.banner.element!.getAttribute('data-theme')).toBe('auto');
  });
});
