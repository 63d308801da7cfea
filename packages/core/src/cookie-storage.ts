import Cookies from 'js-cookie';
import type { ResolvedConfig } from './types';

/** Outcome of a cookie write. */
export interface WriteResult {
  readonly saved: boolean;
  readonly error: string | null;
}

/** Reads and writes the decision cookie (first-party, through js-cookie). */
export interface CookieStorage {
  /** The raw value, or `undefined`. Never throws. */
  read(): string | undefined;
  /** Writes `value` and reads it back to tell whether the browser kept it. Never throws. */
  write(value: string): WriteResult;
  /** Deletes the cookie. Never throws. */
  remove(): void;
}

const BLOCKED =
  'The browser did not keep the consent cookie (cookies blocked?): the decision lasts for this page view only.';

/** The value as written: the codec's alphabet verbatim (as js-cookie writes it), anything else encoded. */
const encodeValue = (value: string) =>
  /^[A-Za-z0-9.:+_-]*$/.test(value) ? value : encodeURIComponent(value);

/**
 * Creates the cookie storage for a config's `cookie` settings.
 *
 * Reading goes through js-cookie, keeping own keys only; the `Set-Cookie` string is composed here
 * because js-cookie's `set` walks its attribute object with `for…in`: on a page whose
 * `Object.prototype` is polluted, inherited keys became cookie attributes (or threw), and the
 * decision was lost. The string is the same one js-cookie writes.
 */
export function createCookieStorage(cookie: ResolvedConfig['cookie']): CookieStorage {
  const secure = typeof location !== 'undefined' && location.protocol === 'https:';
  let attributes = `; path=${cookie.path}; sameSite=${cookie.sameSite}`;
  // SameSite=None is only accepted together with Secure.
  if (secure || cookie.sameSite === 'None') attributes += '; secure';
  if (cookie.domain) attributes += `; domain=${cookie.domain}`;
  const set = (value: string, expires: Date) => {
    document.cookie = `${cookie.name}=${encodeValue(value)}${attributes}; expires=${expires.toUTCString()}`;
  };
  const read = (): string | undefined => {
    try {
      // All cookies, then an own-key lookup: a polluted Object.prototype.assent is not a decision.
      const all = Cookies.get();
      return Object.hasOwn(all, cookie.name) ? all[cookie.name] : undefined;
    } catch {
      return undefined;
    }
  };
  return {
    read,
    write(value) {
      try {
        set(value, new Date(Date.now() + cookie.maxAgeDays * 864e5));
      } catch (error) {
        return { saved: false, error: `${BLOCKED} (${String(error)})` };
      }
      return read() === value ? { saved: true, error: null } : { saved: false, error: BLOCKED };
    },
    remove() {
      try {
        set('', new Date(0));
      } catch {
        // Nothing to do: a jar that throws on write holds no cookie of ours.
      }
    },
  };
}
