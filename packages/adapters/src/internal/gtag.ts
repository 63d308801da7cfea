/** The window globals Google's tags read. */
interface GoogleWindow {
  dataLayer?: unknown[];
  gtag?: (...args: unknown[]) => void;
}

const win = (): GoogleWindow => window as unknown as GoogleWindow;

/** The `dataLayer` array, created if missing. */
export function dataLayer(): unknown[] {
  const w = win();
  if (!Array.isArray(w.dataLayer)) w.dataLayer = [];
  return w.dataLayer;
}

/**
 * Pushes a gtag command. It pushes the `arguments` object, exactly like Google's snippet: gtag.js and
 * GTM ignore commands pushed as arrays.
 */
export function gtag(..._args: unknown[]): void {
  dataLayer().push(arguments);
}

/** Creates `window.dataLayer` and the standard `window.gtag` stub, keeping an existing `gtag`. */
export function ensureGtag(): void {
  dataLayer();
  const w = win();
  // The standard stub `function gtag(){dataLayer.push(arguments)}` is what `gtag` above does.
  if (typeof w.gtag !== 'function') w.gtag = gtag;
}

/** True when a `gtag('consent', 'default', …)` command is already on the dataLayer. */
export function hasConsentDefault(): boolean {
  const layer = win().dataLayer;
  if (!Array.isArray(layer)) return false;
  return layer.some(
    (entry) =>
      Object.prototype.toString.call(entry) === '[object Arguments]' &&
      (entry as ArrayLike<unknown>)[0] === 'consent' &&
      (entry as ArrayLike<unknown>)[1] === 'default',
  );
}
