/** Keeps the finite numbers of a list. */
export function finite(values: readonly unknown[]): number[];
/** The median of the finite numbers in `values`, or `null` when there is none. */
export function median(values: readonly unknown[]): number | null;
/** Median, minimum and maximum of the finite numbers in `values`. */
export interface Summary {
  n: number;
  median: number;
  min: number;
  max: number;
}
/** Median, minimum and maximum of the finite numbers in `values`, or `null` when there is none. */
export function summarize(values: readonly unknown[]): Summary | null;
/** Formats a summary as "median (min–max)", or "–" for none. */
export function formatSummary(s: Pick<Summary, 'median' | 'min' | 'max'> | null, digits?: number): string;
/** Total blocking time: the sum of (duration − 50 ms) over long tasks starting before `until`. */
export function totalBlockingTime(
  longTasks: ReadonlyArray<readonly [number, number]>,
  until?: number,
): number;
/** Rotates a list by `offset`. */
export function rotate<T>(list: readonly T[], offset: number): T[];
/** Compares our median with the best peer's (lower is better; a tie counts as a win). */
export function compareLowerIsBetter(
  ours: number | null,
  others: ReadonlyArray<{ name: string; value: number | null }>,
): { best: { name: string; value: number } | null; wins: boolean | null };
/** A markdown table. */
export function markdownTable(
  head: readonly string[],
  rows: ReadonlyArray<ReadonlyArray<string | number>>,
): string;
/** Bytes as KiB with one decimal. */
export function kib(bytes: number): string;
