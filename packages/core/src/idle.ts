/**
 * Runs `fn` when the browser is idle, and at the latest after `timeout` ms; where
 * `requestIdleCallback` is missing, after `fallbackDelay` ms. Work that a visitor does not wait
 * for (the receipt log, an earlier page's outbox, the floating button) goes through here.
 */
export function whenIdle(fn: () => void, timeout: number, fallbackDelay = 1): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(() => fn(), { timeout });
  else setTimeout(fn, fallbackDelay);
}
