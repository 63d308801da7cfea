// @vitest-environment node
import { expect, test } from 'vitest';
import { humanLifetime } from '../src/lifetime';

const seenAt = Date.parse('2026-06-01T12:00:00Z');
const after = (seconds: number) => seenAt / 1000 + seconds;
const MIN = 60;
const HOUR = 3600;
const DAY = 86400;

test('session cookies', () => {
  expect(humanLifetime(-1, seenAt)).toBe('session');
  expect(humanLifetime(Number.NaN, seenAt)).toBe('session');
});

test.each([
  [30 * MIN, '30 minutes'],
  [MIN, '1 minute'],
  [59 * MIN + 50, '1 hour'],
  [2 * HOUR, '2 hours'],
  [23 * HOUR + 50 * MIN, '1 day'],
  [DAY, '1 day'],
  [7 * DAY, '7 days'],
  [30 * DAY, '30 days'],
  [90 * DAY, '3 months'],
  [182 * DAY, '6 months'],
  [365 * DAY, '1 year'],
  [395 * DAY, '13 months'],
  [400 * DAY, '13 months'],
  [730 * DAY, '2 years'],
  [5 * 365 * DAY, '5 years'],
  [10, 'less than a minute'],
])('%i seconds → %s', (seconds, words) => {
  expect(humanLifetime(after(seconds), seenAt)).toBe(words);
});

test('a cookie already past its expiry', () => {
  expect(humanLifetime(after(-10), seenAt)).toBe('expired');
});
