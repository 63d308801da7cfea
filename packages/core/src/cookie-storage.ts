import { readCookie, writeCookie } from './cookies';
import type { ResolvedConfig } from './types';

/** Outcome of a cookie write. */
export interface WriteResult {
  readonly saved: boolean;
  readonly error: string | null;
}

/** Reads and writes the decision cookie (first-party). */
export interface CookieStorage {
  /** The raw value, or `undefined`. Never throws. */
  read(): string | undefined;
  /**
   * Writes `value`, to expire at `expires` (ms since epoch: when the decision it holds stops
   * counting), and reads it back to tell whether the browser kept it. Never throws.
   */
  write(value: string, expires: number): WriteResult;
  /** Deletes the cookie. Never throws. */
  remove(): void;
}

const BLOCKED =
  'The browser did not keep the consent cookie (cookies blocked?): the decision lasts for this page view only.';
const NO_DOCUMENT = 'Not in a browser (no document): the decision is kept in this store only.';

/** Creates the storage of the decision cookie for a config's `cookie` settings (through `./cookies`). */
export function createCookieStorage(cookie: ResolvedConfig['cookie']): CookieStorage {
  // The settings are the cookie's attributes (`writeCookie` reads `path`, `sameSite`, `domain`).
  const read = () => readCookie(cookie.name);
  return {
    read,
    write(value, expires) {
      if (typeof document === 'undefined') return { saved: false, error: NO_DOCUMENT };
      const error = writeCookie(cookie.name, value, { ...cookie, expires: new Date(expires) });
      if (error) return { saved: false, error: `${BLOCKED} (${error})` };
      return read() === value ? { saved: true, error: null } : { saved: false, error: BLOCKED };
    },
    remove: () => void writeCookie(cookie.name, '', { ...cookie, expires: new Date(0) }),
  };
}
