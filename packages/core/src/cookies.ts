import Cookies from 'js-cookie';

/**
 * The one place Assent reads and writes `document.cookie` (the store's decision cookie, the
 * receipts' copy of it, the adapters' cleanup). Reading goes through js-cookie, which splits and
 * decodes the jar the way browsers write it; writing composes the `Set-Cookie` string here,
 * because js-cookie's `set` walks its attribute object with `for…in` and, on a page whose
 * `Object.prototype` is polluted, inherited keys became cookie attributes (or threw). Every
 * function here never throws: a jar that throws (sandboxed frame, `document.cookie` overridden)
 * reads as empty and ignores writes.
 */

/** Attributes of a cookie write. */
export interface CookieAttributes {
  /** `Path`, default `/`. */
  readonly path?: string;
  /** `Domain`; omitted gives a host-only cookie. */
  readonly domain?: string | null;
  /** `SameSite` (`Lax`, `Strict`, `None`); `None` always adds `Secure`. */
  readonly sameSite?: string;
  /** When it expires; omitted gives a session cookie. */
  readonly expires?: Date;
}

/** Every cookie visible to this page, by name (own keys only, no prototype). */
export function readCookies(): Record<string, string> {
  const out: Record<string, string> = Object.create(null);
  try {
    Object.assign(out, Cookies.get());
  } catch {
    // No jar: nothing to read.
  }
  return out;
}

/**
 * The value of cookie `name`, or `undefined` (the jar has no prototype: a polluted
 * `Object.prototype[name]` is not a cookie).
 */
export function readCookie(name: string): string | undefined {
  return readCookies()[name];
}

/** Names of the cookies visible to this page (`document.cookie` shows no attributes). */
export function cookieNames(): string[] {
  return Object.keys(readCookies());
}

/** A value as written: the cookie codec's alphabet verbatim (as js-cookie writes it), anything else encoded. */
const encodeValue = (value: string) =>
  /^[A-Za-z0-9.:+_-]*$/.test(value) ? value : encodeURIComponent(value);

/**
 * Writes cookie `name`. `Secure` is added on https pages and with `SameSite=None`.
 * @returns an error message when the jar threw, else `null` (a write the browser refused
 *   silently shows only when read back).
 */
export function writeCookie(name: string, value: string, attributes: CookieAttributes = {}): string | null {
  const secure = globalThis.location?.protocol === 'https:';
  let text = `${name}=${encodeValue(value)}; path=${attributes.path ?? '/'}`;
  if (attributes.sameSite) text += `; sameSite=${attributes.sameSite}`;
  if (secure || attributes.sameSite === 'None') text += '; secure';
  if (attributes.domain) text += `; domain=${attributes.domain}`;
  if (attributes.expires) text += `; expires=${attributes.expires.toUTCString()}`;
  try {
    document.cookie = text;
    return null;
  } catch (error) {
    return String(error);
  }
}

/**
 * Deletes the cookie with exactly this name, domain (or host-only) and path, by writing it with
 * a past `Expires` (rather than `Max-Age=0`: both delete in browsers, but happy-dom keeps a
 * `Max-Age=0` cookie visible until the clock ticks).
 */
export function expireCookie(name: string, path = '/', domain: string | null = null): void {
  writeCookie(name, '', { path, domain, expires: new Date(0) });
}
