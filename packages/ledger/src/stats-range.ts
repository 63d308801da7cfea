import type { StatsRange } from './types';

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const MAX_DAYS = 366;

const isDay = (s: string): boolean =>
  DAY.test(s) && new Date(`${s}T00:00:00.000Z`).toISOString().startsWith(s);

/**
 * Parses `from`/`to` query parameters (inclusive UTC days). Defaults: `to` = today, `from` = 29
 * days before `to`. At most 366 days.
 *
 * @param query - The URL search parameters.
 * @param now - Current time.
 * @returns The range, or an error message naming the parameter.
 */
export function parseStatsRange(
  query: URLSearchParams,
  now: Date,
): { ok: true; range: StatsRange } | { ok: false; error: string } {
  for (const key of query.keys())
    if (key !== 'from' && key !== 'to')
      return { ok: false, error: `unknown query parameter "${key}" (allowed: from, to)` };
  const to = query.get('to') ?? now.toISOString().slice(0, 10);
  if (!isDay(to))
    return { ok: false, error: `query parameter "to" must be a date YYYY-MM-DD, got "${to.slice(0, 40)}"` };
  const fallback = new Date(`${to}T00:00:00.000Z`);
  fallback.setUTCDate(fallback.getUTCDate() - 29);
  const from = query.get('from') ?? fallback.toISOString().slice(0, 10);
  if (!isDay(from))
    return {
      ok: false,
      error: `query parameter "from" must be a date YYYY-MM-DD, got "${from.slice(0, 40)}"`,
    };
  const days = (Date.parse(to) - Date.parse(from)) / 86_400_000 + 1;
  if (days < 1) return { ok: false, error: `"from" (${from}) must not be after "to" (${to})` };
  if (days > MAX_DAYS)
    return { ok: false, error: `the range may cover at most ${MAX_DAYS} days, got ${days}` };
  return { ok: true, range: { from, to } };
}
