import type { IncomingMessage } from 'node:http';
import { fail, isRecord, type Problems, pathOf, type Rule, when } from '@assent/protocol';

/** Outcome of {@link checkOrigin}. */
export type OriginCheck =
  | { readonly allowed: true; readonly origin: string | null }
  | { readonly allowed: false; readonly origin: string };

/** The origin of an http(s) URL that has no path (`https://Example.com/` → `https://example.com`), or null. */
function originOf(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return null;
  }
  const http = url.protocol === 'http:' || url.protocol === 'https:';
  return http && (url.pathname === '/' || url.pathname === '') ? url.origin : null;
}

/** One allowed origin, normalised (`https://Example.com/` → `https://example.com`); `*` allows any. */
export const ORIGIN: Rule<string> = when(
  (v) => v === '*' || originOf(v) !== null,
  'an origin like "https://www.example.com", or "*"',
  (v: string) => (v === '*' ? v : originOf(v)!),
);

/**
 * Records a problem when `*` is among the origins while the cookie mode is on. In cookie mode the
 * ledger answers allowed origins with `Access-Control-Allow-Credentials` and `Set-Cookie`, so with
 * `*` any site (with `SameSite=None`; with Lax or Strict any sibling subdomain, which is same-site)
 * could overwrite a visitor's consent cookie from its own pages. Nothing is recorded when either
 * is off or unreadable: its own rule reports that.
 *
 * @param origins - The origins as given.
 * @param cookieOn - Whether the cookie mode is on.
 * @param names - How the two options are called where they were given (`origins`/`cookie`, or the CLI flags).
 * @param problems - Where the problem goes.
 */
export function checkOriginsWithCookie(
  origins: unknown,
  cookieOn: boolean,
  names: { readonly origins: string; readonly cookie: string },
  problems: Problems,
): void {
  if (cookieOn && Array.isArray(origins) && origins.includes('*'))
    fail(
      problems,
      names.origins,
      `exact origins when ${names.cookie} is set ("*" would let any site overwrite a visitor's consent cookie)`,
      '*',
    );
}

/**
 * The options rule `rule` plus {@link checkOriginsWithCookie} on its `origins` and `cookie` keys,
 * so one check reports every problem.
 */
export const refusingAnyOriginWithCookie =
  <T>(rule: Rule<T>): Rule<T> =>
  (v, path, problems) => {
    const out = rule(v, path, problems);
    if (isRecord(v))
      checkOriginsWithCookie(
        v.origins,
        v.cookie !== undefined,
        { origins: pathOf(path, 'origins'), cookie: pathOf(path, 'cookie') },
        problems,
      );
    return out;
  };

/**
 * Decides whether a request may write receipts. Requests without `Origin` (server to server, old
 * browsers on same-origin GET) and same-origin requests (Origin host equals Host) are allowed;
 * cross-origin requests only from configured origins.
 *
 * @param req - The request.
 * @param allowed - Normalised allowed origins.
 * @returns Whether it is allowed, and the origin to echo.
 */
export function checkOrigin(req: IncomingMessage, allowed: ReadonlySet<string>): OriginCheck {
  const origin = req.headers.origin;
  if (origin === undefined) return { allowed: true, origin: null };
  if (allowed.has('*') && origin !== 'null') return { allowed: true, origin };
  let url: URL | undefined;
  try {
    url = new URL(origin);
  } catch {
    url = undefined;
  }
  if (!url || url.origin !== origin) return { allowed: false, origin };
  if (allowed.has(url.origin)) return { allowed: true, origin };
  if (req.headers.host !== undefined && url.host === req.headers.host.toLowerCase())
    return { allowed: true, origin };
  return { allowed: false, origin };
}
