/**
 * A cookie's lifetime in words, as a cookie policy states it: "session", "30 minutes", "1 day",
 * "13 months", "2 years".
 *
 * Policy: the remaining time from when the cookie was seen to its expiry is rounded to the
 * nearest unit, choosing the unit by size: minutes under an hour, hours under a day, days under
 * 45 days, then months (30.44 days) up to 23 months — 12 months reads "1 year", 13 months stays
 * "13 months" (the usual 395-day, and Chrome's 400-day cap) — then years. A rounded value that
 * reaches the next unit moves up ("60 minutes" is "1 hour", "24 hours" is "1 day").
 */

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const MONTH = 30.44 * DAY;
const YEAR = 365.25 * DAY;

const count = (n: number, unit: string) => `${n} ${unit}${n === 1 ? '' : 's'}`;

/**
 * @param expiresSeconds - expiry in seconds since the epoch; `-1` (any negative or non-finite
 *   value) for a session cookie, Playwright's convention.
 * @param seenAtMs - when the cookie was seen, in ms since the epoch.
 * @example humanLifetime(seenAt / 1000 + 2 * 365 * 86400, seenAt) // "2 years"
 */
export function humanLifetime(expiresSeconds: number, seenAtMs: number): string {
  if (!Number.isFinite(expiresSeconds) || expiresSeconds < 0) return 'session';
  const ms = expiresSeconds * 1000 - seenAtMs;
  if (!Number.isFinite(ms) || ms <= 0) return 'expired';
  if (ms < 30_000) return 'less than a minute';
  const minutes = Math.round(ms / MINUTE);
  if (minutes < 60) return count(minutes, 'minute');
  const hours = Math.round(ms / HOUR);
  if (hours < 24) return count(hours, 'hour');
  const days = Math.round(ms / DAY);
  if (days < 45) return count(days, 'day');
  const months = Math.round(ms / MONTH);
  if (months === 12) return '1 year';
  if (months < 24) return count(months, 'month');
  return count(Math.round(ms / YEAR), 'year');
}
