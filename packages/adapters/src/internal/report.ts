/**
 * Reports an error from vendor code or a failed load without throwing into the caller: through
 * `reportError` (reaches `window.onerror` and the console) when the browser has it, else the console.
 */
export function report(error: unknown): void {
  if (typeof globalThis.reportError === 'function') globalThis.reportError(error);
  else console.error(error);
}
