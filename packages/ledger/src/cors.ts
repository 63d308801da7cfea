import type { IncomingMessage } from 'node:http';

/** Outcome of {@link checkOrigin}. */
export type OriginCheck =
  | { readonly allowed: true; readonly origin: string | null }
  | { readonly allowed: false; readonly origin: string };

/**
 * Normalises configured origins (`https://Example.com/` → `https://example.com`).
 *
 * @param origins - Origins as configured; `*` allows any origin.
 * @returns The normalised set.
 * @throws TypeError for a value that is not an http(s) origin.
 */
export function normaliseOrigins(origins: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const o of origins) {
    if (o === '*') {
      out.add('*');
      continue;
    }
    let url: URL;
    try {
      url = new URL(o);
    } catch {
      throw new TypeError(`origins: "${o}" is not an origin like https://www.example.com`);
    }
    if (
      (url.protocol !== 'http:' && url.protocol !== 'https:') ||
      (url.pathname !== '/' && url.pathname !== '')
    )
      throw new TypeError(`origins: "${o}" is not an origin like https://www.example.com`);
    out.add(url.origin);
  }
  return out;
}

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
