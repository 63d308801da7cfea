import { createConsent } from '@assent/core';
import { expect, test } from 'vitest';

test('smoke', () => {
  const s = createConsent({ revision: 1 });
  expect(s.getState().decided).toBe(false);
  s.acceptAll();
  expect(s.getState().categories).toEqual({ essential: true, analytics: true, advertising: true });
  expect(document.cookie).toMatch(/^assent=1\.1\./);
  const t = createConsent({ revision: 1 });
  expect(t.getState().decided).toBe(true);
  expect(t.getState().id).toBe(s.getState().id);
});
