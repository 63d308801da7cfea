import { css } from './styles';

const sheets = new Map<string, CSSStyleSheet>();

/**
 * A constructable stylesheet for `text`, parsed once and shared by every shadow root that adopts it.
 * @returns the sheet, or `null` where constructable stylesheets are missing.
 */
function sheetFor(text: string): CSSStyleSheet | null {
  let sheet = sheets.get(text);
  if (!sheet) {
    try {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(text);
    } catch {
      return null;
    }
    sheets.set(text, sheet);
  }
  return sheet;
}

/**
 * Parses the banner's stylesheet now, so that mounting does not. The script tag calls it when the
 * banner's code arrives, in a task of its own, which keeps the mount's task short.
 */
export function prepareStyles(): void {
  sheetFor(css);
}

/**
 * Applies CSS to a shadow root in a way a strict CSP (`style-src 'self'`) allows: constructable
 * stylesheets, else a `<style nonce>` when a nonce was given. Without both, nothing is applied and a
 * warning says why (an inline `<style>` would be blocked anyway).
 * @param root - the shadow root.
 * @param texts - the stylesheets' CSS, in order (empty ones are skipped).
 * @param nonce - the page's CSP nonce, for the fallback.
 * @returns true when the styles were applied.
 */
export function adoptStyles(root: ShadowRoot, texts: string[], nonce?: string): boolean {
  const wanted = texts.filter(Boolean);
  const list = wanted.map(sheetFor);
  if (list.every((sheet) => sheet !== null)) {
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, ...list];
    return true;
  }
  if (!nonce) {
    console.warn('Assent: no constructable stylesheets; pass `nonce`.');
    return false;
  }
  const style = document.createElement('style');
  style.nonce = nonce;
  style.textContent = wanted.join('');
  root.prepend(style);
  return true;
}
