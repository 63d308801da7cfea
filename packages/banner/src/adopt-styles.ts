/**
 * Applies CSS to a shadow root in a way a strict CSP (`style-src 'self'`) allows: a constructable
 * stylesheet, else a `<style nonce>` when a nonce was given. Without both, nothing is applied and a
 * warning says why (an inline `<style>` would be blocked anyway).
 * @param root - the shadow root.
 * @param text - the CSS.
 * @param nonce - the page's CSP nonce, for the fallback.
 * @returns true when the styles were applied.
 */
export function adoptStyles(root: ShadowRoot, text: string, nonce?: string): boolean {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(text);
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    return true;
  } catch {
    if (!nonce) {
      console.warn('Assent: no constructable stylesheets; pass `nonce`.');
      return false;
    }
    const style = document.createElement('style');
    style.nonce = nonce;
    style.textContent = text;
    root.prepend(style);
    return true;
  }
}
