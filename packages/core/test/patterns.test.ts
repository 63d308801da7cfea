import { matchesPattern } from '@assent/core';
import { expect, test } from 'vitest';

test.each([
  ['_ga', '_ga', true],
  ['_ga', '_gat', false],
  ['_ga_*', '_ga_ABC123', true],
  ['_ga_*', '_ga', false],
  ['_ga_*', '_ga_', true],
  ['*', 'anything', true],
  ['_gcl_*', '_gcl_au', true],
  ['a*b*c', 'aXXbYYc', true],
  ['a*b*c', 'acb', false],
  ['a*b', 'ab', true],
  ['ab*ba', 'aba', false],
  ['*_id', 'user_id', true],
  ['*_id', 'user_idx', false],
])('%s matches %s: %s', (pattern, name, expected) => {
  expect(matchesPattern(pattern, name)).toBe(expected);
});
