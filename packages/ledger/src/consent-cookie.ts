import {
  BOOLEAN,
  decodeDecision,
  MAX_COOKIE_DAYS,
  MIN_COOKIE_DAYS,
  matches,
  oneOf,
  type Rule,
  shape,
  when,
} from '@assent/protocol';
import type { Receipt } from './types';

/** Options of the Safari ITP mode: the ledger re-issues the consent cookie with `Set-Cookie`. */
export interface LedgerCookieOptions {
  /** Cookie name the SDK uses (token characters only). */
  readonly name: string;
  /**
   * Lifetime in days, from one second (1/86400) to 400: Max-Age = maxAgeDays × 86400, rounded to
   * whole seconds. Browsers cap cookies at 400 days.
   */
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

const COOKIE_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
const DOMAIN =
  /^\.?[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$/;
const PATH = /^\/[\x21-\x3a\x3c-\x7e]*$/;

/**
 * The shortest lifetime: `Max-Age` counts whole seconds, and a value that rounds to 0 deletes the
 * cookie (`--cookie-max-age-days 0.000001` gave `Max-Age=0`). Core's `cookie.maxAgeDays` accepts
 * the same range (`MIN_COOKIE_DAYS` to `MAX_COOKIE_DAYS` of `@assent/protocol`).
 */

/** The rule of each cookie option; the CLI checks its `--cookie-*` values with them too. */
export const COOKIE_RULES = {
  name: matches(COOKIE_NAME, 'a cookie name of token characters like "assent"'),
  maxAgeDays: when<number>(
    (v) => typeof v === 'number' && v >= MIN_COOKIE_DAYS && v <= MAX_COOKIE_DAYS,
    'a number of days from one second (1/86400) to 400',
  ),
  domain: matches(DOMAIN, 'a host name like "example.com"'),
  path: matches(PATH, 'a path starting with "/", without ";" or spaces'),
  sameSite: oneOf<NonNullable<LedgerCookieOptions['sameSite']>>(['Lax', 'Strict', 'None']),
  secure: BOOLEAN,
} satisfies Record<keyof LedgerCookieOptions, Rule>;

/** The `cookie` option: `name` and `maxAgeDays` are required. */
export const COOKIE_OPTIONS = shape(
  COOKIE_RULES,
  'an object { name, maxAgeDays, domain?, path?, sameSite?, secure? }',
  ['name', 'maxAgeDays'],
);

/**
 * Reads the consent id out of a consent cookie value, or null when the browser's store would not
 * accept the value: the one definition of the format is `decodeDecision` in `@assent/protocol`
 * (`1.<revision>.<time>.<consentId>.<method>.<flags>.<categories>`, no time more than a day ahead).
 * A value the store would refuse is never re-issued.
 *
 * @param value - Cookie value.
 * @returns The consent id (4th field) or null.
 */
export function consentIdFromCookie(value: string): string | null {
  const decoded = decodeDecision(value);
  return decoded.ok ? decoded.decision.id : null;
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
