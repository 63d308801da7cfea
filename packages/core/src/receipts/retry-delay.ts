/** First retry delay in ms (before jitter). */
export const RETRY_BASE = 2000;
/** Longest retry delay in ms (before jitter). */
export const RETRY_CAP = 300_000;

/**
 * Delay before the next delivery attempt: exponential (2 s, 4 s, 8 s… capped at 5 min) with
 * "equal jitter" (between half and all of it), so tabs and browsers do not retry in step.
 *
 * @param failures - Failed attempts in a row so far (0 after the first failure).
 * @param random - A number in [0, 1), `Math.random()` by default.
 * @returns The delay in ms.
 * @example
 * retryDelay(0, () => 0); // 1000
 */
export function retryDelay(failures: number, random: () => number = Math.random): number {
  return Math.min(RETRY_CAP, RETRY_BASE * 2 ** failures) * (0.5 + random() / 2);
}
