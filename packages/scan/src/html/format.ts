/**
 * Text formatting for the HTML report: counts in words, dates and durations. Deterministic (UTC, no
 * locale), so the same report always renders the same page.
 */

/** "1 cookie", "3 cookies"; `plural` defaults to the singular plus "s". */
export function count(n: number, singular: string, plural = `${singular}s`): string {
  return `${n} ${n === 1 ? singular : plural}`;
}

/** "is" or "are" for a count. */
export function isAre(n: number): string {
  return n === 1 ? 'is' : 'are';
}

/** "a, b and c". */
export function andList(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** The instant as a valid ISO string, or `null` when the text is not a date. */
export function isoOrNull(text: string): string | null {
  const time = Date.parse(text);
  return Number.isFinite(time) ? new Date(time).toISOString() : null;
}

/** "2 December 2026, 09:41 UTC"; the text itself when it is not a date. */
export function formatDate(text: string): string {
  const iso = isoOrNull(text);
  if (iso === null) return text;
  const d = new Date(iso);
  const hh = String(d.getUTCHours()).padStart(2, '0');
  const mm = String(d.getUTCMinutes()).padStart(2, '0');
  return `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}, ${hh}:${mm} UTC`;
}

/** "1 min 24 s" between two ISO dates; `null` when either is not a date or the end is before the start. */
export function formatDuration(start: string, end: string): string | null {
  const ms = Date.parse(end) - Date.parse(start);
  if (!Number.isFinite(ms) || ms < 0) return null;
  const seconds = Math.round(ms / 1000);
  if (seconds < 60) return `${seconds} s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes} min ${seconds % 60} s`;
  return `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
}

/** The host of a URL, or the text itself when it is not one. */
export function hostOf(url: string): string {
  try {
    return new URL(url).host || url;
  } catch {
    return url;
  }
}

/** The URL when it is http(s) (safe as a link target), else `null`. */
export function httpUrlOrNull(url: string): string | null {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}
