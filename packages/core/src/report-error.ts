/**
 * Reports an error thrown by someone else's code (a listener, a callback) without letting it stop
 * ours: it reaches `window.onerror` and the console as an uncaught error would.
 */
export function reportError(error: unknown): void {
  if (typeof globalThis.reportError === 'function') globalThis.reportError(error);
  else
    setTimeout(() => {
      throw error;
    });
}
