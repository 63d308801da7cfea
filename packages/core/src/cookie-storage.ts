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

/** Creates the cookie storage for a config's `cookie` settings. */
export function createCookieStorage(cookie: ResolvedConfig['cookie']): CookieStorage {
  const secure = typeof location !== 'undefined' && location.protocol === 'https:';
  const attributes: Cookies.CookieAttributes = {
    path: cookie.path,
    sameSite: cookie.sameSite,
    // SameSite=None is only accepted together with Secure.
    secure: secure || cookie.sameSite === 'None',
    ...(cookie.domain ? { domain: cookie.domain } : {}),
  };
  const jar = Cookies.withAttributes(attributes);
  const read = (): string | undefined => {
    try {
      return jar.get(cookie.name);
    } catch {
      return undefined;
    }
  };
  return {
    read,
    write(value) {
      try {
        jar.set(cookie.name, value, { expires: cookie.maxAgeDays });
      } catch (error) {
        return { saved: false, error: `${BLOCKED} (${String(error)})` };
      }
      return read() === value ? { saved: true, error: null } : { saved: false, error: BLOCKED };
    },
    remove() {
      try {
        jar.remove(cookie.name);
      } catch {
        // Nothing to do: a jar that throws on write holds no cookie of ours.
      }
    },
  };
}
