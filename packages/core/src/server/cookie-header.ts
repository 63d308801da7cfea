/**
 * Reads one cookie out of an HTTP `Cookie` request header (`a=1; assent=1.3.…; b=2`), the way the
 * browser side reads `document.cookie` (js-cookie): pairs split on `;`, the first pair of a name
 * wins (browsers send the most specific path first), surrounding double quotes dropped, `%XX`
 * sequences decoded (a malformed one is kept as it is). Never throws.
 * @returns the value, or `undefined` when the header has no such cookie.
 */
export function cookieFromHeader(header: string | null | undefined, name: string): string | undefined {
  if (typeof header !== 'string') return undefined;
  for (const pair of header.split(';')) {
    const at = pair.indexOf('=');
    if (at === -1 || pair.slice(0, at).trim() !== name) continue;
    let value = pair.slice(at + 1).trim();
    if (value.length >= 2 && value.startsWith('"') && value.endsWith('"')) value = value.slice(1, -1);
    try {
      return value.replace(/(%[\dA-F]{2})+/gi, decodeURIComponent);
    } catch {
      return value;
    }
  }
  return undefined;
}
