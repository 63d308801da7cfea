// @ts-check
// Statistics and formatting helpers of the peer benchmark (pure functions, unit-tested in
// test/stats.test.mjs). Types: the JSDoc below, checked by the root typecheck.

/**
 * Keeps the finite numbers of a list (a failed visit leaves `null`/`undefined` in its sample).
 * @param {unknown[]} values
 * @returns {number[]}
 */
export function finite(values) {
  return values.filter(isFiniteNumber);
}

/**
 * @param {unknown} v
 * @returns {v is number}
 */
function isFiniteNumber(v) {
  return typeof v === 'number' && Number.isFinite(v);
}

/**
 * The median of the finite numbers in `values` (the mean of the two middle ones for an even count).
 * @param {unknown[]} values
 * @returns {number | null} `null` when there is no finite number
 */
export function median(values) {
  const xs = finite(values).sort((a, b) => a - b);
  if (xs.length === 0) return null;
  const mid = Math.floor(xs.length / 2);
  const upper = /** @type {number} */ (xs[mid]);
  if (xs.length % 2 === 1) return upper;
  const lower = /** @type {number} */ (xs[mid - 1]);
  return (lower + upper) / 2;
}

/**
 * Median, minimum and maximum of the finite numbers in `values`.
 * @param {unknown[]} values
 * @returns {{ n: number, median: number, min: number, max: number } | null}
 */
export function summarize(values) {
  const xs = finite(values);
  if (xs.length === 0) return null;
  return {
    n: xs.length,
    median: /** @type {number} */ (median(xs)),
    min: Math.min(...xs),
    max: Math.max(...xs),
  };
}

/**
 * Formats a summary as "median (min–max)", or "–" for none.
 * @param {{ median: number, min: number, max: number } | null} s
 * @param {number} [digits] decimals (default 0)
 * @returns {string}
 */
export function formatSummary(s, digits = 0) {
  if (!s) return '–';
  const f = (/** @type {number} */ x) => x.toFixed(digits);
  return `${f(s.median)} (${f(s.min)}–${f(s.max)})`;
}

/**
 * Total blocking time: the sum of (duration − 50 ms) over long tasks.
 * @param {Array<[number, number]>} longTasks `[startTime, duration]` pairs
 * @param {number} [until] only tasks that start before this time count (default: all)
 * @returns {number}
 */
export function totalBlockingTime(longTasks, until = Number.POSITIVE_INFINITY) {
  return longTasks.reduce(
    (sum, [start, duration]) => (start < until ? sum + Math.max(0, duration - 50) : sum),
    0,
  );
}

/**
 * Rotates a list by `offset` (used to change the starting peer every round).
 * @template T
 * @param {T[]} list
 * @param {number} offset
 * @returns {T[]}
 */
export function rotate(list, offset) {
  if (list.length === 0) return [];
  const k = ((offset % list.length) + list.length) % list.length;
  return [...list.slice(k), ...list.slice(0, k)];
}

/**
 * Compares one entry's median against the best of the others on a metric where lower is better.
 * @param {number | null} ours our median
 * @param {Array<{ name: string, value: number | null }>} others the peers' medians
 * @returns {{ best: { name: string, value: number } | null, wins: boolean | null }} `wins` is null
 *   when there is nothing to compare; a tie counts as a win (not worse than any peer)
 */
export function compareLowerIsBetter(ours, others) {
  const valid = /** @type {Array<{ name: string, value: number }>} */ (
    others.filter((o) => typeof o.value === 'number' && Number.isFinite(o.value))
  );
  if (valid.length === 0 || ours === null || !Number.isFinite(ours)) return { best: null, wins: null };
  const best = valid.reduce((a, b) => (b.value < a.value ? b : a));
  return { best, wins: ours <= best.value };
}

/**
 * A markdown table.
 * @param {string[]} head
 * @param {Array<Array<string | number>>} rows
 * @returns {string}
 */
export function markdownTable(head, rows) {
  const line = (/** @type {Array<string | number>} */ cells) => `| ${cells.join(' | ')} |`;
  return [line(head), line(head.map(() => '---')), ...rows.map(line)].join('\n');
}

/**
 * Bytes as KiB with one decimal.
 * @param {number} bytes
 * @returns {string}
 */
export function kib(bytes) {
  return `${(bytes / 1024).toFixed(1)} KiB`;
}
