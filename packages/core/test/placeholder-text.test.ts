// One wording for every placeholder (the script tag's iframes, React's and Vue's <ConsentGate>).
import { fillPlaceholder, PLACEHOLDER_TEXTS } from '@assent/core';
import { expect, test } from 'vitest';

test('fills the service and the category, and takes names as text, not replacement patterns', () => {
  expect(fillPlaceholder(PLACEHOLDER_TEXTS.text, 'YouTube', 'Embedded videos')).toBe(
    'YouTube is blocked until you allow Embedded videos.',
  );
  expect(fillPlaceholder(PLACEHOLDER_TEXTS.button, 'x', "Tom $& Jerry $' $$")).toBe(
    "Allow Tom $& Jerry $' $$",
  );
  expect(fillPlaceholder('{category} / {category}', 'x', 'A')).toBe('A / A');
});
