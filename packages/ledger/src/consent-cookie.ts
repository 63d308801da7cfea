import type { Receipt } from './types';

/** Options of the Safari ITP mode: the ledger re-issues the consent cookie with `Set-Cookie`. */
export interface LedgerCookieOptions {
  /** Cookie name the SDK uses (token characters only). */
  readonly name: string;
  /** Lifetime in days (Max-Age = maxAgeDays × 86400). Browsers cap cookies at 400 days. */
  readonly maxAgeDays: number;
  /** `Domain` attribute; omitted gives a host-only cookie. Must match what the SDK writes. */
  readonly domain?: string;
  /** `Path` attribute, default `/`. */
  readonly path?: string;
  /** `SameSite` attribute, default `Lax`. `None` always adds `Secure`. */
  readonly sameSite?: 'Lax' | 'Strict' | 'None';
  /** Always add `Secure` (otherwise only when the request came over https). */
  readonly secure?: boolean;
}

// version 1 . revision . time (base36 s) . consent id . method . flags . categories ("name:1+name:0")
const CATEGORY = '[a-z][a-z0-9_-]{0,31}:[01]';
const CONSENT_COOKIE = new RegExp(
  `^1\\.(?:0|[1-9][0-9]{0,14})\\.[0-9a-z]{1,9}\\.([A-Za-z0-9-]{8,64})\\.[arc]\\.[0-9]\\.(?:${CATEGORY}(?:\\+${CATEGORY}){0,63})?$`,
);
const TOKEN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
const DOMAIN =
  /^\.?[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$/;
const PATH = /^\/[\x21-\x3a\x3c-\x7e]*$/;

/**
 * Checks cookie options once, at start-up.
 *
 * @param options - Cookie options from the ledger configuration.
 * @throws TypeError naming the bad option.
 */
export function assertCookieOptions(options: LedgerCookieOptions): void {
  if (!TOKEN.test(options.name))
    throw new TypeError(`cookie.name must be a cookie token, got "${options.name}"`);
  if (!(Number.isFinite(options.maxAgeDays) && options.maxAgeDays > 0 && options.maxAgeDays <= 400))
    throw new TypeError(`cookie.maxAgeDays must be a number in (0, 400], got ${options.maxAgeDays}`);
  if (options.domain !== undefined && !DOMAIN.test(options.domain))
    throw new TypeError(`cookie.domain must be a host name, got "${options.domain}"`);
  if (options.path !== undefined && !PATH.test(options.path))
    throw new TypeError(
      `cookie.path must start with "/" and contain no ";" or spaces, got "${options.path}"`,
    );
  if (options.sameSite !== undefined && !['Lax', 'Strict', 'None'].includes(options.sameSite))
    throw new TypeError(`cookie.sameSite must be "Lax", "Strict" or "None", got "${options.sameSite}"`);
}

/**
 * Reads the consent id out of a consent cookie value, or null when the value does not have the
 * exact format the SDK writes (`1.<revision>.<time>.<consentId>.<method>.<flags>.<categories>`).
 *
 * @param value - Cookie value.
 * @returns The consent id (4th field) or null.
 */
export function consentIdFromCookie(value: string): string | null {
  if (value.length > 1024) return null;
  const m = CONSENT_COOKIE.exec(value);
  return m ? m[1]! : null;
}

/**
 * Builds the `Set-Cookie` header for a stored receipt: re-issues the browser's consent cookie, or
 * deletes it for a `reset` receipt. Returns null when the receipt carries no usable cookie (missing,
 * malformed, or for another consent id): the ledger then sets nothing.
 *
 * @param receipt - A validated receipt that was stored or was a duplicate.
 * @param options - Cookie options.
 * @param https - Whether the request reached the ledger over https.
 * @returns The header value or null.
 * @example
 * cookieHeaderFor(receipt, { name: 'assent', maxAgeDays: 180 }, true);
 * // "assent=1.3.t2abc1.<id>.a.0.analytics:1; Path=/; Max-Age=15552000; SameSite=Lax; Secure"
 */
export function cookieHeaderFor(
  receipt: Receipt,
  options: LedgerCookieOptions,
  https: boolean,
): string | null {
  let value: string;
  let maxAge: number;
  if (receipt.action === 'reset') {
    value = '';
    maxAge = 0;
  } else {
    if (receipt.cookie === undefined || consentIdFromCookie(receipt.cookie) !== receipt.consentId)
      return null;
    value = receipt.cookie;
    maxAge = Math.round(options.maxAgeDays * 86400);
  }
  const sameSite = options.sameSite ?? 'Lax';
  const parts = [`${options.name}=${value}`, `Path=${options.path ?? '/'}`];
  if (options.domain) parts.push(`Domain=${options.domain}`);
  parts.push(`Max-Age=${maxAge}`, `SameSite=${sameSite}`);
  if (https || options.secure || sameSite === 'None') parts.push('Secure');
  return parts.join('; ');
}
