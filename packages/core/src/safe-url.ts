/**
 * True for an `http:`/`https:` URL or a relative URL (`/privacy`, `privacy.html`, `#terms`), the
 * only links Assent will render or send to. `javascript:`, `data:` and other schemes are refused.
 */
export function isSafeUrl(url: string): boolean {
  // Browsers drop tabs, newlines and leading control characters when they read a scheme.
  let cleaned = '';
  for (const ch of url) if (ch.charCodeAt(0) > 0x20 && ch !== '\u007f') cleaned += ch;
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(cleaned);
  if (!scheme) return true; // relative: resolves under the page's own http(s) scheme
  const name = scheme[1]!.toLowerCase();
  return name === 'http' || name === 'https';
}
